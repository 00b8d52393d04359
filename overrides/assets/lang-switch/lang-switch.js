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
