/*
 * The service worker of saved guides (hooks/saved.py copies it to the site's root as saved-worker.js, so
 * that its scope is the whole site, under /toolkit/ too). saved.js registers it only when the reader
 * presses "Save this guide to read offline"; it caches nothing on install, and nothing the reader did
 * not ask for: only the files of a guide's manifest (saved/<guide>.<language>.json, written at build time:
 * every file's URL, size and content hash), in one cache per guide, language and manifest version.
 *
 * Hand-written, not Workbox (measured, Workbox 7.4.1 from npm): its precaching (workbox-precaching, 7.0 KB)
 * fills one cache at install time, all or nothing, which is the opposite of "nothing until the reader
 * asks, per guide, with progress, removable", so saving, updating and removing would be written here
 * anyway; what would be left to Workbox is routing and network-first/cache-first (workbox-sw + core +
 * routing + strategies: 14.9 KB, 6.1 KB gzip, against this whole worker's 7.9 KB, 2.9 KB gzip, both
 * minified), and its strategies write every network response into their cache, which would need a
 * plugin to stop. Workbox would also bring Node and npm into `./run build` and `./run serve`, which now
 * need Python only.
 *
 * - Save (message "save", a list of manifest URLs): for each, fetch the manifest, then every file into a
 *   new cache named by the manifest's version; a file that a saved copy already holds with the same hash
 *   (the other language's styles and scripts, or the unchanged files of the previous version) is copied,
 *   not downloaded. Each download is checked against its hash (a mismatch while the manifest changed
 *   means the site was rebuilt meanwhile: the save stops and says so). The manifest is stored last: a cache
 *   without it is unfinished and never counts. Then the older versions of that guide and language go.
 *   Progress is posted on the message's port.
 * - Update (message "update", sent by saved.js on each visit online to a saved guide): the same, which
 *   costs one small manifest request when nothing changed.
 * - Fetch: a request that no saved copy holds goes to the network untouched. A saved file whose URL names
 *   its version (?v=hash, Material's hashed file names) is served from the cache; any other (pages, the
 *   search index, images) from the network first, so a reader online never sees a stale page, and from
 *   the cache when the network fails or takes longer than NETWORK_TIMEOUT. A page that no saved copy
 *   holds, opened with no connection, gets a short page saying so in every language, with links to the
 *   saved guides.
 */
"use strict";

var SCOPE = self.registration.scope;
var PREFIX = "ic-saved " + SCOPE + " "; // + guide + " " + language + " " + version
var NETWORK_TIMEOUT = 5000; // ms: longer, on a weak signal, and the saved copy is shown
var PARALLEL = 4;
var VERSIONED = /[?&]v=[0-9a-f]{6,}|\.[0-9a-f]{8}\.min\.(?:js|css)(?:$|\?)/;

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

function failure(reason) {
  var error = new Error(reason);
  error.reason = reason;
  return error;
}

function parse(name) {
  var parts = name.slice(PREFIX.length).split(" ");
  return { name: name, guide: parts[0], language: parts[1], version: parts[2] };
}

function manifestKey(guide, language) {
  return new URL("saved/" + guide + "." + language + ".json", SCOPE).href;
}

// Every finished saved copy, with its manifest.
function copies() {
  return caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf(PREFIX) === 0; }).map(function (name) {
      var copy = parse(name);
      return caches.open(name).then(function (cache) {
        return cache.match(manifestKey(copy.guide, copy.language));
      }).then(function (response) {
        return response ? response.json() : null;
      }).then(function (manifest) {
        copy.manifest = manifest;
        return copy;
      });
    }));
  }).then(function (all) {
    return all.filter(function (copy) { return copy.manifest; });
  });
}

function hex(buffer) {
  return Array.prototype.map.call(new Uint8Array(buffer), function (byte) {
    return (byte < 16 ? "0" : "") + byte.toString(16);
  }).join("");
}

