/*
 * The learning record page (hooks/record.py): the reader's record (ic.record, this device only) joined
 * with the site's guides (JSON written into the page at build time). Everything shown from the record or
 * an imported file is set as text (textContent, never innerHTML), so a note holding markup shows as text.
 * Nothing is fetched or sent: export is a file the browser saves, import a file the reader picks.
 *
 * Export file (docs-authoring/learning-record.md):
 *   { "format": "ic-learning-record", "v": 1, "exported": "YYYY-MM-DD", "record": <ic.record v1> }
 * An import that is not JSON, not that format, or newer than this script knows changes nothing and says
 * why; one that is accepted is cleaned to the record's own fields, then merged into the record here
 * (merge below): importing on a device that already holds a record never loses any of it.
 */
(function () {
  "use strict";
  var FORMAT = "ic-learning-record";
  var FILE_VERSION = 1;
  var FIELDS = ["activity", "learned", "changed", "code"];

  function format(template, values) { return ic.format(template, values); }
  function el(tag, className, text) { return ic.el(tag, className, text); }

  function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function isObject(value) { return ic.isObject(value); }

  var DATE = /^\d{4}-\d{2}-\d{2}/;

  function str(value, max) {
    return typeof value === "string" ? value.slice(0, max || 20000) : "";
  }

  function day(value) {
    var text = str(value, 40);
    return DATE.test(text) ? text.slice(0, 10) : "";
  }

  // Hours for the CPD line, to one decimal; under 6 minutes to two, so a short read is never "0.0 hours".
  function hours(minutes) {
    return (minutes / 60).toFixed(minutes > 0 && minutes < 6 ? 2 : 1);
  }

  // An imported record, keeping only the fields of ic.record's schema, as strings and numbers: whatever
  // else a file holds is dropped, never stored.
  function clean(record) {
    var out = ic.record.empty();
    Object.keys(record.pages).forEach(function (key) {
      var p = record.pages[key];
      if (!isObject(p)) return;
      out.pages[str(key, 500)] = { g: str(p.g, 200), read: day(p.read),
                                   min: typeof p.min === "number" && p.min >= 0 ? Math.min(p.min, 1000) : 0 };
    });
    Object.keys(record.quizzes).forEach(function (key) {
      var quiz = record.quizzes[key];
      if (!isObject(quiz)) return;
      var q = {};
      if (isObject(quiz.q)) {
        Object.keys(quiz.q).forEach(function (id) {
          var a = quiz.q[id];
          if (!isObject(a)) return;
          var entry = { first: a.first === 1 ? 1 : 0, final: a.final === 1 ? 1 : 0, on: day(a.on) };
          if (typeof a.n === "number" && a.n >= 1) entry.n = Math.min(Math.floor(a.n), 1000); // optional
          q[str(id, 200)] = entry;
        });
      }
      out.quizzes[str(key, 200)] = { g: str(quiz.g, 200), page: str(quiz.page, 500),
                                     total: typeof quiz.total === "number" && quiz.total > 0 ? Math.min(quiz.total, 1000) : 0,
                                     q: q };
    });
    Object.keys(record.ladders).forEach(function (key) {
      var l = record.ladders[key];
      if (isObject(l)) out.ladders[str(key, 200)] = { g: str(l.g, 200), rung: str(l.rung, 200), on: day(l.on) };
    });
    Object.keys(record.notes).forEach(function (guide) {
      var list = record.notes[guide];
      if (!(list instanceof Array)) return;
      out.notes[str(guide, 200)] = list.filter(isObject).map(function (n) {
        var note = { id: str(n.id, 100) || newId(), created: str(n.created, 40), updated: str(n.updated, 40),
                     participatory: n.participatory === "yes" || n.participatory === "no" ? n.participatory : "" };
        FIELDS.forEach(function (field) { note[field] = str(n[field]); });
        return note;
      });
    });
    return out;
  }

  // The earlier of two YYYY-MM-DD days, either of which may be "" (unknown); the later likewise.
  function earlier(a, b) { return !a ? b : !b ? a : (a < b ? a : b); }
  function later(a, b) { return !a ? b : !b ? a : (a > b ? a : b); }

  // `incoming` (a cleaned import) added to `current`: nothing known on either side is lost.
  // A page keeps the day it was first read; a question keeps its first try from whichever side tried it
  // first, and is right in the end if it was right on either; a ladder keeps the later result; reflective
  // accounts are joined by id, the more recently changed copy winning.
  function merge(current, incoming) {
    var out = JSON.parse(JSON.stringify(current));
    Object.keys(incoming.pages).forEach(function (key) {
      var mine = out.pages[key], theirs = incoming.pages[key];
      out.pages[key] = !mine ? theirs : { g: mine.g || theirs.g, read: earlier(mine.read, theirs.read),
                                          min: Math.max(mine.min || 0, theirs.min || 0) };
    });
    Object.keys(incoming.quizzes).forEach(function (key) {
      var mine = out.quizzes[key], theirs = incoming.quizzes[key];
      if (!mine) { out.quizzes[key] = theirs; return; }
      mine.total = Math.max(mine.total || 0, theirs.total || 0);
      mine.g = mine.g || theirs.g;
      mine.page = mine.page || theirs.page;
      mine.q = isObject(mine.q) ? mine.q : {};
      Object.keys(theirs.q).forEach(function (id) {
        var a = mine.q[id], b = theirs.q[id];
        if (!a) { mine.q[id] = b; return; }
        var firstFrom = (b.on && (!a.on || b.on < a.on)) ? b : a;
        var merged = { first: firstFrom.first, final: a.final === 1 || b.final === 1 ? 1 : 0,
                       on: earlier(a.on, b.on) };
        // The same answers imported back must not count twice: the larger count, not the sum.
        if (a.n || b.n) merged.n = Math.max(a.n || 0, b.n || 0);
        mine.q[id] = merged;
      });
    });
    Object.keys(incoming.ladders).forEach(function (key) {
      var mine = out.ladders[key], theirs = incoming.ladders[key];
      if (!mine || (theirs.on && later(mine.on, theirs.on) === theirs.on && theirs.on !== mine.on)) {
        out.ladders[key] = theirs;
      }
    });
    Object.keys(incoming.notes).forEach(function (guide) {
      var list = out.notes[guide] instanceof Array ? out.notes[guide] : [];
      incoming.notes[guide].forEach(function (note) {
        var at = -1;
        list.forEach(function (n, i) { if (n.id === note.id) at = i; });
        if (at < 0) list.push(note);
        else if (later(list[at].updated, note.updated) === note.updated && note.updated !== list[at].updated) list[at] = note;
      });
      out.notes[guide] = list;
    });
    return out;
  }

  function newId() {
    return "n" + Date.now().toString(36) + Math.floor(Math.random() * 1e6).toString(36);
  }

  ic.modules("record", function (root, t) {
    var site;
    try {
      site = JSON.parse(root.querySelector(".ic-record__data").textContent);
    } catch (e) {
      return; // the page is broken, not the reader's record: leave the no-JavaScript text
    }
    var months = (t.months || "").split("|");
    var app = root.querySelector(".ic-record__app");
    var list = root.querySelector(".ic-record__guides");
    var status = root.querySelector(".ic-record__status");
    var notKept = root.querySelector(".ic-record__not-kept");
    var kept = ic.record.kept();

    function date(iso) {
      var m = DATE.exec(iso || "");
      if (!m || months.length !== 12) return iso || "";
      var parts = iso.slice(0, 10).split("-");
      return parseInt(parts[2], 10) + " " + months[parseInt(parts[1], 10) - 1] + " " + parts[0];
    }

    function say(text) {
      ic.announce(status, text);
    }

    function save(fn) {
      var ok = ic.record.update(fn);
      if (!ok) kept = false;
      notKept.hidden = kept;
      return ok;
    }

    function guideOf(key) {
      for (var i = 0; i < site.guides.length; i++) if (site.guides[i].key === key) return site.guides[i];
      return null;
    }

    function heading(id, text) {
      var h = el("h3", "", text);
      h.id = id;
      return h;
    }

    // A table named by the heading above it (a caption would say the heading's words twice).
    function table(headingId, heads, rows) {
      var tbl = el("table", "ic-record__table");
      tbl.setAttribute("aria-labelledby", headingId);
      var tr = el("tr");
      heads.forEach(function (h) { var th = el("th", "", h); th.scope = "col"; tr.appendChild(th); });
      var thead = el("thead");
      thead.appendChild(tr);
      tbl.appendChild(thead);
      var body = el("tbody");
      rows.forEach(function (cells) {
        var row = el("tr");
        cells.forEach(function (cell, i) {
          var td = el(i === 0 ? "th" : "td");
          if (i === 0) td.scope = "row";
          if (typeof cell === "string") td.textContent = cell; else td.appendChild(cell);
          row.appendChild(td);
        });
        body.appendChild(row);
      });
      tbl.appendChild(body);
      var wrap = el("div", "ic-record__table-wrap");
      wrap.appendChild(tbl);
      return wrap;
    }

    // Dates of everything the reader did in a guide.
    function activity(record, key) {
      var dates = [];
      Object.keys(record.pages).forEach(function (k) {
        var p = record.pages[k];
        if (isObject(p) && p.g === key && day(p.read)) dates.push(day(p.read));
      });
      Object.keys(record.quizzes).forEach(function (k) {
        var quiz = record.quizzes[k];
        if (!isObject(quiz) || quiz.g !== key || !isObject(quiz.q)) return;
        Object.keys(quiz.q).forEach(function (id) { if (isObject(quiz.q[id]) && day(quiz.q[id].on)) dates.push(day(quiz.q[id].on)); });
      });
      Object.keys(record.ladders).forEach(function (k) {
        var l = record.ladders[k];
        if (isObject(l) && l.g === key && day(l.on)) dates.push(day(l.on));
      });
      (record.notes[key] instanceof Array ? record.notes[key] : []).forEach(function (n) {
        if (isObject(n)) [n.created, n.updated].forEach(function (d) { if (day(d)) dates.push(day(d)); });
      });
      dates.sort();
      return dates;
    }

    function quizScore(quiz) {
      var first = 0, final = 0, on = "", answered = 0;
      Object.keys(isObject(quiz.q) ? quiz.q : {}).forEach(function (id) {
        var a = quiz.q[id];
        if (!isObject(a)) return;
        answered += 1;
        if (a.first === 1) first += 1;
        if (a.final === 1) final += 1;
        if (day(a.on) > on) on = day(a.on);
      });
      var total = typeof quiz.total === "number" && quiz.total > 0 ? quiz.total : answered;
      return { first: format(t.score, { n: first, total: total }), final: format(t.score, { n: final, total: total }), on: on };
    }

    function field(note, name, label, index, key) {
      var id = "ic-record-" + note.id + "-" + name;
      var p = el("p", "ic-record__field");
      var lab = el("label", "", label);
      lab.htmlFor = id;
      var area = el("textarea");
      area.id = id;
      area.rows = 4;
      area.value = str(note[name]);
      var printed = el("span", "ic-record__printed");
      printed.textContent = area.value;
      area.addEventListener("input", function () {
        printed.textContent = area.value;
        save(function (r) { var n = findNote(r, key, note.id); if (n) { n[name] = area.value; n.updated = ic.record.today(); } });
      });
      p.appendChild(lab);
      p.appendChild(area);
      p.appendChild(printed);
      return p;
    }

    function findNote(record, key, id) {
      var notes = record.notes[key] instanceof Array ? record.notes[key] : [];
      for (var i = 0; i < notes.length; i++) if (isObject(notes[i]) && notes[i].id === id) return notes[i];
      return null;
    }

    function account(note, n, key, title) {
      var set = el("fieldset", "ic-record__account");
      set.appendChild(el("legend", "", format(t.accountLegend, { n: n })));
      if (note.created) {
        set.appendChild(el("p", "ic-record__account-dates",
                           format(t.accountDates, { created: date(note.created), updated: date(note.updated || note.created) })));
      }
      FIELDS.forEach(function (name) {
        set.appendChild(field(note, name, t["field" + name.charAt(0).toUpperCase() + name.slice(1)], n, key));
      });
      var group = el("fieldset", "ic-record__participatory");
      group.appendChild(el("legend", "", t.fieldParticipatory));
      ["yes", "no"].forEach(function (value) {
        var label = el("label", "ic-record__choice");
        var input = el("input");
        input.type = "radio";
        input.name = "ic-record-" + note.id + "-participatory";
        input.value = value;
        input.checked = note.participatory === value;
        input.addEventListener("change", function () {
          save(function (r) { var found = findNote(r, key, note.id); if (found) { found.participatory = value; found.updated = ic.record.today(); } });
        });
        label.appendChild(input);
        label.appendChild(document.createTextNode(" " + (value === "yes" ? t.yes : t.no)));
        group.appendChild(label);
      });
      set.appendChild(group);
      var remove = el("button", "md-button ic-record__delete", format(t.deleteAccount, { n: n }));
      remove.type = "button";
      remove.addEventListener("click", function () {
        if (!window.confirm(format(t.deleteAccountConfirm, { n: n }))) return;
        save(function (r) {
          if (r.notes[key] instanceof Array) r.notes[key] = r.notes[key].filter(function (x) { return !isObject(x) || x.id !== note.id; });
          if (r.notes[key] && !r.notes[key].length) delete r.notes[key];
        });
        show(key + ":accounts");
        say(format(t.accountDeleted, { n: n }));
      });
      set.appendChild(remove);
      return set;
    }

    function guideSection(record, guide, key, index) {
      var title = guide ? guide.title : format(t.otherGuide, { guide: key });
      var section = el("section", "ic-record__guide");
      var headingId = "ic-record-guide-" + index;
      section.setAttribute("aria-labelledby", headingId);
      var h2 = el("h2", "", title);
      h2.id = headingId;
      section.appendChild(h2);
      var dates = activity(record, key);
      // A guide with nothing in it stays on screen (to add an account) but is left off the paper.
      if (!dates.length) section.className += " ic-record__guide--empty";
      if (!dates.length) section.appendChild(el("p", "", t.guideEmpty));
      else section.appendChild(el("p", "", format(t.activity, { first: date(dates[0]), last: date(dates[dates.length - 1]) })));

      // Pages: the site's pages of the guide, then any recorded page the site no longer has.
      var pages = guide ? guide.pages.slice() : [];
      Object.keys(record.pages).forEach(function (k) {
        var p = record.pages[k];
        if (isObject(p) && p.g === key && !pages.some(function (x) { return x.key === k; })) pages.push({ key: k, title: k, url: "", minutes: 0 });
      });
      var read = 0, minutes = 0;
      var rows = pages.map(function (p) {
        var saved = isObject(record.pages[p.key]) ? record.pages[p.key] : null;
        var on = saved ? day(saved.read) : "";
        var min = saved && typeof saved.min === "number" && saved.min > 0 ? saved.min : p.minutes;
        if (on) { read += 1; minutes += min; }
        var name = p.url ? el("a", "", p.title) : el("span", "", p.title);
        if (p.url) name.href = p.url;
        return [name, on ? date(on) : t.notRead, format(ic.count(t, "minutes", min), { n: min })];
      });
      if (pages.length) {
        section.appendChild(heading(headingId + "-pages", t.pagesHeading));
        section.appendChild(el("p", "", format(t.pagesSummary, { read: read, total: pages.length })));
        section.appendChild(el("p", "ic-record__cpd", format(ic.count(t, "cpd", minutes), { minutes: minutes, hours: hours(minutes) })));
        section.appendChild(table(headingId + "-pages", [t.pageCol, t.readCol, t.minutesCol], rows));
      }

      var quizzes = guide ? guide.quizzes.slice() : [];
      Object.keys(record.quizzes).forEach(function (k) {
        var q = record.quizzes[k];
        if (isObject(q) && q.g === key && !quizzes.some(function (x) { return x.id === k; })) quizzes.push({ id: k, title: k });
      });
      if (quizzes.length) {
        section.appendChild(heading(headingId + "-quizzes", t.quizzesHeading));
        section.appendChild(table(headingId + "-quizzes", [t.quizCol, t.firstCol, t.finalCol, t.dateCol], quizzes.map(function (q) {
          var saved = isObject(record.quizzes[q.id]) ? record.quizzes[q.id] : null;
          if (!saved || !isObject(saved.q) || !Object.keys(saved.q).length) return [q.title, t.notTaken, t.notTaken, ""];
          var score = quizScore(saved);
          return [q.title, score.first, score.final, date(score.on)];
        })));
      }

      var ladders = guide ? guide.ladders.slice() : [];
      Object.keys(record.ladders).forEach(function (k) {
        var l = record.ladders[k];
        if (isObject(l) && l.g === key && !ladders.some(function (x) { return x.id === k; })) ladders.push({ id: k, title: k, rungs: [] });
      });
      if (ladders.length) {
        section.appendChild(el("h3", "", t.ladderHeading));
        var ul = el("ul", "ic-record__ladders");
        ladders.forEach(function (l) {
          var saved = isObject(record.ladders[l.id]) ? record.ladders[l.id] : null;
          var text;
          if (saved && saved.rung) {
            var label = saved.rung;
            l.rungs.forEach(function (r) { if (r[0] === saved.rung) label = r[1]; });
            text = format(t.ladderResult, { ladder: l.title, rung: label }) + (day(saved.on) ? " (" + date(saved.on) + ")" : "");
          } else {
            text = l.title + ": " + t.notTaken;
          }
          ul.appendChild(el("li", "", text));
        });
        section.appendChild(ul);
      }

      var accountsHeadingId = headingId + "-accounts";
      var h3 = el("h3", "", t.accountsHeading);
      h3.id = accountsHeadingId;
      section.appendChild(h3);
      section.appendChild(el("p", "ic-record__accounts-intro", t.accountsIntro));
      var notes = record.notes[key] instanceof Array ? record.notes[key].filter(isObject) : [];
      if (!notes.length) h3.className = "ic-record__no-accounts";
      notes.forEach(function (note, i) { section.appendChild(account(note, i + 1, key, title)); });
      var actions = el("div", "ic-record__guide-actions");
      var add = el("button", "md-button", t.addAccount);
      add.type = "button";
      add.setAttribute("data-action", "add-account");
      add.addEventListener("click", function () {
        var n = notes.length + 1;
        save(function (r) {
          if (!(r.notes[key] instanceof Array)) r.notes[key] = [];
          var now = ic.record.today();
          r.notes[key].push({ id: newId(), created: now, updated: now, activity: "", learned: "", changed: "", code: "", participatory: "" });
        });
        show(key + ":new");
        say(format(t.accountAdded, { n: n }));
      });
      actions.appendChild(add);
      var clear = el("button", "md-button", format(t.clearGuide, { guide: title }));
      clear.type = "button";
      clear.setAttribute("data-action", "clear-guide");
      clear.addEventListener("click", function () {
        if (!window.confirm(format(t.clearGuideConfirm, { guide: title }))) return;
        save(function (r) {
          ["pages", "quizzes", "ladders"].forEach(function (part) {
            Object.keys(r[part]).forEach(function (k) { if (isObject(r[part][k]) && r[part][k].g === key) delete r[part][k]; });
          });
          delete r.notes[key];
        });
        show(key + ":heading");
        say(format(t.clearedGuide, { guide: title }));
      });
      actions.appendChild(clear);
      section.appendChild(actions);
      return section;
    }

    // Draws the whole record; `focus` ("<guide>:new", ":accounts", ":heading") keeps the keyboard in place.
    function show(focus) {
      var record = ic.record.load();
      root.querySelector(".ic-record__dated").textContent = format(t.asOf, { date: date(ic.record.today()) });
      notKept.hidden = kept;
      list.textContent = "";
      var keys = site.guides.map(function (g) { return g.key; });
      ["pages", "quizzes", "ladders"].forEach(function (part) {
        Object.keys(record[part]).forEach(function (k) {
          var g = isObject(record[part][k]) ? str(record[part][k].g, 200) : "";
          if (g && keys.indexOf(g) < 0) keys.push(g);
        });
      });
      Object.keys(record.notes).forEach(function (g) { if (keys.indexOf(g) < 0) keys.push(g); });
      var target = null;
      keys.forEach(function (key, i) {
        var section = guideSection(record, guideOf(key), key, i);
        list.appendChild(section);
        if (!focus || focus.indexOf(key + ":") !== 0) return;
        var kind = focus.slice(key.length + 1);
        if (kind === "new") {
          var areas = section.querySelectorAll("textarea");
          target = areas.length ? areas[areas.length - FIELDS.length] : null;
        } else if (kind === "accounts") {
          target = section.querySelector("h3[id$='-accounts']");
        } else {
          target = section.querySelector("h2");
        }
      });
      if (target) {
        if (!target.matches("textarea")) target.tabIndex = -1;
        target.focus();
      }
    }

    function download(name, text) {
      var blob = new Blob([text], { type: "application/json" });
      var url = URL.createObjectURL(blob);
      var a = el("a");
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      document.body.removeChild(a);
      window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    }

    function importText(name, text) {
      var data;
      try {
        data = JSON.parse(text);
      } catch (e) {
        return say(format(t.importMalformed, { file: name }));
      }
      if (!isObject(data) || data.format !== FORMAT || typeof data.v !== "number" || !isObject(data.record)) {
        return say(format(t.importForeign, { file: name }));
      }
      if (data.v > FILE_VERSION || (typeof data.record.v === "number" && data.record.v > ic.record.VERSION)) {
        return say(format(t.importNewer, { file: name }));
      }
      var record = ic.record.migrate(data.record);
      if (!record) return say(format(t.importForeign, { file: name }));
      var merged = merge(ic.record.load(), clean(record));
      if (!ic.record.save(merged)) kept = false;
      show();
      say(format(t.imported, { file: name }));
    }

    root.querySelector('[data-action="print"]').addEventListener("click", function () { window.print(); });
    root.querySelector('[data-action="export"]').addEventListener("click", function () {
      var name = "learning-record-" + ic.record.today() + ".json";
      var file = { format: FORMAT, v: FILE_VERSION, exported: ic.record.today(), record: ic.record.load() };
      download(name, JSON.stringify(file, null, 2));
      say(format(t.exported, { file: name }));
    });
    root.querySelector('[data-action="clear-all"]').addEventListener("click", function () {
      if (!window.confirm(t.clearAllConfirm)) return;
      if (!ic.record.save(ic.record.empty())) kept = false;
      show();
      say(t.clearedAll);
    });
    var input = root.querySelector("#ic-record-import");
    root.querySelector('[data-action="import"]').addEventListener("click", function () { input.click(); });
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file) return;
      var reader = new FileReader();
      reader.onload = function () { importText(file.name, String(reader.result)); input.value = ""; };
      reader.onerror = function () { say(format(t.importUnreadable, { file: file.name })); input.value = ""; };
      reader.readAsText(file);
    });

    root.querySelector(".ic-record__nojs").hidden = true;
    app.hidden = false;
    show();
  });
})();
