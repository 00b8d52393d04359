/*
 * "Save this guide to read offline" (hooks/saved.py writes the control, hidden; toolkit/saved says what a
 * saved guide holds). Shown only where a service worker can keep the guide: not from the file system (the
 * offline zip), not without service workers or Cache Storage, and with a reason where the browser blocks
 * site data (private browsing); without JavaScript it never shows.
 *
 * Nothing is registered or cached until the reader presses save (not even the worker, registered lazily
 * and idle: a registration is itself data kept on the device, and a worker would stand between every
 * request and the network for readers who never asked for it). Then the worker (saved-worker.js at the
 * site's root) is registered and asked to save this guide's manifest in this page's language, and in each
 * other language ticked. On later visits online to a saved guide, the worker is asked to update it (one
 * manifest request when nothing changed). "Remove the saved copy" deletes the guide's caches, and the
 * worker itself once no guide is saved.
 */
(function () {
  "use strict";

  ic.modules("saved", function (root, strings) {
    if (location.protocol === "file:" || !("serviceWorker" in navigator) || !window.caches ||
        !window.MessageChannel) {
      return; // stays hidden
    }
    var guide = strings.guide;
    var language = strings.language;
    var manifests = JSON.parse(strings.manifests);
    var scope = new URL(strings.root, location.href).href;
    var prefix = "ic-saved " + scope + " " + guide + " ";
    var offer = root.querySelector(".ic-saved__offer");
    var kept = root.querySelector(".ic-saved__kept");
    var state = root.querySelector(".ic-saved__state");
    var bar = root.querySelector(".ic-saved__progress");
    var status = root.querySelector(".ic-saved__status");
    var buttons = root.querySelectorAll("button");
    var busy = false;

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
      state.textContent = all ? strings.isSavedAll : strings.isSaved;
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

    function setBusy(value) {
      busy = value;
      Array.prototype.forEach.call(buttons, function (button) { button.disabled = value; });
    }

    function whenActive(registration) {
      if (registration.active) return Promise.resolve(registration.active);
      return new Promise(function (resolve) {
        var worker = registration.installing || registration.waiting;
        worker.addEventListener("statechange", function () {
          if (worker.state === "activated") resolve(worker);
        });
      });
    }

    // Ask the worker (registered now if it is not yet) to save or update; onProgress(0…1).
    function ask(type, codes, onProgress) {
      return navigator.serviceWorker.register(strings.worker, { scope: scope }).then(whenActive).then(function (worker) {
        return new Promise(function (resolve, reject) {
          var channel = new MessageChannel();
          channel.port1.onmessage = function (event) {
            var message = event.data || {};
            if (message.type === "progress") {
              onProgress(message.value);
            } else if (message.type === "done") {
              resolve(message);
            } else if (message.type === "error") {
              reject(message.reason);
            }
          };
          worker.postMessage({ type: type, manifests: codes.map(manifestUrl) }, [channel.port2]);
        });
      });
    }

    var FAILURES = { full: strings.full, changed: strings.changed };

    function save(codes) {
      if (busy) return;
      setBusy(true);
      bar.value = 0;
      bar.hidden = false;
      var told = -1;
      function progress(value) {
        var percent = Math.floor(value * 100);
        bar.value = percent;
        var step = Math.floor(percent / 25) * 25; // say it at 0, 25, 50 and 75 %, not at every file
        if (step > told && percent < 100) {
          told = step;
          say(ic.format(strings.saving, { percent: step }));
        }
      }
      progress(0);
      ask("save", codes, progress).then(function () {
        bar.value = 100;
        return refresh();
      }).then(function () {
        say(strings.done);
      }, function (reason) {
        say(FAILURES[reason] || strings.failed);
        return refresh();
      }).then(function () {
        bar.hidden = true;
        setBusy(false);
      });
    }

    function remove() {
      if (busy) return;
      setBusy(true);
      caches.keys().then(function (names) {
        var ours = "ic-saved " + scope + " ";
        var mine = names.filter(function (name) { return name.indexOf(prefix) === 0; });
        var left = names.filter(function (name) { return name.indexOf(ours) === 0 && mine.indexOf(name) < 0; });
        return Promise.all(mine.map(function (name) { return caches.delete(name); })).then(function () {
          if (left.length) return null;
          // No guide is saved any more: the worker goes too, so nothing of this stays on the device.
          return navigator.serviceWorker.getRegistration(scope).then(function (registration) {
            return registration && registration.unregister();
          });
        });
      }).then(function () {
        return refresh();
      }).then(function () {
        say(strings.removed);
      }, function () {
        say(strings.removeFailed);
      }).then(function () {
        setBusy(false);
      });
    }

    root.querySelector(".ic-saved__save").addEventListener("click", function () {
      var codes = [language];
      root.querySelectorAll(".ic-saved__other:checked").forEach(function (box) { codes.push(box.value); });
      save(codes);
    });
    root.querySelectorAll(".ic-saved__save-other").forEach(function (button) {
      button.addEventListener("click", function () { save([button.value]); });
    });
    root.querySelector(".ic-saved__remove").addEventListener("click", remove);

    refresh().then(function (saved) {
      root.hidden = false;
      var codes = Object.keys(saved);
      if (!codes.length || !navigator.onLine) return;
      // A visit online to a saved guide: the worker replaces whatever a new build changed.
      setBusy(true);
      ask("update", codes, function () {}).then(function (result) {
        if (result.changed) say(strings.doneUpdated);
      }, function () { /* offline after all, or the site is down: the saved copy stays as it is */ }).then(function () {
        setBusy(false);
      });
    }, function () {
      // Cache Storage refused (private browsing, site data blocked): say why instead of offering.
      offer.hidden = true;
      kept.hidden = true;
      status.textContent = strings.blocked;
      root.hidden = false;
    });
  });
})();
