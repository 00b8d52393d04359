/*
 * Material's search worker, started lazily (hooks/search.py points Material at this file).
 * Material creates its worker when a page loads; the real engine (about 40 KB) and our query rewriting
 * (mutations.js) are only needed once the index arrives, i.e. once the reader starts a search. This
 * stand-in, all that a page's first view downloads, loads both then: the engine from ?engine= (relative
 * to this file), and hands them the message they were waiting for.
 */
"use strict";

self.addEventListener("message", function boot(event) {
  self.removeEventListener("message", boot);
  var engine = new URL(location.href).searchParams.get("engine");
  // mutations.js first: its listener must rewrite a query before the engine's listener reads it.
  importScripts(new URL("mutations.js", location.href).href, new URL(engine, location.href).href);
  // Both listeners were added during this event, so neither saw it: send it again.
  self.dispatchEvent(new MessageEvent("message", { data: event.data }));
});
