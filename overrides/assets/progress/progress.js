/*
 * Progress through a guide, from the learning record (ic.record; hooks/progress.py writes the root's
 * data-i18n-*). "Read" (docs-authoring/progress.md): the article's end has been on screen AND the page open
 * in a visible tab for 15 s per reading minute (at most 2 min); counted by setInterval, so tests use a fake
 * clock. Record data is written as text only.
 */
(function () {
  "use strict";
  var PER_MINUTE = 15, CAP = 120, SLACK = 48; // seconds; seconds; px from the window's bottom

  function isObject(value) { return ic.isObject(value); }
  function own(o, k) { return isObject(o) && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined; }
  function parse(text, fallback) {
    try { var v = JSON.parse(text); return v === null || v === undefined ? fallback : v; } catch (e) { return fallback; }
  }
  function format(template, values) { return ic.format(template, values); }
  function el(tag, className, text) { return ic.el(tag, className, text); }
  function address(href) {
    var a = document.createElement("a");
    a.href = href;
    return a.href.split("#")[0];
  }
  // A quiz is completed when every question has a final answer.
  function quiz(record, id, questions) {
    var found = { done: false, first: 0, "final": 0, total: questions, on: "" };
    var answers = own(own(record.quizzes, id), "q");
    var answered = 0;
    if (!isObject(answers)) return found;
    Object.keys(answers).forEach(function (k) {
      var a = answers[k];
      if (!isObject(a) || typeof a["final"] !== "number") return;
      answered += 1;
      found["final"] += a["final"] ? 1 : 0;
      found.first += a.first ? 1 : 0;
      if (typeof a.on === "string" && a.on > found.on) found.on = a.on;
    });
    found.done = questions > 0 && answered >= questions;
    return found;
  }
  function isRead(record, key) { return Boolean(own(own(record.pages, key), "read")); }

  // summary.js (the last page only) adds itself here; it is called with every new state of the record.
  ic.progress = { own: own, isObject: isObject, format: format, el: el, quiz: quiz, isRead: isRead,
                  listeners: [], refresh: function () {} };

  // The whole-guide page is made of every page's article, so it holds several roots: reading it is not
  // reading each page. Nothing is done there.
  if (document.querySelectorAll('[data-module="ic-progress"]').length > 1) return;

  ic.modules("progress", function (root, strings) {
    var key = strings.page, minutes = parseInt(strings.minutes, 10) || 1;
    var pages = parse(strings.pages, []);
    var status = root.querySelector(".ic-progress__status");
    var article = root.closest("article") || document.body;
    if (!(pages instanceof Array)) pages = [];

    function mark(text) {
      var node = el("span", "ic-progress__mark");
      var tick = el("span", "ic-progress__tick", "\u2713 ");
      node.setAttribute("data-ic-progress-mark", "");
      node.appendChild(el("span", "ic-visually-hidden", ", ")); // a pause before it in the link's name
      tick.setAttribute("aria-hidden", "true");
      node.appendChild(tick);
      node.appendChild(document.createTextNode(text));
      return node;
    }

    function done(record, page) {
      return page.q.length > 0 && page.q.every(function (q) { return quiz(record, q[0], q[1]).done; });
    }

    function show(record) {
      var byAddress = {};
      pages.forEach(function (page) { byAddress[address(page.u)] = page; });
      Array.prototype.forEach.call(document.querySelectorAll(".md-nav--primary a.md-nav__link[href]"), function (a) {
        Array.prototype.forEach.call(a.querySelectorAll("[data-ic-progress-mark]"), function (old) { a.removeChild(old); });
        var page = byAddress[address(a.getAttribute("href"))];
        if (page && isRead(record, page.k)) a.appendChild(mark(strings.readMark));
        if (page && done(record, page)) a.appendChild(mark(strings.quizMark));
      });
      var home = root.querySelector(".ic-progress__home");
      if (home) {
        var read = pages.filter(function (page) { return isRead(record, page.k); }).length, quizzes = 0;
        pages.forEach(function (page) {
          page.q.forEach(function (q) { if (quiz(record, q[0], q[1]).done) quizzes += 1; });
        });
        var text = format(strings.homePages, { n: read });
        home.textContent = !ic.record.kept() ? strings.notKept : strings.homeQuizzes
          ? format(strings.homeBoth, { pages: text, quizzes: format(strings.homeQuizzes, { n: quizzes }) })
          : format(strings.homeOnly, { pages: text });
        home.hidden = false;
      }
      ic.progress.listeners.forEach(function (listener) { listener(record, root, strings, pages); });
    }

    // Read again whenever the record may have changed (a quiz on this page, another tab).
    var seen = null;
    function refresh(force) {
      var record = ic.record.load(), now = JSON.stringify(record);
      if (force || now !== seen) show(record);
      seen = now;
      return record;
    }
    ic.progress.refresh = function () { refresh(true); };

    var finished = isRead(refresh(true), key);
    var needed = Math.min(CAP, minutes * PER_MINUTE), visible = 0, ended = false;

    function check() {
      if (!ended && article.getBoundingClientRect().bottom <= window.innerHeight + SLACK) ended = true;
      if (finished || !ended || visible < needed) return;
      finished = true;
      var kept = ic.record.update(function (record) {
        if (!isRead(record, key)) record.pages[key] = { g: strings.guide, read: ic.record.today(), min: minutes };
      });
      refresh(true);
      if (status) ic.announce(status, kept || !strings.notKept ? strings.markedRead : strings.markedRead + " " + strings.notKept);
    }

    window.addEventListener("scroll", check, { passive: true });
    window.addEventListener("resize", check);
    window.addEventListener("storage", function () { refresh(false); });
    check();
    window.setInterval(function () {
      if (!finished && document.visibilityState !== "hidden") visible += 1;
      check();
      refresh(false);
    }, 1000);
  });
})();
