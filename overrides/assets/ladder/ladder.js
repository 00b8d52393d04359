/* Co-production ladder: the self-assessment "Where is your project on the ladder?" (hooks/ladder.py).
 *
 * Without this script the page already shows the ladder (native <details>) and the statements with a
 * key to read them by hand. The script reveals yes/no answers, places the project with the rule below,
 * marks that rung on the ladder with a text badge, and says the result in a live region.
 *
 * Rule: walk up from the bottom rung; each statement belongs to the rung above the last one reached.
 * The project is on the last rung reached before the first statement answered "no". A "yes" higher up
 * does not count (a rung needs every rung below it), but the reader is told about it.
 *
 * Answers are saved in localStorage under data-storage-key ("ic-ladder:<ladder id>"), keyed by rung id,
 * so they survive a reload and the switch to the other language (same origin, same rung ids). Storage
 * goes through ic.storage, which never throws: when storage is blocked the self-assessment still works,
 * unsaved. All words come from data-i18n-* attributes written in the page's language (ic.js).
 *
 * The result also goes into the reader's learning record (ic.record, ladders[<ladder id>]: guide, rung id,
 * date) whenever the reader is shown one; a result restored on page load is filed only if the record
 * lacks it, so its date stays the day it was reached. "Clear my answers" leaves the record alone: it is
 * cleared on the learning record page.
 */
