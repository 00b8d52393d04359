/*
 * Progress through a guide: marks this page read, marks the navigation, counts on the guide's home and
 * fills the last page's summary, from the learning record (ic.record, on this device only; nothing is sent).
 * hooks/progress.py writes the root (data-module="ic-progress") and its data-i18n-*: the page's key,
 * guide and minutes, the guide's pages as JSON ({k: key, u: link, t: title, q: [[quiz id, questions]]}),
 * the ladders (last page only) and every word, in the page's language.
 *
 * "Read" (docs-authoring/progress.md): the end of the article has been on screen AND the page has been
 * open in a visible tab for a quarter of its reading time (15 s a minute), at most 2 minutes. Opening a
 * page never marks it. Time is counted by window.setInterval, one tick a second, so a test drives it
 * with a fake clock (Playwright's page.clock) rather than waiting.
 * Everything from the record is written as text (textContent), never as HTML.
 */
(function () {
  "use strict";
  var SECONDS_PER_MINUTE = 15; // a quarter of the time reading at 200 words a minute takes
  var CAP = 120;               // seconds: a long page asks no more than two minutes
  var SLACK = 48;              // px: the end counts as reached this close to the bottom of the window
  var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

  function parse(text, fallback) {
    try {
      var value = JSON.parse(text);
      return value === null || value === undefined ? fallback : value;
    } catch (e) {
      return fallback;
    }
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !(value instanceof Array);
  }

  function own(object, key) {
    return isObject(object) && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  function format(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (match, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match;
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function address(href) {
    var link = document.createElement("a");
    link.href = href;
    return link.href.split("#")[0];
  }

  // The whole-guide page (hooks/whole_guide.py) is composed of every page's article, so it holds several
  // roots: reading it is not reading each page, and its navigation is the home page's. Nothing is done there.
  if (document.querySelectorAll('[data-module="ic-progress"]').length > 1) return;

  ic.modules("progress", function (root, strings) {
    var key = strings.page;
    var guide = strings.guide;
    var minutes = parseInt(strings.minutes, 10) || 1;
    var pages = parse(strings.pages, []);
    var ladders = parse(strings.ladders, {});
    var months = String(strings.months || "").split("|");
    var status = root.querySelector(".ic-progress__status");
    var article = root.closest("article") || document.body;
    if (!(pages instanceof Array)) pages = [];

    function day(value) {
      var match = DATE.exec(typeof value === "string" ? value : "");
      if (!match || !months[+match[2] - 1]) return "";
      return (+match[3]) + " " + months[+match[2] - 1] + " " + match[1];
    }

    function quiz(record, id, questions) {
      var entry = own(record.quizzes, id);
      var found = { done: false, first: 0, final: 0, total: questions, on: "" };
      var answers = own(entry, "q");
      if (!isObject(answers)) return found;
      var answered = 0;
      Object.keys(answers).forEach(function (question) {
        var answer = answers[question];
        if (!isObject(answer) || typeof answer.final !== "number") return;
        answered += 1;
        found.final += answer.final ? 1 : 0;
        found.first += answer.first ? 1 : 0;
        if (typeof answer.on === "string" && answer.on > found.on) found.on = answer.on;
      });
      found.done = questions > 0 && answered >= questions;
      return found;
    }

    function isRead(record, page) {
      return Boolean(own(own(record.pages, page.k), "read"));
    }

    function quizzesDone(record, page) {
      return page.q.length > 0 && page.q.every(function (q) { return quiz(record, q[0], q[1]).done; });
    }

    // ---- the navigation: "Read" and "Quiz completed" after a page's link, as text ----------------------
    function mark(text) {
      var node = element("span", "ic-progress__mark");
      node.setAttribute("data-ic-progress-mark", "");
      node.appendChild(element("span", "ic-visually-hidden", ", "));
      var tick = element("span", "ic-progress__tick", "\u2713 ");
      tick.setAttribute("aria-hidden", "true");
      node.appendChild(tick);
      node.appendChild(document.createTextNode(text));
      return node;
    }

    function markNavigation(record) {
      var links = document.querySelectorAll(".md-nav--primary a.md-nav__link[href]");
      var byAddress = {};
      pages.forEach(function (page) { byAddress[address(page.u)] = page; });
      Array.prototype.forEach.call(links, function (link) {
        Array.prototype.forEach.call(link.querySelectorAll("[data-ic-progress-mark]"), function (old) {
          old.parentNode.removeChild(old);
        });
        var page = byAddress[address(link.getAttribute("href"))];
        if (!page) return;
        if (isRead(record, page)) link.appendChild(mark(strings.readMark));
        if (quizzesDone(record, page)) link.appendChild(mark(strings.quizMark));
      });
    }

    // ---- the guide's home: "3 of 8 pages read, 2 of 7 quizzes completed" --------------------------------
    function count(record) {
      var home = root.querySelector(".ic-progress__home");
      if (!home) return;
      if (!ic.record.kept()) {
        home.textContent = strings.notKept;
      } else {
        var read = pages.filter(function (page) { return isRead(record, page); }).length;
        var done = 0;
        pages.forEach(function (page) {
          page.q.forEach(function (q) { if (quiz(record, q[0], q[1]).done) done += 1; });
        });
        var pagesText = format(strings.homePages, { n: read });
        home.textContent = strings.homeQuizzes
          ? format(strings.homeBoth, { pages: pagesText, quizzes: format(strings.homeQuizzes, { n: done }) })
          : format(strings.homeOnly, { pages: pagesText });
      }
      home.hidden = false;
    }

    // ---- the last page: what was read, the quizzes, the ladder --------------------------------------------
    function summarise(record) {
      var body = strings.last && document.querySelector(".ic-progress-summary__body");
      if (!body) return;
      body.textContent = "";
      if (!ic.record.kept()) body.appendChild(element("p", "ic-progress-summary__not-kept", strings.notKept));
      var read = pages.filter(function (page) { return isRead(record, page); });
      body.appendChild(element("h3", "", strings.summaryRead));
      if (read.length) {
        var list = element("ul", "ic-progress-summary__pages");
        var total = 0;
        read.forEach(function (page) {
          var entry = own(record.pages, page.k);
          var on = day(entry.read);
          total += typeof entry.min === "number" && entry.min > 0 ? entry.min : 0;
          list.appendChild(element("li", "", page.t + (on ? " (" + on + ")" : "")));
        });
        body.appendChild(list);
        body.appendChild(element("p", "", format(strings.summaryMinutes, { n: total })));
      } else {
        body.appendChild(element("p", "", strings.summaryNoneRead));
      }
      var quizzes = element("ul", "ic-progress-summary__quizzes");
      pages.forEach(function (page) {
        page.q.forEach(function (q, index) {
          var name = format(strings.summaryQuizName, { title: page.t }) + (page.q.length > 1 ? " (" + (index + 1) + ")" : "");
          var found = quiz(record, q[0], q[1]);
          quizzes.appendChild(element("li", "", found.done
            ? format(strings.summaryQuiz, { quiz: name, first: found.first, "final": found.final, total: found.total,
                                           date: day(found.on) }).replace(/ \(\)$/, "")
            : format(strings.summaryQuizOpen, { quiz: name })));
        });
      });
      if (quizzes.childNodes.length) {
        body.appendChild(element("h3", "", strings.summaryQuizzes));
        body.appendChild(quizzes);
      }
      var results = [];
      Object.keys(isObject(ladders) ? ladders : {}).forEach(function (id) {
        var taken = own(record.ladders, id);
        var ladder = ladders[id];
        var rung = own(isObject(ladder) ? ladder.r : null, own(taken, "rung"));
        if (!taken || taken.g !== guide || !(rung instanceof Array)) return;
        results.push(format(strings.summaryLadderResult, { ladder: ladder.t, n: rung[0], total: ladder.n,
                                                          rung: rung[1], date: day(taken.on) }).replace(/ \(\)$/, ""));
      });
      if (results.length) {
        body.appendChild(element("h3", "", strings.summaryLadder));
        results.forEach(function (text) { body.appendChild(element("p", "", text)); });
      }
    }

    // ---- the record, read again whenever it may have changed (a quiz on this page, another tab) ----------
    var seen = null;
    function refresh(force) {
      var record = ic.record.load();
      var now = JSON.stringify(record);
      if (!force && now === seen) return record;
      seen = now;
      markNavigation(record);
      count(record);
      summarise(record);
      return record;
    }

    var done = isRead(refresh(true), { k: key });
    var needed = Math.min(CAP, minutes * SECONDS_PER_MINUTE);
    var visible = 0;
    var ended = false;

    function atEnd() {
      return article.getBoundingClientRect().bottom <= window.innerHeight + SLACK;
    }

    function check() {
      if (done || !ended || visible < needed) return;
      done = true;
      var kept = ic.record.update(function (record) {
        if (!isObject(own(record.pages, key)) || !record.pages[key].read) {
          record.pages[key] = { g: guide, read: ic.record.today(), min: minutes };
        }
      });
      refresh(true);
      if (status) ic.announce(status, kept ? strings.markedRead : strings.markedRead + " " + strings.notKept);
    }

    function onScroll() {
      if (!ended && atEnd()) {
        ended = true;
        check();
      }
    }

    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    window.addEventListener("storage", function () { refresh(false); });
    onScroll();
    window.setInterval(function () {
      if (document.visibilityState !== "hidden" && !done) {
        visible += 1;
        onScroll();
        check();
      }
      refresh(false);
    }, 1000);
  });
})();
