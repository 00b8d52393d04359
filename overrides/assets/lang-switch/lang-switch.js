/* Language switch: keep the reader's #section when moving to the other language.
 *
 * Material's own script handles clicks on links to the other language at document.body (it looks the
 * page up in a sitemap and drops the hash). We listen in the capture phase on window, which runs
 * first, set the link's hash and stop the event there; the browser then follows the link as usual.
 * Heading ids are identical in both languages (checked at build time), so the hash stays valid.
 */
(function () {
  "use strict";
  var SELECTOR = '[data-module="ic-lang-switch"]';

  function withHash(link) {
    var url = new URL(link.getAttribute("href"), window.location.href);
    url.hash = window.location.hash;
    return url.href;
  }

  function refresh() {
    // Keep href current too, so "copy link" and middle-click also land on the same section.
    document.querySelectorAll(SELECTOR).forEach(function (link) {
      link.href = withHash(link);
    });
  }

  window.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest(SELECTOR);
    if (!link) return;
    link.href = withHash(link);
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.stopPropagation();
  }, true);

  // Material looks up "<page>/sitemap.xml" for every <link rel="alternate"> to map pages for its own
  // language selector, which this link replaces. Those addresses do not exist: three 404 requests on
  // every page load, slow networks included. Fail them here, without a request; Material then keeps an
  // empty map, as it does after the 404.
  function isAlternateSitemap(url) {
    var wanted = new URL(String(url), document.baseURI).href;
    if (!/\/sitemap\.xml$/.test(wanted)) return false;
    return Array.prototype.some.call(document.querySelectorAll('link[rel="alternate"]'), function (link) {
      return new URL("sitemap.xml", link.href).href === wanted;
    });
  }
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.icSkip = isAlternateSitemap(url);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (!this.icSkip) return send.apply(this, arguments);
    var request = this;
    setTimeout(function () { request.dispatchEvent(new ProgressEvent("error")); }, 0);
  };

  window.addEventListener("hashchange", refresh);
  // navigation.tracking rewrites the hash with history.replaceState, which fires no event.
  var replaceState = history.replaceState;
  history.replaceState = function () {
    var result = replaceState.apply(this, arguments);
    refresh();
    return result;
  };
  refresh();
})();
