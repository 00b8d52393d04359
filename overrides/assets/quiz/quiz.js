/* Self-assessment quizzes: check an answer, see feedback and a score, keep progress in this browser.
 *
 * The quiz works without this file: each question is a fieldset of real inputs, and its answer is in a
 * "Show answer" disclosure. This adds an explicit "Check answer" button (never on change or arrow keys:
 * arrows move through a radio group, so checking on change would lock keyboard users into their first
 * step), badges with words, per-option feedback, "Try again", a score and saved progress.
 * Every string comes from data-i18n-* attributes written at build time in the page's language (ic.js).
 *
 * Teach before telling (data-i18n-reveal "after-second-try", the default): the explanation gives the answer
 * away, so a first wrong try gets the options' feedback and a hint; the explanation comes after a second
 * try, a right answer or "Show answer". Each check goes into ic.record (quizzes[<quiz id>].q[<question
 * id>]): "first" (its first check ever; 0 if "Show answer" came first), "final", "on", "n" (checks). Reset
 * clears the answers, never the record.
 */
(function () {
  "use strict";
  var KEY = "ic-quiz:";

  // Storage may be blocked or full (ic.storage never throws): the quiz works the same without it, only
  // forgetting on leaving the page. null: storage cannot be read.
  function read(id) {
    var raw = ic.storage.get(KEY + id);
    if (raw === undefined) return null;
    try {
      var data = JSON.parse(raw);
      return data && typeof data === "object" ? data : {};
    } catch (e) {
      return {}; // unreadable old data: start afresh
    }
  }

  function write(id, data) {
    return ic.storage.set(KEY + id, JSON.stringify(data));
  }

  function forget(id) {
    ic.storage.remove(KEY + id);
  }

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function element(tag, className, text) { return ic.el(tag, className, text); }

  // A copy of server-rendered text (feedback, explanation) whose ids would otherwise be duplicated.
  function copy(node) {
    var result = node.cloneNode(true);
    all(result, "[id]").forEach(function (el) { el.removeAttribute("id"); });
    return result;
  }

  function init(root, text) {
    var id = root.dataset.quizId;
    var reveal = text.reveal || "after-second-try";
    var guide = text.guide || "";
    var pageKey = text.page || "";
    var saved = read(id);
    var state = saved || {};
    var note = root.querySelector(".ic-quiz__note");
    var score = root.querySelector(".ic-quiz__score");
    var status = root.querySelector(".ic-quiz__status");
    var questions = all(root, ".ic-quiz__question").map(setup);

    function storageOff() {
      saved = null;
      note.textContent = text.storageOff;
    }

    function save() {
      if (saved !== null && !write(id, state)) storageOff();
    }

    function setup(el) {
      var q = {
        el: el,
        id: el.getAttribute("data-question-id"),
        inputs: all(el, ".ic-quiz__input"),
        right: all(el, ".ic-quiz__option").map(function (o) { return o.getAttribute("data-correct") === "true"; }),
        check: el.querySelector(".ic-quiz__check"),
        retry: el.querySelector(".ic-quiz__retry"),
        result: el.querySelector(".ic-quiz__result"),
        verdict: null, // null until checked, then whether the checked answer was right
        turn: 0,       // drops a delayed announcement made stale by a newer action
        tries: tried(el.getAttribute("data-question-id")), // checks so far, this visit and before
        revealed: false // "Show answer" opened: nothing left to hide
      };
      var answer = el.querySelector(".ic-quiz__answer");
      answer.addEventListener("toggle", function () {
        if (answer.open) q.revealed = true;
      });
      el.querySelector(".ic-quiz__actions").hidden = false;
      q.check.addEventListener("click", function () { check(q, true); });
      q.retry.addEventListener("click", function () {
        clear(q);
        remember(q);
        q.inputs[0].focus(); // start again from the first option of this question
      });
      q.inputs.forEach(function (input) {
        input.addEventListener("change", function () {
          // A changed answer makes the shown result stale; only the button checks it again.
          unmark(q);
          remember(q);
        });
      });
      return q;
    }

    function unmark(q) {
      q.turn++;
      q.verdict = null;
      all(q.el, ".ic-quiz__badge, .ic-quiz__given").forEach(function (n) { n.parentNode.removeChild(n); });
      q.inputs.forEach(function (input) { input.removeAttribute("aria-describedby"); });
      q.result.textContent = "";
      q.retry.hidden = true;
      tally();
    }

    function clear(q) {
      q.inputs.forEach(function (input) { input.checked = false; });
      unmark(q);
    }

    function remember(q) {
      var picked = [];
      q.inputs.forEach(function (input, i) { if (input.checked) picked.push(i); });
      if (picked.length) state[q.id] = { s: picked, c: q.verdict === null ? 0 : 1 };
      else delete state[q.id];
      save();
    }

    // Results go to a polite live region (ic.announce); restored progress is shown at once, unannounced.
    // A delayed announcement made stale by a newer action on the same question is dropped.
    function show(region, nodes, announce, q) {
      if (!announce) {
        region.textContent = "";
        ic.fill(region, nodes);
        return;
      }
      var turn = q ? q.turn : 0;
      ic.announce(region, nodes, function () { return !q || q.turn === turn; });
    }

    function check(q, announce) {
      var picked = q.inputs.map(function (input) { return input.checked; });
      unmark(q);
      status.textContent = "";
      if (picked.indexOf(true) < 0) {
        show(q.result, [element("p", "ic-quiz__verdict", text.resultEmpty)], announce, q);
        return;
      }
      var wrong = false;
      var missed = false;
      q.right.forEach(function (right, i) {
        if (picked[i] && !right) wrong = true;
        if (right && !picked[i]) missed = true;
      });
      q.verdict = !wrong && !missed;
      q.inputs.forEach(function (input, i) {
        if (!input.checked) return;
        var good = q.right[i];
        var badge = element("span", "ic-quiz__badge ic-quiz__badge--" + (good ? "correct" : "incorrect"));
        var icon = element("span", "ic-quiz__icon", good ? "\u2713" : "\u2717");
        icon.setAttribute("aria-hidden", "true");
        badge.appendChild(icon);
        badge.appendChild(document.createTextNode(" " + (good ? text.badgeCorrect : text.badgeIncorrect)));
        // Inside the label, so the badge is part of the input's accessible name when it is revisited.
        q.el.querySelector('label[for="' + input.id + '"]').appendChild(badge);
        var feedback = q.el.querySelector('[data-option="' + i + '"] .ic-quiz__feedback');
        if (feedback) {
          var given = element("p", "ic-quiz__given");
          given.id = input.id + "--feedback";
          given.appendChild(copy(feedback));
          input.parentNode.appendChild(given);
          input.setAttribute("aria-describedby", given.id);
        }
      });
      // A check by the reader counts; one restored from an earlier visit was counted then.
      if (announce) {
        q.tries++;
        keep(q);
      }
      var verdict = element("p", "ic-quiz__verdict ic-quiz__verdict--" + (q.verdict ? "correct" : "incorrect"));
      verdict.appendChild(element("strong", "", q.verdict ? text.resultCorrect
        : wrong ? text.resultWrong : text.resultPartial));
      var tell = q.verdict || reveal !== "after-second-try" || q.tries > 1 || q.revealed;
      show(q.result, [verdict].concat(tell ? [copy(q.el.querySelector(".ic-quiz__explanation"))] : hint(q)),
           announce, q);
      q.retry.hidden = q.verdict;
      tally();
      if (announce) remember(q);
    }

    // After a first wrong try: a hint instead of the explanation, and when the explanation comes.
    function hint(q) {
      var clue = q.el.querySelector(".ic-quiz__clue");
      var p = element("p", "ic-quiz__clue-given", clue ? "" : text.hintGeneric);
      if (clue) {
        p.appendChild(element("strong", "", text.hintLabel));
        p.appendChild(document.createTextNode(" "));
        for (var c = copy(clue); c.firstChild;) p.appendChild(c.firstChild);
      }
      return [p, element("p", "ic-quiz__later", text.explanationLater)];
    }

    function isObject(value) { return ic.isObject(value); }

    // The question's entry in the record, if it was ever checked (an imported record may hold anything).
    function known(r, questionId) {
      var e = r.quizzes[id];
      return isObject(e) && isObject(e.q) && isObject(e.q[questionId]) ? e.q[questionId] : null;
    }

    function checks(x) {
      return x ? (typeof x.n === "number" && x.n > 0 ? x.n : 1) : 0;
    }

    function tried(questionId) {
      return checks(known(ic.record.load(), questionId));
    }

    // One checked answer into the record (on this device only; for this visit only if storage is blocked).
    function keep(q) {
      var right = q.verdict ? 1 : 0;
      ic.record.update(function (r) {
        var e = isObject(r.quizzes[id]) ? r.quizzes[id] : (r.quizzes[id] = {});
        if (!isObject(e.q)) e.q = {};
        e.g = guide;
        e.page = pageKey;
        e.total = questions.length;
        var x = known(r, q.id);
        var before = checks(x);
        if (!x || (x.first !== 0 && x.first !== 1)) x = e.q[q.id] = { first: q.revealed ? 0 : right };
        x.final = right;
        x.on = ic.record.today();
        x.n = q.tries = Math.max(q.tries, before + 1);
      });
    }

    function tally() {
      if (!questions) return; // still setting up
      var right = questions.filter(function (q) { return q.verdict === true; }).length;
      score.textContent = ic.format(text.score, { correct: right, total: questions.length });
    }

    root.querySelector(".ic-quiz__reset").addEventListener("click", function () {
      questions.forEach(clear);
      state = {};
      forget(id);
      show(status, [document.createTextNode(text.resetDone)], true);
      questions[0].inputs[0].focus();
    });

    // Progress from an earlier visit, in either language (same quiz and question ids, same origin).
    questions.forEach(function (q) {
      var entry = state[q.id];
      var picked = entry && Array.isArray(entry.s) ? entry.s.filter(function (i) {
        return typeof i === "number" && i >= 0 && i < q.inputs.length && i % 1 === 0;
      }) : [];
      if (q.inputs[0].type === "radio") picked = picked.slice(0, 1);
      // Storage is the only source: undo any choice the browser restored on reload (autocomplete="off"
      // would stop that, but is not allowed on radio buttons and checkboxes: an HTML error).
      q.inputs.forEach(function (input) { input.checked = false; });
      picked.forEach(function (i) { q.inputs[i].checked = true; });
      if (picked.length && entry.c) check(q, false);
    });
    tally();
    if (saved === null) storageOff();
    note.hidden = false; // true only now: without this script nothing is kept, on this device or elsewhere
    root.querySelector(".ic-quiz__footer").hidden = false;
    // Live only from now on, so restoring progress is not read out on arrival.
    window.setTimeout(function () {
      questions.forEach(function (q) { q.result.setAttribute("aria-live", "polite"); });
      status.setAttribute("aria-live", "polite");
    }, 0);
  }

  ic.modules("quiz", init);
})();
