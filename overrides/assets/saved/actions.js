/*
 * What the save panel's buttons do (saved.js loads this file when the reader presses one, or when the
 * guide is already saved, and calls ic.savedActions with the panel). Each action returns a promise that
 * settles once it has said how it went; saved.js keeps the buttons off meanwhile, and hides the progress
 * bar and gives the buttons back once it has settled, whichever way.
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

  ic.savedActions = function (panel) {
    var strings = panel.strings;
    var bar = panel.root.querySelector(".ic-saved__progress");

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
      return navigator.serviceWorker.register(strings.worker, { scope: panel.scope }).then(whenActive).then(function (worker) {
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
          worker.postMessage({ type: type, manifests: codes.map(panel.manifestUrl) }, [channel.port2]);
        });
      });
    }

    var FAILURES = { full: strings.full, changed: strings.changed };

    function save(codes) {
      bar.value = 0;
      bar.hidden = false;
      var told = -1;
      function progress(value) {
        var percent = Math.floor(value * 100);
        bar.value = percent;
        var step = Math.floor(percent / 25) * 25; // say it at 0, 25, 50 and 75 %, not at every file
        if (step > told && percent < 100) {
          told = step;
          panel.say(ic.format(strings.saving, { percent: step }));
        }
      }
      progress(0);
      return ask("save", codes, progress).then(function () {
        bar.value = 100;
        return panel.refresh();
      }).then(function () {
        panel.say(strings.done);
      }, function (reason) {
        panel.say(FAILURES[reason] || strings.failed);
        return panel.refresh();
      });
    }

    function remove() {
      return caches.keys().then(function (names) {
        var ours = "ic-saved " + panel.scope + " ";
        var mine = names.filter(function (name) { return name.indexOf(panel.prefix) === 0; });
        var left = names.filter(function (name) { return name.indexOf(ours) === 0 && mine.indexOf(name) < 0; });
        return Promise.all(mine.map(function (name) { return caches.delete(name); })).then(function () {
          if (left.length) return null;
          // No guide is saved any more: the worker goes too, so nothing of this stays on the device.
          return navigator.serviceWorker.getRegistration(panel.scope).then(function (registration) {
            return registration && registration.unregister();
          });
        });
      }).then(function () {
        return panel.refresh();
      }).then(function () {
        panel.say(strings.removed);
      }, function () {
        panel.say(strings.removeFailed);
      });
    }

    function update(codes) {
      return ask("update", codes, function () {}).then(function (result) {
        if (result.changed) panel.say(strings.doneUpdated);
      }, function () { /* offline after all, or the site is down: the saved copy stays as it is */ });
    }

    return { save: save, remove: remove, update: update };
  };
})();
