/*
 * The launcher of a guide's SCORM 1.2 package (hooks/scorm.py links it on every page of the package, right
 * after ic.js, before the deferred scripts): finds the LMS's API, restores the resume data into the reader's
 * learning record (ic.record) before the quiz and progress scripts read it, and reports that record to the
 * LMS. Each page of the package is a document of its own, so each page looks the API up, initialises and
 * finishes (one session across the package's own links: see `start` below). With no LMS the script does
 * nothing: the package is then a plain offline guide.
 *
 * Reported (SCORM 1.2 run-time, cmi.core.*):
 * - lesson_status: "incomplete" from the first page; "completed" when every page of the guide is read (as
 *   progress.js counts it). With a mastery score (adlcp:masteryscore, from the guide's front matter) it is
 *   "passed" or "failed" instead, once every page is read and every quiz question answered. A status the
 *   LMS already holds as completed, passed or failed is never taken back to incomplete.
 * - score.raw / min / max: the share of the guide's quiz questions right at the first try, 0–100 (a
 *   question not answered yet counts as not right), from the first answer on.
 * - session_time (HHHH:MM:SS.SS) and exit ("suspend" while incomplete) as the package is left, then
 *   LMSFinish.
 * - suspend_data: the record of this guide, encoded below (always ≤ 4,096 characters); LMSCommit after
 *   each change of the record (a page read, a quiz answer, a ladder result).
 * - lesson_location: the key of the page on screen. A learner who comes back (a new session with
 *   cmi.core.entry "resume") on another page than the one they left finds, below its title, a link to that
 *   page ("Continue where you left off: …"): a link, not a jump, so that nobody is moved without asking.
 *
 * The resume data is indexed by the guide's structure (data-i18n-lms on this tag: pages, quizzes with their
 * question ids, ladders with their rung ids, and a fingerprint of them; toolkit/scorm/structure.py):
 *   "1.<fingerprint>.<pages>.<questions>.<ladders>.<dates>", in base64url characters:
 *   - pages: 6 pages a character, a bit each: read;
 *   - questions: 2 a character, 3 bits each: STATES below (first try right, final answer right, checked
 *     more than once);
 *   - ladders: a character each: the rung reached (its index + 1), or none;
 *   - dates: the number of distinct days, each day as 3 characters (days since 2000-01-01), then for each
 *     dated item (read pages, answered quizzes, ladders, in that order) the index of its day.
 *   Trailing empty characters are left out. When the whole does not fit, the dates go first (restored as
 *   the day of restoring), then the questions from the end, then the pages from the end: the LMS's status
 *   and score are computed from the full record all the same; only resuming elsewhere loses the tail.
 *   Resume data of another version of the guide (another fingerprint) is not read.
 */