// A file from the network, and whether it has the manifest's hash. It may not because the site was
// rebuilt during the download (save() then finds a new manifest version), or because the server changes
// what it serves (`mkdocs serve` adds its reload script to every page): then it is kept as served.
function download(url, file) {
  return fetch(url, { cache: "no-cache", credentials: "same-origin" }).then(function (response) {
    if (!response.ok) throw failure("failed");
    return response.arrayBuffer().then(function (body) {
      return crypto.subtle.digest("SHA-256", body).then(function (hash) {
        // A new response: no "redirected" flag, which a navigation may not be answered with.
        return { response: new Response(body, { status: 200, headers: response.headers }),
                 matches: hex(hash).slice(0, file.hash.length) === file.hash };
      });
    });
  }, function () {
    throw failure("failed");
  });
}

function inTurn(items, limit, each) {
  var next = 0;
  function worker() {
    if (next >= items.length) return Promise.resolve();
    var item = items[next++];
    return each(item).then(worker);
  }
  var workers = [];
  for (var i = 0; i < Math.min(limit, items.length); i++) workers.push(worker());
  return Promise.all(workers);
}

var running = {}; // manifest URL → the promise of its save, so that two pages never fill one cache twice

// Save or update one guide in one language; resolves to whether anything was fetched.
function save(url, progress) {
  var key = url.split("?")[0];
  if (running[key]) return running[key];
  var job = fetch(key, { cache: "no-cache", credentials: "same-origin" }).then(function (response) {
    if (!response.ok) throw failure("failed");
    return response.json();
  }, function () {
    throw failure("failed");
  }).then(function (manifest) {
    return copies().then(function (all) {
      var name = PREFIX + manifest.guide + " " + manifest.language + " " + manifest.version;
      var older = all.filter(function (copy) {
        return copy.guide === manifest.guide && copy.language === manifest.language && copy.name !== name;
      });
      if (all.some(function (copy) { return copy.name === name; })) {
        progress(1);
        return dropAll(older, name).then(function () { return false; });
      }
      var sources = {};
      all.forEach(function (copy) {
        copy.manifest.files.forEach(function (file) { sources[file.url + " " + file.hash] = copy.name; });
      });
      var done = 0;
      var total = manifest.size || 1;
      var checked = null;
      // Whether the site's manifest is still the one being saved (asked once per save).
      function sameVersion() {
        checked = checked || fetch(key, { cache: "no-cache", credentials: "same-origin" }).then(function (r) {
          return r.json();
        }).then(function (now) {
          return now.version === manifest.version;
        }, function () {
          return false;
        });
        return checked;
      }
      return caches.delete(name).then(function () { return caches.open(name); }).then(function (cache) {
        return inTurn(manifest.files, PARALLEL, function (file) {
          var address = new URL(file.url, SCOPE).href;
          var source = sources[file.url + " " + file.hash];
          var found = source ? caches.open(source).then(function (c) { return c.match(address); })
                             : Promise.resolve(null);
          return found.then(function (response) {
            if (response) return response;
            return download(address, file).then(function (got) {
              if (got.matches) return got.response;
              return sameVersion().then(function (same) {
                if (!same) throw failure("changed");
                return got.response;
              });
            });
          }).then(function (response) {
            return cache.put(address, response);
          }).then(function () {
            done += file.size;
            progress(done / total);
          });
        }).then(function () {
          return cache.put(manifestKey(manifest.guide, manifest.language), new Response(JSON.stringify(manifest), {
            headers: { "Content-Type": "application/json" }
          }));
        });
      }).then(function () {
        return dropAll(older, name);
      }).then(function () {
        return true;
      }, function (error) {
        var reason = error && error.name === "QuotaExceededError" ? "full" : (error && error.reason) || "failed";
        return caches.delete(name).then(function () { throw failure(reason); });
      });
    });
  });
  running[key] = job;
  var forget = function () { delete running[key]; };
  job.then(forget, forget);
  return job;
}

