/*
 * The end of a guide's last page (progress.js's root carries the words, data-i18n-summary-*, and the
 * ladders' rungs as JSON {id: {t: title, n: rungs, r: {rung id: [number, label]}}}): what was read, the
 * quizzes' first-try and final scores, the ladder's result. Linked on that page only (toolkit/assets.py: component progress_summary).
 * Everything from the record is written as text, and only what the build knows (pages, quizzes,
 * ladders) is looked up in it.
 */
(function () {
  "use strict";
  var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  var p = window.ic && ic.progress;
  if (!p) return;

  function summarise(record, root, strings, pages) {
    var body = document.querySelector(".ic-progress-summary__body");
    var months = String(strings.months || "").split("|");
    var ladders, el = p.el, format = p.format, own = p.own;
    if (!body) return;
    try { ladders = JSON.parse(strings.ladders || "{}"); } catch (e) { ladders = {}; }
    function day(value) {
      var m = DATE.exec(typeof value === "string" ? value : "");
      return m && months[+m[2] - 1] ? (+m[3]) + " " + months[+m[2] - 1] + " " + m[1] : "";
    }
    function dated(text) { return text.replace(/ \(\)$/, ""); } // no date known: no empty brackets

    body.textContent = "";
    if (!ic.record.kept()) body.appendChild(el("p", "ic-progress-summary__not-kept", strings.notKept));
    body.appendChild(el("p", "ic-progress-summary__label", strings.summaryRead));
    var read = pages.filter(function (page) { return p.isRead(record, page.k); });
    if (read.length) {
      var list = el("ul", "ic-progress-summary__pages"), total = 0;
      read.forEach(function (page) {
        var entry = own(record.pages, page.k), on = day(entry.read);
        total += typeof entry.min === "number" && entry.min > 0 ? Math.round(entry.min) : 0;
        list.appendChild(el("li", "", page.t + (on ? " (" + on + ")" : "")));
      });
      body.appendChild(list);
      body.appendChild(el("p", "", format(ic.count(strings, "summaryMinutes", total), { n: total })));
    } else {
      body.appendChild(el("p", "", strings.summaryNoneRead));
    }

    var quizzes = el("ul", "ic-progress-summary__quizzes");
    pages.forEach(function (page) {
      page.q.forEach(function (q, index) {
        var name = format(strings.summaryQuizName, { title: page.t }) + (page.q.length > 1 ? " (" + (index + 1) + ")" : "");
        var found = p.quiz(record, q[0], q[1]);
        quizzes.appendChild(el("li", "", found.done
          ? dated(format(strings.summaryQuiz, { quiz: name, first: found.first, "final": found["final"],
                                                total: found.total, date: day(found.on) }))
          : format(strings.summaryQuizOpen, { quiz: name })));
      });
    });
    if (quizzes.childNodes.length) {
      body.appendChild(el("p", "ic-progress-summary__label", strings.summaryQuizzes));
      body.appendChild(quizzes);
    }

    var results = [];
    Object.keys(p.isObject(ladders) ? ladders : {}).forEach(function (id) {
      var taken = own(record.ladders, id), ladder = ladders[id];
      var rung = own(p.isObject(ladder) ? ladder.r : null, own(taken, "rung"));
      if (!taken || taken.g !== strings.guide || !(rung instanceof Array)) return;
      results.push(dated(format(strings.summaryLadderResult, { ladder: ladder.t, n: rung[0], total: ladder.n,
                                                               rung: rung[1], date: day(taken.on) })));
    });
    if (results.length) {
      body.appendChild(el("p", "ic-progress-summary__label", strings.summaryLadder));
      results.forEach(function (text) { body.appendChild(el("p", "", text)); });
    }
  }

  p.listeners.push(summarise);
  p.refresh();
})();
