/*
 * Trainer page: a "Copy link" button for every guide, page, section and quiz (hooks/trainer.py).
 * Without this script the links are all there and work as links; the buttons only save a step. Each
 * copies the item's published address (data-url, written at build time from site_url), even from the
 * offline copy, because that is the address trainers put in course material. Strings come from
 * data-i18n-* attributes in the page's language (ic.js).
 */
(function () {
  "use strict";

  function copyWithSelection(text) {
    // For browsers or pages (file://, plain http) without the asynchronous clipboard.
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.className = "ic-visually-hidden";
    document.body.appendChild(field);
    field.select();
    var done = false;
    try {
      done = document.execCommand("copy");
    } catch (error) {
      done = false;
    }
    document.body.removeChild(field);
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithSelection(text); });
    }
    return copyWithSelection(text);
  }

  function init(root, text) {
    var status = root.querySelector(".ic-trainer__status");
    var shown = null; // the visible confirmation: one at a time, beside the button last pressed

    function confirm(button, message, failed) {
      if (shown) {
        shown.button.classList.remove("ic-trainer__copy--done");
        shown.note.remove();
      }
      // Seen beside the button; heard through the page's one live region (ic.announce), so that copying
      // the same link twice is announced twice. The visible copy is aria-hidden: it would be read twice.
      var note = ic.el("span", "ic-trainer__copied" + (failed ? " ic-trainer__copied--failed" : ""), message);
      note.setAttribute("aria-hidden", "true");
      button.insertAdjacentElement("afterend", note);
      if (!failed) button.classList.add("ic-trainer__copy--done");
      shown = { button: button, note: note };
      ic.announce(status, message);
    }

    root.querySelectorAll("a[data-url]").forEach(function (link) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "ic-trainer__copy";
      button.textContent = text.copy;
      // The visible words are the same on every button; the name says which link it copies: the page,
      // then the section or quiz, in the link's own language.
      var name = document.createElement("span");
      name.className = "ic-visually-hidden";
      name.textContent = ": " + link.dataset.title;
      if (link.lang) name.lang = link.lang;
      button.appendChild(name);
      button.addEventListener("click", function () {
        copy(link.dataset.url).then(function () {
          confirm(button, ic.format(text.copied, { title: link.dataset.title }), false);
        }, function () {
          confirm(button, text.copyFailed, true);
          link.focus();
        });
      });
      link.insertAdjacentElement("afterend", button);
    });
  }

  // The session plan prints alone (one A4 sheet) from its button; the browser's own Print prints the page.
  function printPlan() {
    var root = document.documentElement;
    root.classList.add("ic-print-plan");
    window.addEventListener("afterprint", function done() {
      root.classList.remove("ic-print-plan");
      window.removeEventListener("afterprint", done);
    });
    window.print();
  }

  document.querySelectorAll(".ic-trainer-plan__actions").forEach(function (actions) {
    actions.hidden = false;
    actions.querySelector("button").addEventListener("click", printPlan);
  });

  ic.modules("trainer", init);
})();