// The given copies, and any unfinished one of the same guide and language (a save the browser stopped).
function dropAll(list, keep) {
  return caches.keys().then(function (names) {
    var same = keep ? keep.slice(0, keep.lastIndexOf(" ") + 1) : null;
    return Promise.all(names.filter(function (name) {
      return list.some(function (copy) { return copy.name === name; }) ||
        (same && name !== keep && name.indexOf(same) === 0);
    }).map(function (name) { return caches.delete(name); }));
  });
}

self.addEventListener("message", function (event) {
  var data = event.data || {};
  var port = event.ports && event.ports[0];
  if (!port || (data.type !== "save" && data.type !== "update") || !(data.manifests instanceof Array)) return;
  var urls = data.manifests;
  var changed = false;
  var job = urls.reduce(function (previous, url, index) {
    return previous.then(function () {
      return save(url, function (fraction) {
        port.postMessage({ type: "progress", value: (index + fraction) / urls.length });
      }).then(function (fetched) { changed = changed || fetched; });
    });
  }, Promise.resolve()).then(function () {
    port.postMessage({ type: "done", changed: changed });
  }, function (error) {
    port.postMessage({ type: "error", reason: (error && error.reason) || "failed" });
  });
  event.waitUntil(job);
});

// ---- fetch -----------------------------------------------------------------------------------------------

function fromNetwork(request, saved) {
  return new Promise(function (resolve) {
    var settled = false;
    var timer = setTimeout(function () {
      settled = true;
      resolve(saved);
    }, NETWORK_TIMEOUT);
    fetch(request).then(function (response) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // A server error keeps the saved copy; anything else (a removed page's 404 included) is the truth.
      resolve(response.status >= 500 ? saved : response);
    }, function () {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(saved);
    });
  });
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, function (c) {
    return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
  });
}

// The page of a navigation that no saved copy holds, with no connection: what it is, in each language
// (the requested page's first), and the saved guides' first pages.
function notSaved(url) {
  return copies().then(function (all) {
    var words = all.length ? all[0].manifest.offline : null;
    if (!words) return Response.error();
    var path = url.slice(SCOPE.length);
    var codes = Object.keys(words).sort(function (a, b) {
      return (words[b].prefix.length - words[a].prefix.length) || 0;
    });
    var first = codes.filter(function (code) { return path.indexOf(words[code].prefix) === 0; })[0] || codes[0];
    codes = [first].concat(codes.filter(function (code) { return code !== first; }));
    var body = codes.map(function (code) {
      var text = words[code];
      var links = all.filter(function (copy) { return copy.language === code; }).map(function (copy) {
        return '<li><a href="' + escapeHtml(new URL(copy.manifest.index, SCOPE).href) + '">' +
          escapeHtml(copy.manifest.title) + "</a></li>";
      }).join("");
      return '<section lang="' + code + '"><h' + (code === first ? "1" : "2") + ">" + escapeHtml(text.title) +
        "</h" + (code === first ? "1" : "2") + "><p>" + escapeHtml(text.text) + "</p>" +
        (links ? "<p>" + escapeHtml(text.saved) + "</p><ul>" + links + "</ul>" : "") + "</section>";
    }).join("");
    var html = '<!doctype html><html lang="' + first + '"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1"><title>' +
      escapeHtml(words[first].title) + "</title><style>body{font:1.1rem/1.5 system-ui,sans-serif;" +
      "max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}a{color:#303fa1}" +
      "section+section{border-top:1px solid #ccc;margin-top:2rem}</style></head><body><main>" + body +
      "</main></body></html>";
    return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.url.indexOf(SCOPE) !== 0) return;
  var navigate = request.mode === "navigate";
  event.respondWith(caches.match(request, { ignoreSearch: navigate }).then(function (saved) {
    if (!saved) {
      return fetch(request).catch(function (error) {
        if (navigate) return notSaved(request.url);
        throw error;
      });
    }
    return VERSIONED.test(request.url) ? saved : fromNetwork(request, saved);
  }));
});
