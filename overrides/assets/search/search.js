/*
 * Search in the page's language, downloaded when the reader starts a search (hooks/search.py).
 *
 * Material's script asks for one site-wide index (search/search_index.json) as soon as any page loads.
 * This script runs just before it and changes two things about that one request:
 *  - where it goes: to the index of the page's language (data-i18n-index), so Welsh pages find Welsh pages;
 *  - when it is sent: only once the reader starts a search (focuses the search field, opens search on a
 *    small screen, or arrives from a search link with ?q=), so a page view costs no index at all;
 *    results-lang.js is loaded then too.
 * Material does the rest as usual. Nothing else is touched: other requests pass straight through.
 * Its settings come from data-i18n-* on its own tag (ic.js, which runs just before it).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  // From the file system Material cannot start its search worker and hides the search itself.
  if (!script || location.protocol === "file:") {
    return;
  }
  var settings = ic.strings(script);
  var index = new URL(settings.index, document.baseURI).href;
  var shared = new URL(settings.shared, document.baseURI).href;
  var started = false;
  var held = [];

  // The results' languages (results-lang.js) are only needed once there are results: loaded now, with
  // the settings it reads from its own tag copied from this one.
  function loadResultsLanguages() {
    if (!settings.results) {
      return;
    }
    ic.load(settings.results, { root: settings.root || "", languages: settings.languages || "" })
      .then(null, function () { /* offline: results are shown without their language marks */ });
  }

  function start() {
    if (started) {
      return;
    }
    started = true;
    loadResultsLanguages();
    held.splice(0).forEach(function (send) { send(); });
  }

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    var args = Array.prototype.slice.call(arguments);
    this.icSearchIndex = new URL(String(url), document.baseURI).href === shared;
    if (this.icSearchIndex) {
      args[1] = index;
    }
    return open.apply(this, args);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (!request.icSearchIndex || started) {
      return send.apply(request, args);
    }
    held.push(function () { send.apply(request, args); });
  };

  document.addEventListener("focusin", function (event) {
    if (event.target instanceof Element && event.target.matches("[data-md-component='search-query']")) {
      start();
    }
  });
  document.addEventListener("change", function (event) {
    if (event.target instanceof Element && event.target.id === "__search" && event.target.checked) {
      start();
    }
  });
  if (new URLSearchParams(location.search).has("q")) {
    start();
  }
})();
