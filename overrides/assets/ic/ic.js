/*
 * The one helper every component's script uses (toolkit/assets.py links it on every page, before
 * search.js and Material's bundle, so it is there for every other script).
 *
 * - ic.modules(name, init): init(root, strings) for each element with data-module="ic-<name>".
 * - ic.strings(element): the element's data-i18n-* attributes (strings and settings written at build time
 *   in the page's language), keyed in camelCase without the prefix: data-i18n-result-correct →
 *   resultCorrect. A component passes them on its root element; a site-wide script on its own tag.
 * - ic.storage: localStorage that never throws. It may be missing, blocked (even reading
 *   window.localStorage throws) or full; get() returns undefined when storage cannot be read, null when
 *   nothing is saved; set() and remove() return whether they worked.
 * - ic.announce(region, content, current): a polite live region's new text. Emptied first and filled a
 *   moment later, so that screen readers announce it even when it is the same as the last one; `current`
 *   (optional) is asked again then, and a stale announcement is dropped.
 */
(function () {
  "use strict";
  var PREFIX = "i18n";
  var DELAY = 60; // ms between emptying a live region and filling it

  function strings(element) {
    var found = {};
    var data = element ? element.dataset : {};
    Object.keys(data).forEach(function (key) {
      if (key.indexOf(PREFIX) === 0 && key.length > PREFIX.length) {
        var rest = key.slice(PREFIX.length);
        found[rest.charAt(0).toLowerCase() + rest.slice(1)] = data[key];
      }
    });
    return found;
  }

  function modules(name, init) {
    var roots = document.querySelectorAll('[data-module="ic-' + name + '"]');
    Array.prototype.forEach.call(roots, function (root) { init(root, strings(root)); });
  }

  var storage = {
    get: function (key) {
      try {
        return window.localStorage.getItem(key);
      } catch (e) {
        return undefined;
      }
    },
    set: function (key, value) {
      try {
        window.localStorage.setItem(key, value);
        return true;
      } catch (e) {
        return false;
      }
    },
    remove: function (key) {
      try {
        window.localStorage.removeItem(key);
        return true;
      } catch (e) {
        return false;
      }
    }
  };

  function announce(region, content, current) {
    region.textContent = "";
    window.setTimeout(function () {
      if (current && !current()) return;
      fill(region, content);
    }, DELAY);
  }

  // Text, a node or a list of nodes.
  function fill(region, content) {
    if (typeof content === "string") {
      region.textContent = content;
      return;
    }
    (content instanceof Array ? content : [content]).forEach(function (node) { region.appendChild(node); });
  }

  window.ic = { strings: strings, modules: modules, storage: storage, announce: announce, fill: fill };
})();
