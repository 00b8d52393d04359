/*
 * Trainer page: a "Copy link" button for every guide, page, section and quiz (hooks/trainer.py).
 * Without this script the links are all there and work as links; the buttons only save a step. Each
 * copies the item's published address (data-url, written at build time from site_url), even from the
 * offline copy, because that is the address trainers put in course material. Strings come from data-*
 * attributes in the page's language.
 */
(function () {
  "use strict";
  var root = document.querySelector('[data-module="ic-trainer"]');
  if (!root) {
    return;
  }
  var status = root.querySelector(".ic-trainer__status");

  function announce(text) {
    // Emptied first so that copying the same link twice is announced twice.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

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

  root.querySelectorAll("a.ic-trainer__link[data-url]").forEach(function (link) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "ic-trainer__copy";
    button.textContent = root.dataset.copy;
    // The visible word is the same on every button; the name says which link it copies.
    var name = document.createElement("span");
    name.className = "ic-visually-hidden";
    name.textContent = ": " + link.dataset.title;
    button.appendChild(name);
    button.addEventListener("click", function () {
      copy(link.dataset.url).then(function () {
        button.classList.add("ic-trainer__copy--done");
        announce(root.dataset.copied.replace("{title}", link.dataset.title));
      }, function () {
        announce(root.dataset.copyFailed);
        link.focus();
      });
    });
    link.insertAdjacentElement("afterend", button);
  });
})();
