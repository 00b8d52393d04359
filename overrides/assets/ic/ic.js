/*
 * The one helper every component's script uses (toolkit/assets.py links it on every page, before
 * search.js and Material's bundle, so it is there for every other script).
 *
 * - ic.modules(name, init): init(root, strings) for each element with data-module="ic-<name>".
 * - ic.strings(element): the element's data-i18n-* attributes (strings and settings written at build time
 *   in the page's language), keyed in camelCase without the prefix: data-i18n-result-correct →
 *   resultCorrect. A component passes them on its root element; a site-wide script on its own tag.
 * - ic.storage: localStorage that never throws. It may be missing, blocked (even reading
 *   window.localStorage throws; partials/ic-storage-guard.html then puts an in-memory stand-in there for
 *   Material's sake, which counts as no storage here) or full; get() returns undefined when storage cannot
 *   be read, null when nothing is saved; set() and remove() return whether they worked.
 * - ic.announce(region, content, current): a polite live region's new text. Emptied first and filled a
 *   moment later, so that screen readers announce it even when it is the same as the last one; `current`
 *   (optional) is asked again then, and a stale announcement is dropped.
 * - ic.format(template, values): a catalogue string with its {name} places filled (an unknown name stays).
 * - ic.count(strings, name, n): strings[name], or its "Two" form when n is 2 (Welsh mutates after "2").
 * - ic.el(tag, className, text): a new element; its text, if any, set as text (never parsed as HTML).
 * - ic.isObject(value): a plain {…} value (not null, not a list), for reading saved or imported data.
 * - ic.load(url, settings): a script listed as toolkit.assets.LATER, loaded now (its URL is a setting of
 *   the script that needs it); `settings` become its data-i18n-* attributes, for ic.strings on its own tag.
 *   A promise, kept once the script has run, broken if it cannot be fetched.
 * - ic.record: the reader's learning record, one for both languages, kept on this device only (see below);
 *   ic.record.listeners: functions called with it after each save.
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

  function load(url, settings) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = url;
      Object.keys(settings || {}).forEach(function (key) { tag.setAttribute("data-" + PREFIX + "-" + key, settings[key]); });
      tag.onload = function () { resolve(); };
      tag.onerror = function () { reject(new Error("not loaded: " + url)); };
      document.head.appendChild(tag);
    });
  }

  function modules(name, init) {
    var roots = document.querySelectorAll('[data-module="ic-' + name + '"]');
    Array.prototype.forEach.call(roots, function (root) { init(root, strings(root)); });
  }

  // The page's localStorage, or a throw when there is none to keep data in: blocked (reading it throws),
  // or the in-memory stand-in of partials/ic-storage-guard.html, which keeps nothing beyond the page.
  function local() {
    var found = window.localStorage;
    if (!found || found.icStandIn) throw new Error("no storage");
    return found;
  }

  var storage = {
    get: function (key) {
      try {
        return local().getItem(key);
      } catch (e) {
        return undefined;
      }
    },
    set: function (key, value) {
      try {
        local().setItem(key, value);
        return true;
      } catch (e) {
        return false;
      }
    },
    remove: function (key) {
      try {
        local().removeItem(key);
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

  /*
   * The learning record: what the reader has read and answered, kept in localStorage under one key
   * ("ic-record"), never sent anywhere. One record for both languages: pages are keyed by their path in
   * the default language ("co-production/tips/"), quizzes and ladders by their ids (the same in every
   * language). Schema version 1 (docs-authoring/learning-record.md describes it for export files):
   *   { "v": 1,
   *     "pages":   { "<page key>": { "g": "<guide>", "read": "YYYY-MM-DD", "min": <reading minutes> } },
   *     "quizzes": { "<quiz id>": { "g": "<guide>", "page": "<page key>", "total": <questions>,
   *                                 "q": { "<question id>": { "first": 0|1, "final": 0|1,
   *                                                           "on": "YYYY-MM-DD", "n": <checks> } } } },
   *     "ladders": { "<ladder id>": { "g": "<guide>", "rung": "<rung id>", "on": "YYYY-MM-DD" } },
   *     "notes":   { "<guide>": [ { "id": "<id>", "created": "...", "updated": "...", "activity": "...",
   *                                  "learned": "...", "changed": "...", "code": "...",
   *                                  "participatory": "yes"|"no"|"" } ] } }
   * Optional fields (a record without them is still version 1): a question's "n" (how many times it was
   * checked; quiz.js).
   * A corrupt value, or one of a newer version, is set aside (never thrown on): load() gives an empty
   * record. Older versions are migrated in `migrate`.
   */
  var RECORD_KEY = "ic-record";
  var VERSION = 1;
  var memory = null; // the record of this visit, when storage cannot keep it

  function empty() {
    return { v: VERSION, pages: {}, quizzes: {}, ladders: {}, notes: {} };
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !(value instanceof Array);
  }

  // A record as the current version has it, or null when `data` is not one.
  function migrate(data) {
    if (!isObject(data) || typeof data.v !== "number" || data.v < 1 || data.v > VERSION) return null;
    var record = empty();
    ["pages", "quizzes", "ladders", "notes"].forEach(function (part) {
      if (isObject(data[part])) record[part] = data[part];
    });
    return record;
  }

  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function newer() {
    try {
      var saved = JSON.parse(storage.get(RECORD_KEY) || "null");
      return isObject(saved) && typeof saved.v === "number" && saved.v > VERSION;
    } catch (e) {
      return false;
    }
  }

  var record = {
    KEY: RECORD_KEY,
    VERSION: VERSION,
    empty: empty,
    migrate: migrate,
    today: today,
    // The record: saved, else this visit's, else empty.
    load: function () {
      var raw = storage.get(RECORD_KEY);
      if (typeof raw === "string") {
        try {
          var found = migrate(JSON.parse(raw));
          if (found) return found;
        } catch (e) { /* corrupt: start again, below */ }
      }
      return memory ? JSON.parse(JSON.stringify(memory)) : empty();
    },
    // Whether the record is kept beyond this visit (false: storage blocked or full).
    save: function (value) {
      memory = JSON.parse(JSON.stringify(value));
      if (newer()) return false; // a newer version of the site wrote it: never overwrite what it knows
      var kept = storage.set(RECORD_KEY, JSON.stringify(value));
      record.listeners.forEach(function (listener) {
        try {
          listener(value);
        } catch (e) { /* a listener's failure (an LMS that throws) never stops the record being kept */ }
      });
      return kept;
    },
    // Called with the record after each save (the LMS packages' launcher, scorm.js, reports it).
    listeners: [],
    // Load, change with fn(record), save; returns whether it was kept.
    update: function (fn) {
      var value = record.load();
      fn(value);
      return record.save(value);
    },
    // Whether this browser keeps a record at all (storage can be read and written).
    kept: function () {
      var probe = RECORD_KEY + ":probe";
      var ok = storage.set(probe, "1");
      storage.remove(probe);
      return ok;
    }
  };

  function format(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  // strings[name] for the number n, or its "One" or "Two" form when n is 1 or 2 and there is one
  // (data-i18n-<name>-one, -two): English "1 page"; Welsh mutates a noun after "2" ("2 funud", "3 munud").
  // The build's twin is toolkit.strings.count.
  function count(strings, name, n) {
    var form = n === 1 ? name + "One" : n === 2 ? name + "Two" : null;
    return form && strings[form] !== undefined ? strings[form] : strings[name];
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A print button (data-ic-print) works only with JavaScript, so it stays hidden (its [hidden] holder)
  // until this shows it; the browser's own Print works either way.
  function printButtons() {
    document.querySelectorAll("button[data-ic-print]").forEach(function (button) {
      var holder = button.closest("[hidden]");
      if (holder) holder.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", printButtons);
  } else {
    printButtons();
  }

  window.ic = { strings: strings, modules: modules, count: count, storage: storage, announce: announce, fill: fill,
                format: format, el: el, isObject: isObject, load: load, record: record };
})();