(function () {
  "use strict";
  var CAP = 4096, VERSION = "1", SEARCH_DEPTH = 7;
  var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  // A question's state: "" not answered, else first / final / checked more than once. "1,0,0" cannot
  // happen (one check that was right is right at the end) and is kept as "1,0,1".
  var STATES = ["", "000", "001", "010", "011", "101", "110", "111"];
  var DAY = 86400000, EPOCH = Date.UTC(2000, 0, 1);
  var tag = document.currentScript;

  function own(o, k) { return ic.isObject(o) && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined; }

  function dayNumber(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof text === "string" ? text : "");
    return m ? Math.round((Date.UTC(+m[1], +m[2] - 1, +m[3]) - EPOCH) / DAY) : null;
  }
  function dayText(n) {
    var d = new Date(EPOCH + n * DAY), pad = function (v) { return (v < 10 ? "0" : "") + v; };
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate());
  }
  function trim(text) { return text.replace(/A+$/, ""); }
  function digit(text, i) { var c = text.charAt(i); return c ? B64.indexOf(c) : 0; }

  function questionState(record, quizId, questionId) {
    var x = own(own(own(record.quizzes, quizId), "q"), questionId);
    if (!ic.isObject(x) || typeof x["final"] !== "number") return 0;
    var code = (x.first === 1 ? "1" : "0") + (x["final"] ? "1" : "0") + (typeof x.n === "number" && x.n > 1 ? "1" : "0");
    return STATES.indexOf(code === "100" ? "101" : code);
  }

  function latest(entry) { // the last day a quiz was answered
    var on = "";
    var q = own(entry, "q");
    Object.keys(ic.isObject(q) ? q : {}).forEach(function (k) {
      if (ic.isObject(q[k]) && typeof q[k].on === "string" && q[k].on > on) on = q[k].on;
    });
    return on;
  }

  // The guide's part of the record, in the structure's order.
  function snapshot(record, s) {
    var found = { read: [], states: [], rungs: [], dates: [] };
    s.p.forEach(function (page) {
      var entry = own(record.pages, page[0]), read = Boolean(own(entry, "read"));
      found.read.push(read);
      if (read) found.dates.push(entry.read);
    });
    s.q.forEach(function (quiz) {
      var any = false;
      quiz[2].forEach(function (qid) {
        var state = questionState(record, quiz[0], qid);
        found.states.push(state);
        if (state) any = true;
      });
      if (any) found.dates.push(latest(own(record.quizzes, quiz[0])));
    });
    s.l.forEach(function (ladder) {
      var taken = own(record.ladders, ladder[0]), rung = ladder[1].indexOf(own(taken, "rung"));
      found.rungs.push(rung + 1);
      if (rung >= 0) found.dates.push(taken.on);
    });
    return found;
  }

  function encode(record, s, cap) {
    cap = cap || CAP;
    var snap = snapshot(record, s), pages = "", questions = "", ladders = "", dates = "", i;
    for (i = 0; i < snap.read.length; i += 6) {
      var bits = 0;
      for (var j = 0; j < 6 && i + j < snap.read.length; j++) if (snap.read[i + j]) bits |= 1 << j;
      pages += B64.charAt(bits);
    }
    for (i = 0; i < snap.states.length; i += 2) questions += B64.charAt(snap.states[i] * 8 + (snap.states[i + 1] || 0));
    snap.rungs.forEach(function (n) { ladders += B64.charAt(Math.min(n, 63)); });
    var days = [];
    var numbers = snap.dates.map(dayNumber);
    numbers.forEach(function (n) { if (n !== null && days.indexOf(n) < 0) days.push(n); });
    if (days.length < 64 && numbers.indexOf(null) < 0 && days.every(function (n) { return n >= 0 && n < 262144; })) {
      dates = B64.charAt(days.length) + days.map(function (n) {
        return B64.charAt(n >> 12) + B64.charAt((n >> 6) & 63) + B64.charAt(n & 63);
      }).join("") + numbers.map(function (n) { return B64.charAt(days.indexOf(n)); }).join("");
    }
    pages = trim(pages); questions = trim(questions); ladders = trim(ladders);
    var head = VERSION + "." + s.f + ".";
    function whole() { return head + pages + "." + questions + "." + ladders + (dates ? "." + dates : ""); }
    if (whole().length <= cap) return whole();
    dates = "";
    if (whole().length > cap) questions = questions.slice(0, Math.max(0, questions.length - (whole().length - cap)));
    if (whole().length > cap) pages = pages.slice(0, Math.max(0, pages.length - (whole().length - cap)));
    if (whole().length > cap) ladders = ladders.slice(0, Math.max(0, ladders.length - (whole().length - cap)));
    return whole();
  }

  // The record's entries that the text holds, or null when it is not this guide's resume data.
  function decode(text, s) {
    var parts = String(text || "").split(".");
    if (parts[0] !== VERSION || parts[1] !== s.f || parts.length < 5) return null;
    var pages = parts[2], questions = parts[3], ladders = parts[4], dates = parts[5] || "";
    var found = { pages: {}, quizzes: {}, ladders: {} }, items = [];
    s.p.forEach(function (page, i) {
      if (digit(pages, Math.floor(i / 6)) & (1 << (i % 6))) {
        found.pages[page[0]] = { min: page[1] };
        items.push(found.pages[page[0]]);
      }
    });
    var n = 0;
    s.q.forEach(function (quiz) {
      var answered = {};
      quiz[2].forEach(function (qid) {
        var c = digit(questions, Math.floor(n / 2)), code = STATES[n % 2 ? c % 8 : c >> 3] || "";
        n += 1;
        if (code) answered[qid] = { first: +code.charAt(0), "final": +code.charAt(1), n: code.charAt(2) === "1" ? 2 : 1 };
      });
      if (Object.keys(answered).length) {
        found.quizzes[quiz[0]] = { page: s.p[quiz[1]] ? s.p[quiz[1]][0] : "", total: quiz[2].length, q: answered };
        items.push(found.quizzes[quiz[0]]);
      }
    });
    s.l.forEach(function (ladder, i) {
      var rung = ladder[1][digit(ladders, i) - 1];
      if (rung) {
        found.ladders[ladder[0]] = { rung: rung };
        items.push(found.ladders[ladder[0]]);
      }
    });
    var count = digit(dates, 0), table = [];
    for (var d = 0; dates && d < count; d++) {
      table.push(dayText(digit(dates, 1 + 3 * d) * 4096 + digit(dates, 2 + 3 * d) * 64 + digit(dates, 3 + 3 * d)));
    }
    items.forEach(function (item, i) {
      var day = dates ? table[digit(dates, 1 + 3 * count + i)] : undefined;
      if (day) item.on = day;
    });
    return found;
  }

  // What the resume data holds and the record lacks goes into the record (what the record holds wins).
  function merge(record, found, s, today) {
    Object.keys(found.pages).forEach(function (key) {
      if (own(own(record.pages, key), "read")) return;
      record.pages[key] = { g: s.g, read: found.pages[key].on || today, min: found.pages[key].min };
    });
    Object.keys(found.quizzes).forEach(function (id) {
      var from = found.quizzes[id];
      var entry = ic.isObject(record.quizzes[id]) ? record.quizzes[id] : (record.quizzes[id] = { g: s.g });
      if (!ic.isObject(entry.q)) entry.q = {};
      if (!entry.page) entry.page = from.page;
      if (typeof entry.total !== "number") entry.total = from.total;
      Object.keys(from.q).forEach(function (qid) {
        var x = entry.q[qid];
        if (ic.isObject(x) && typeof x["final"] === "number") return;
        entry.q[qid] = { first: from.q[qid].first, "final": from.q[qid]["final"], on: from.on || today, n: from.q[qid].n };
      });
    });
    Object.keys(found.ladders).forEach(function (id) {
      if (ic.isObject(record.ladders[id]) && record.ladders[id].rung) return;
      record.ladders[id] = { g: s.g, rung: found.ladders[id].rung, on: found.ladders[id].on || today };
    });
    return record;
  }

  // What the LMS is told, from the record: status, score (null without quizzes), resume data.
  function results(record, s, mastery) {
    var snap = snapshot(record, s);
    var read = snap.read.filter(Boolean).length, total = snap.states.length;
    var right = snap.states.filter(function (state) { return STATES[state].charAt(0) === "1"; }).length;
    var answered = snap.states.filter(Boolean).length;
    // No score before the first answer: an LMS would show 0 for a guide not yet tried.
    var score = answered ? Math.round(100 * right / total) : null;
    var status = "incomplete";
    if (read === s.p.length) {
      if (mastery === null || !total) status = "completed";
      else if (answered === total) status = score >= mastery ? "passed" : "failed";
    }
    return { status: status, score: score, suspend: encode(record, s) };
  }

  // SCORM 1.2 CMITimespan, HHHH:MM:SS.SS.
  function timespan(ms) {
    var centi = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
    var pad = function (v, n) { v = String(v); while (v.length < n) v = "0" + v; return v; };
    return pad(Math.floor(centi / 360000), 4) + ":" + pad(Math.floor(centi / 6000) % 60, 2) + ":" +
      pad(Math.floor(centi / 100) % 60, 2) + "." + pad(centi % 100, 2);
  }

  // The API object, as the SCORM 1.2 run-time environment says an SCO finds it: this window's parents, at
  // most SEARCH_DEPTH levels up, then the opener's. A frame of another origin cannot be read: skipped.
  function search(win) {
    for (var depth = 0; win && depth <= SEARCH_DEPTH; depth++) {
      try {
        if (win.API) return win.API;
      } catch (e) { /* another origin */ }
      if (!win.parent || win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  function findAPI() {
    var api = search(window);
    try {
      if (!api && window.opener) api = search(window.opener);
    } catch (e) { /* another origin */ }
    return api;
  }

  window.icScorm = { CAP: CAP, encode: encode, decode: decode, merge: merge, results: results, timespan: timespan,
                     findAPI: findAPI };

  var settings = ic.strings(tag), s;
  try { s = JSON.parse(settings.lms || "null"); } catch (e) { s = null; }
  if (!ic.isObject(s) || !(s.p instanceof Array)) return;
  var mastery = settings.mastery ? Number(settings.mastery) : null;

  var api = null, started = 0, sent = {}, initial = "";
  function set(name, value) {
    value = String(value);
    if (sent[name] === value) return false;
    sent[name] = value;
    api.LMSSetValue(name, value);
    return true;
  }

  function report(record) {
    if (!api) return;
    var found = results(record, s, mastery), changed = false;
    var status = found.status === "incomplete" && /^(completed|passed|failed)$/.test(initial) ? initial : found.status;
    changed = set("cmi.core.lesson_status", status) || changed;
    if (found.score !== null) {
      changed = set("cmi.core.score.min", "0") || changed;
      changed = set("cmi.core.score.max", "100") || changed;
      changed = set("cmi.core.score.raw", found.score) || changed;
    }
    changed = set("cmi.suspend_data", found.suspend) || changed;
    // SCORM 1.2 allows 255 characters; a longer key (a deeply nested page) is not sent rather than refused.
    if (settings.page !== undefined && settings.page.length <= 255) {
      changed = set("cmi.core.lesson_location", settings.page) || changed;
    }
    changed = set("cmi.core.exit", status === "incomplete" ? "suspend" : "") || changed;
    if (changed) api.LMSCommit("");
  }

  // One LMS session for the whole visit: following a link to another page of the package keeps it open
  // (the next page finds LMSInitialize refused as "already initialised", error 101, and carries on), so
  // that an LMS which allows one LMSInitialize per launch still hears every page, and session_time is the
  // whole visit's (its start kept in sessionStorage, where there is one). Leaving any other way (closing,
  // another site, the browser's own navigation) finishes it; a page that then starts again initialises
  // again, as Moodle allows.
  var SESSION = "ic-scorm:started", moving = false, movingTimer = 0;
  function session(value) {
    try {
      if (value === undefined) return Number(window.sessionStorage.getItem(SESSION)) || 0;
      if (value === null) window.sessionStorage.removeItem(SESSION);
      else window.sessionStorage.setItem(SESSION, String(value));
    } catch (e) { /* no session storage: this page's own time */ }
    return 0;
  }

  // The link to the page the learner left off at (`where`, a page key), below this page's title; nothing
  // for this page itself or a key this version of the guide does not have. Never two: a page back from the
  // browser's cache starts a session again and may be offered another place.
  function offerResume(where) {
    var pages, old = document.querySelector(".ic-scorm-resume");
    if (old) old.parentNode.removeChild(old);
    try { pages = JSON.parse(settings.pages || "{}"); } catch (e) { pages = {}; }
    var target = own(pages, where), title = document.querySelector("article h1");
    if (where === settings.page || !(target instanceof Array) || !title) return;
    var note = ic.el("p", "ic-scorm-resume");
    var link = ic.el("a", null, ic.format(settings.resume || "", { page: String(target[1]) }));
    link.href = String(target[0]);
    note.appendChild(link);
    title.parentNode.insertBefore(note, title.nextSibling);
  }

  function start() {
    api = findAPI();
    if (!api) return;
    var fresh = String(api.LMSInitialize("")) === "true";
    if (fresh) {
      started = Date.now();
      session(started);
    } else if (String(api.LMSGetLastError()) === "101") {
      started = session() || Date.now(); // the session a page before this one started
    } else {
      api = null;
      return;
    }
    sent = {};
    var resume = fresh && String(api.LMSGetValue("cmi.core.entry")) === "resume" ?
      String(api.LMSGetValue("cmi.core.lesson_location") || "") : null;
    initial = String(api.LMSGetValue("cmi.core.lesson_status") || "");
    var found = decode(api.LMSGetValue("cmi.suspend_data"), s);
    if (found) ic.record.update(function (record) { merge(record, found, s, ic.record.today()); });
    report(ic.record.load());
    // After the report, and on its own: the offer failing must not stop the LMS hearing of the visit.
    if (resume !== null) {
      try { offerResume(resume); } catch (e) { /* no offer */ }
    }
  }

  function finish() {
    if (!api) return;
    report(ic.record.load());
    if (moving) {
      api = null; // the next page of the package goes on with this session
      return;
    }
    api.LMSSetValue("cmi.core.session_time", timespan(Date.now() - started));
    api.LMSFinish("");
    session(null);
    api = null;
  }

  // A link to another page of the package, in this window: the visit goes on.
  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || event.defaultPrevented || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
    var to = new URL(link.href, location.href);
    if (to.origin !== location.origin || !/\.html$/.test(to.pathname) || to.pathname === location.pathname) return;
    moving = true;
    window.clearTimeout(movingTimer);
    // A navigation that does not happen (cancelled, or the page stays): leaving later finishes again.
    movingTimer = window.setTimeout(function () { moving = false; }, 5000);
  });

  // An LMS whose API throws is treated as no LMS: the guide goes on working.
  function safely(fn) {
    return function () {
      try {
        fn.apply(null, arguments);
      } catch (e) {
        api = null;
      }
    };
  }
  ic.record.listeners.push(safely(report));
  safely(start)();
  window.addEventListener("pagehide", safely(finish));
  window.addEventListener("beforeunload", safely(finish));
  // Back to this page from the browser's cache: the session again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && !api) {
      moving = false;
      safely(start)();
    }
  });
})();
