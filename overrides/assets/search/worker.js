/*
 * Material's search worker, started lazily (hooks/search.py points Material at this file).
 * Material creates its worker when a page loads; the real engine (about 40 KB) is only needed once the
 * index arrives, i.e. once the reader starts a search. This stand-in loads it then, from ?engine=
 * (relative to this file), and hands it the message it was waiting for.
 */
"use strict";
self.addEventListener("message", function boot(event) {
  self.removeEventListener("message", boot);
  var engine = new URL(location.href).searchParams.get("engine");
  importScripts(new URL(engine, location.href).href);
  // The engine's own listener was added during this event, so it would not see it: send it again.
  self.dispatchEvent(new MessageEvent("message", { data: event.data }));
});