(function () {
  "use strict";

  var VERSION = 1;

  function writeStorage(key, value) {
    return value === null ? ic.storage.remove(key) : ic.storage.set(key, value);
  }

  function format(template, values) { return ic.format(template, values); }

  function paragraph(text, className) {
    var p = document.createElement("p");
    if (className) p.className = className;
    p.textContent = text;
    return p;
  }

  /* The ladder's rungs, from the bottom up, as the script needs them. */
  function readLadder(figure) {
    var items = Array.prototype.slice.call(figure.querySelectorAll(".ic-ladder__rung[data-rung]"));
    var rungs = items.map(function (li) {
      var next = li.querySelector(".ic-ladder__next-text");
      return {
        id: li.getAttribute("data-rung"),
        step: Number(li.getAttribute("data-step")),
        group: li.getAttribute("data-group-label") || "",
        label: (li.querySelector(".ic-ladder__label") || li).textContent.trim(),
        next: next ? next.textContent.trim() : "",
        item: li,
        details: li.querySelector("details"),
        summary: li.querySelector("summary")
      };
    });
    rungs.sort(function (a, b) { return a.step - b.step; });
    return rungs;
  }

  function init(root, strings) {
    var ladderId = root.getAttribute("data-ladder");
    var figure = document.querySelector('[data-module="ic-ladder"][data-ladder="' + ladderId + '"]');
    var form = root.querySelector("form");
    var result = root.querySelector(".ic-ladder-check__result");
    if (!figure || !form || !result) return;

    var key = root.getAttribute("data-storage-key");
    var guide = strings.guide || "";
    var text = function (name) { return strings[name] || ""; };
    var rungs = readLadder(figure);
    var byId = {};
    rungs.forEach(function (rung) { byId[rung.id] = rung; });
    var statements = Array.prototype.slice.call(root.querySelectorAll(".ic-ladder-check__statement"))
      .map(function (li) { return { rung: li.getAttribute("data-rung"), item: li }; })
      .filter(function (s) { return byId[s.rung]; });

    function answersFromForm() {
      var answers = {};
      statements.forEach(function (s) {
        var checked = s.item.querySelector("input[type=radio]:checked");
        if (checked) answers[s.rung] = checked.value;
      });
      return answers;
    }

    function load() {
      var raw = ic.storage.get(key);
      var empty = { answers: {}, placed: false };
      if (!raw) return empty;
      var data;
      try {
        data = JSON.parse(raw);
      } catch (error) {
        return empty;
      }
      if (!data || data.v !== VERSION || typeof data.answers !== "object" || !data.answers) return empty;
      var answers = {};
      statements.forEach(function (s) {
        var value = data.answers[s.rung];
        if (value === "yes" || value === "no") answers[s.rung] = value;
      });
      return { answers: answers, placed: data.placed === true };
    }

    function save(placed) {
      return writeStorage(key, JSON.stringify({ v: VERSION, answers: answersFromForm(), placed: placed }));
    }

    function place(answers) {
      var reached = rungs[0];
      var stopped = false;
      var skipped = false;
      statements.forEach(function (s) {
        if (stopped) {
          if (answers[s.rung] === "yes") skipped = true;
        } else if (answers[s.rung] === "yes") {
          reached = byId[s.rung];
        } else {
          stopped = true;
        }
      });
      return { rung: reached, skipped: skipped };
    }

    function clearHighlight() {
      rungs.forEach(function (rung) {
        rung.item.classList.remove("ic-ladder__rung--current");
        var badge = rung.summary && rung.summary.querySelector(".ic-ladder__badge");
        if (badge) badge.remove();
      });
    }

    function highlight(rung) {
      clearHighlight();
      rung.item.classList.add("ic-ladder__rung--current");
      var badge = document.createElement("strong");
      badge.className = "ic-ladder__badge";
      badge.textContent = text("badge");
      if (rung.summary) rung.summary.appendChild(badge);
      if (rung.details) rung.details.open = true;
    }

    function clearMissing() {
      root.querySelectorAll(".ic-ladder-check__missing").forEach(function (node) { node.remove(); });
    }

    function file(rung, restored) {
      ic.record.update(function (r) {
        var known = r.ladders[ladderId];
        if (restored && known && typeof known === "object" && known.rung === rung.id) return;
        r.ladders[ladderId] = { g: guide, rung: rung.id, on: ic.record.today() };
      });
    }

    function show(placement, restored) {
      var rung = placement.rung;
      file(rung, restored);
      var above = rungs[rungs.indexOf(rung) + 1];
      var nodes = [paragraph(format(text("result"), {
        n: rung.step, total: rungs.length, rung: rung.label, group: rung.group
      }))];
      nodes.push(paragraph(above
        ? format(text("resultNext"), { rung: above.label, advice: rung.next })
        : format(text("resultTop"), { advice: rung.next })));
      if (placement.skipped) nodes.push(paragraph(text("resultSkipped")));
      if (rung.details && rung.details.id) {
        var link = document.createElement("a");
        link.href = "#" + rung.details.id;
        link.textContent = text("resultLink");
        var p = paragraph("");
        p.appendChild(link);
        nodes.push(p);
      }
      result.replaceChildren.apply(result, nodes);
      highlight(rung);
    }

    function unanswered() {
      return statements.filter(function (s) { return !s.item.querySelector("input:checked"); });
    }

    /* Progressive enhancement: answers and buttons in, the by-hand key and rung hints out. */
    root.querySelector(".ic-ladder-check__key").hidden = true;
    root.querySelectorAll(".ic-ladder-check__rung").forEach(function (node) { node.hidden = true; });
    root.querySelectorAll(".ic-ladder-check__answers, .ic-ladder-check__actions, " +
                          ".ic-ladder-check__instructions").forEach(function (node) { node.hidden = false; });
    if (!writeStorage(key + ":probe", "1") || !writeStorage(key + ":probe", null)) {
      form.querySelector(".ic-ladder-check__instructions")
        .after(paragraph(text("storageOff"), "ic-ladder-check__storage"));
    }

    var state = load();
    statements.forEach(function (s) {
      var value = state.answers[s.rung];
      var input = value && s.item.querySelector('input[value="' + value + '"]');
      if (input) input.checked = true;
    });
    // Kept in memory too, so everything works the same when storage is blocked.
    var placed = state.placed && unanswered().length === 0;
    if (placed) show(place(state.answers), true);
    // Live only from now on: restoring a saved result on page load is shown, not announced.
    result.setAttribute("role", "status");

    form.addEventListener("change", function (event) {
      var statement = event.target.closest(".ic-ladder-check__statement");
      var missing = statement && statement.querySelector(".ic-ladder-check__missing");
      if (missing) missing.remove();
      save(placed);
      // An answer changed after a result was shown: keep the result (and the ladder) in step.
      if (placed) show(place(answersFromForm()));
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearMissing();
      var missing = unanswered();
      if (missing.length) {
        missing.forEach(function (s) {
          s.item.querySelector(".ic-ladder-check__answers").after(
            paragraph(text("missing"), "ic-ladder-check__missing"));
        });
        clearHighlight();
        result.replaceChildren(paragraph(format(text("unanswered"), { n: missing.length })));
        missing[0].item.querySelector("input").focus();
        placed = false;
        save(false);
        return;
      }
      placed = true;
      save(true);
      show(place(answersFromForm()));
    });

    form.querySelector('[data-action="clear"]').addEventListener("click", function () {
      writeStorage(key, null);
      placed = false;
      form.reset();
      clearMissing();
      clearHighlight();
      result.replaceChildren(paragraph(text("cleared")));
    });
  }

  /* A link to one rung (a search result, a trainer's deep link) lands on a closed <details>: open it, so
   * the reader sees the rung's meaning, not just its name. On load and when the hash changes (a result
   * on the same page). Without this script the rung is in view and opens with one press. */
  function openTargetRung(figure) {
    function open() {
      var id;
      try {
        id = decodeURIComponent(location.hash.slice(1));
      } catch (e) {
        return;  // a malformed address names no rung
      }
      var target = id && document.getElementById(id);
      if (target && target.tagName === "DETAILS" && figure.contains(target)) target.open = true;
    }
    open();
    window.addEventListener("hashchange", open);
  }

  ic.modules("ladder", openTargetRung);
  ic.modules("ladder-check", init);
})();
