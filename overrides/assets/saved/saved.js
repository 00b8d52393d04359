/*
 * "Save this guide to read offline" (hooks/saved.py writes the control, hidden; toolkit/saved says what a
 * saved guide holds). Shown only where a service worker can keep the guide: not from the file system (the
 * offline zip), not without service workers or Cache Storage, and with a reason where the browser blocks
 * site data (private browsing); without JavaScript it never shows.
 *
 * This script only shows the panel in its state (saved in which languages). What the buttons do, and the
 * update of a saved guide, is in actions.js (toolkit.assets.LATER, its URL on this script's tag), loaded
 * when the reader presses a button or when the guide is already saved: most readers never save a guide,
 * and a guide page's first view should not carry that code (the 90 KB budget of issue 12).
 *
 * Nothing is registered or cached until the reader presses save (see actions.js).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var settings = script ? ic.strings(script) : {};

  ic.modules("saved", function (root, strings) {
    if (location.protocol === "file:" || !("serviceWorker" in navigator) || !window.caches ||
        !window.MessageChannel) {
      return; // stays hidden
    }
    var language = strings.language;
    var manifests = JSON.parse(strings.manifests);
    var scope = new URL(strings.root, location.href).href;
    var prefix = "ic-saved " + scope + " " + strings.guide + " ";
    var offer = root.querySelector(".ic-saved__offer");
    var kept = root.querySelector(".ic-saved__kept");
    var status = root.querySelector(".ic-saved__status");
    var buttons = root.querySelectorAll("button");
    var busy = false;
    var loading = null;

    function manifestUrl(code) {
      return new URL(manifests[code], location.href).href;
    }

    // The languages this guide is saved in: a cache is finished once it holds its manifest.
    function savedLanguages() {
      return caches.keys().then(function (names) {
        var mine = names.filter(function (name) { return name.indexOf(prefix) === 0; });
        return Promise.all(mine.map(function (name) {
          var code = name.slice(prefix.length).split(" ")[0];
          return caches.open(name).then(function (cache) {
            return manifests[code] ? cache.match(manifestUrl(code)) : null;
          }).then(function (found) { return found ? code : null; });
        }));
      }).then(function (codes) {
        var found = {};
        codes.forEach(function (code) { if (code) found[code] = true; });
        return found;
      });
    }

    function show(saved) {
      var isSaved = !!saved[language];
      offer.hidden = isSaved;
      kept.hidden = !isSaved;
      var all = Object.keys(manifests).every(function (code) { return saved[code]; });
      root.querySelector(".ic-saved__state").textContent = all ? strings.isSavedAll : strings.isSaved;
      root.querySelectorAll(".ic-saved__add").forEach(function (holder) {
        holder.hidden = !!saved[holder.getAttribute("data-language")];
      });
      // Saved already in another language: no box to save that one again.
      root.querySelectorAll(".ic-saved__other").forEach(function (box) {
        box.closest(".ic-saved__option").hidden = !!saved[box.value];
        if (saved[box.value]) box.checked = false;
      });
    }

    function refresh() {
      return savedLanguages().then(function (saved) {
        show(saved);
        return saved;
      });
    }

    function say(text) {
      ic.announce(status, text);
    }

    // actions.js, once: it hands back its functions for this panel (ic.savedActions).
    function actions() {
      loading = loading || ic.load(settings.actions).then(function () {
        return ic.savedActions({ root: root, strings: strings, scope: scope, prefix: prefix,
                                 manifestUrl: manifestUrl, refresh: refresh, say: say });
      }).then(null, function (error) {
        loading = null; // offline and never loaded (or broken): the next press tries again
        throw error;
      });
      return loading;
    }

    // One thing at a time, the buttons off meanwhile; `failed` is said when actions.js cannot be loaded.
    // The buttons come back however it ends (an action that throws or rejects included).
    function run(name, argument, failed) {
      if (busy) return;
      busy = true;
      Array.prototype.forEach.call(buttons, function (button) { button.disabled = true; });
      // Saving shows its (empty) progress bar at once, before actions.js has arrived.
      if (name === "save") root.querySelector(".ic-saved__progress").hidden = false;
      function release() {
        busy = false;
        root.querySelector(".ic-saved__progress").hidden = true;
        Array.prototype.forEach.call(buttons, function (button) { button.disabled = false; });
      }
      actions().then(function (act) {
        return act[name](argument);
      }, function () {
        if (failed) say(failed);
      }).then(release, release);
    }

    root.querySelector(".ic-saved__save").addEventListener("click", function () {
      var codes = [language];
      root.querySelectorAll(".ic-saved__other:checked").forEach(function (box) { codes.push(box.value); });
      run("save", codes, strings.failed);
    });
    root.querySelectorAll(".ic-saved__save-other").forEach(function (button) {
      button.addEventListener("click", function () { run("save", [button.value], strings.failed); });
    });
    root.querySelector(".ic-saved__remove").addEventListener("click", function () {
      run("remove", null, strings.removeFailed);
    });

    refresh().then(function (saved) {
      root.hidden = false;
      var codes = Object.keys(saved);
      // A visit online to a saved guide: the worker replaces whatever a new build changed.
      if (codes.length && navigator.onLine) run("update", codes, null);
    }, function () {
      // Cache Storage refused (private browsing, site data blocked): say why instead of offering.
      offer.hidden = true;
      kept.hidden = true;
      status.textContent = strings.blocked;
      root.hidden = false;
    });
  });
})();
