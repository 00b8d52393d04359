/*
 * Site-wide accessibility repairs to Material's interface (issue 5), on every page (toolkit.assets).
 * Strings come from data-i18n-* on this script's tag (ic.js), in the page's language. (Search results
 * marked with their language: search/results-lang.js.)
 *
 * 1. The colour-scheme switch: keyboard focus lands on the icon that is shown (see below).
 *
 * 2. The menu and search buttons on narrow screens and at high zoom (WCAG 2.1.1, keyboard). Material's
 *    buttons are <label>s for hidden checkboxes: they cannot be reached with the Tab key, have no name,
 *    and do not say whether they are open. Each is replaced by a real, named <button> with aria-expanded,
 *    operated with Enter or Space; Escape closes it and returns the focus. Moving the focus out of the open menu closes
 *    it, so that it never covers the focused element.
 *
 * 3. The sections of that menu: their open and back controls become buttons too (see below).
 */
(function () {
  "use strict";

  var data = ic.strings(document.currentScript);

  // ---- 1. colour-scheme switch ----------------------------------------------------------------------
  // Material shows the icon of the palette in use (the reader's saved choice, else the first whose media
  // query matches: "(prefers-color-scheme)", the device's setting) without checking its radio button, so
  // Tab would land on the first radio, whose icon may be hidden. Checking that palette's radio (no change
  // event: nothing else happens) puts focus on the icon on screen.
  var options = document.querySelectorAll('[data-md-component="palette"] .md-option');
  var anyChecked = Array.prototype.some.call(options, function (option) { return option.checked; });
  if (!anyChecked && options.length) {
    var saved = null;
    try {
      saved = typeof window.__md_get === "function" ? window.__md_get("__palette") : null;
    } catch (e) { /* storage blocked: Material uses its default too */ }
    var index = saved && typeof saved.index === "number" ? Math.max(0, Math.min(saved.index, options.length - 1)) : -1;
    for (var i = 0; index < 0 && i < options.length; i++) {
      if (window.matchMedia(options[i].getAttribute("data-md-color-media") || "").matches) {
        index = i;
      }
    }
    options[Math.max(index, 0)].checked = true;
  }

  // ---- 2. header buttons on narrow screens -------------------------------------------------------
  // Material's menu and search buttons are <label>s for hidden checkboxes: not in the Tab order, without a
  // name, silent about their state (and a label may not take role="button"). Each gets a real <button>
  // in its place, named, with aria-expanded; the label stays in the page, hidden, because it is what
  // Material listens to (a click on it toggles the checkbox, locks the page's scrolling and, for search,
  // focuses the field). Without JavaScript the labels work as Material made them.
  function headerButton(toggleId, name, panel, closeOnFocusOut, onOpen) {
    var toggle = document.getElementById(toggleId);
    var label = document.querySelector('.md-header label.md-header__button[for="' + toggleId + '"]');
    if (!toggle || !label || !panel) {
      return null;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className;
    button.setAttribute("data-ic-for", toggleId);
    button.setAttribute("aria-label", name);
    Array.prototype.forEach.call(label.childNodes, function (node) { button.appendChild(node.cloneNode(true)); });
    label.parentNode.insertBefore(button, label);
    label.setAttribute("data-ic-replaced", "");

    function sync() {
      button.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
    }

    function setOpen(open) {
      if (toggle.checked !== open) {
        label.click();
      }
      sync();
      if (open && onOpen) {
        onOpen();
      }
    }

    // Enter and Space click a button by themselves.
    button.addEventListener("click", function () { setOpen(!toggle.checked); });
    toggle.addEventListener("change", sync);
    // Capture phase: before Material's own Escape handling closes the search and drops the focus.
    window.addEventListener("keydown", function (event) {
      // The button is only shown on narrow screens; elsewhere Material's own keys apply.
      if (event.key === "Escape" && toggle.checked && button.offsetParent !== null) {
        setOpen(false);
        button.focus();
      }
    }, true);
    if (closeOnFocusOut) {
      panel.addEventListener("focusout", function (event) {
        var next = event.relatedTarget;
        if (toggle.checked && next && next !== button && !panel.contains(next)) {
          setOpen(false);
        }
      });
    }
    sync();
    return button;
  }

  // ---- 3. the menu's sections on narrow screens ------------------------------------------------------
  // In the slide-out menu, Material opens a section (and the current page's contents) as a panel over the
  // menu, with <label>s as the controls: the "open" arrow, the page's own entry and the panel's title
  // that goes back. None can be reached with the Tab key. Each becomes a button; opening a panel moves the
  // focus to its title, going back moves it to the control that opened it (a11y.css hides what a panel
  // covers, so focus never lands under it).
  var menuButton = null; // the header's menu button (part 2, below)

  function drawerMode() {
    return !!menuButton && menuButton.offsetParent !== null;
  }

  function label(el) {
    return (el.textContent || "").replace(/\s+/g, " ").trim();
  }

  function makeButton(el, name, toggle, expands) {
    el.setAttribute("role", "button");
    el.setAttribute("tabindex", "0");
    if (name) {
      el.setAttribute("aria-label", name);
    }
    if (expands) {
      var sync = function () {
        el.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
      };
      toggle.addEventListener("change", sync);
      sync();
    }
    el.addEventListener("keydown", function (event) {
      if (event.key !== " " && event.key !== "Enter") {
        return;
      }
      event.preventDefault();
      var before = toggle.checked;
      // Material clicks a focused label itself on Enter; click only if it has not.
      setTimeout(function () {
        if (toggle.checked === before) {
          el.click();
        }
      }, 0);
    });
  }

  document.querySelectorAll(".md-sidebar--primary .md-nav__toggle").forEach(function (toggle) {
    var item = toggle.closest(".md-nav__item");
    var panel = item && item.querySelector(":scope > .md-nav");
    var opener = item && item.querySelector(':scope > label.md-nav__link[for="' + toggle.id + '"], ' +
      ':scope > .md-nav__container > label.md-nav__link[for="' + toggle.id + '"]');
    var title = panel && panel.querySelector(':scope > label.md-nav__title[for="' + toggle.id + '"]');
    if (!panel || !opener) {
      return;
    }
    var link = item.querySelector(":scope > .md-nav__container > a");
    // The arrow has no text: it is named after its section. The page's own entry keeps its text.
    makeButton(opener, link ? label(link) : null, toggle, true);
    if (title) {
      makeButton(title, label(title) + ", " + (data.navBack || "back"), toggle, false);
    }
    toggle.addEventListener("change", function () {
      if (!drawerMode()) {
        return;
      }
      var focused = document.activeElement;
      if (toggle.checked && focused === opener && title) {
        title.focus();
      } else if (!toggle.checked && (focused === title || panel.contains(focused))) {
        opener.focus();
      }
    });
  });

  var searchInput = document.querySelector(".md-search__input");
  var drawerPanel = document.querySelector(".md-sidebar--primary");
  // The open menu covers the page like a dialog: focus moves into it, to its first visible control.
  menuButton = headerButton("__drawer", data.menuLabel || "Menu", drawerPanel, true, function () {
    var controls = drawerPanel.querySelectorAll("a[href], [tabindex='0']");
    for (var i = 0; i < controls.length; i++) {
      if (controls[i].checkVisibility ? controls[i].checkVisibility({ checkVisibilityCSS: true })
        : controls[i].offsetParent !== null) {
        controls[i].focus();
        return;
      }
    }
  });
  // The search field's own label is already in the page's language (Material's translations).
  headerButton("__search", (searchInput && searchInput.getAttribute("aria-label")) || "Search",
    document.querySelector(".md-search"), false, function () {
      if (searchInput) {
        searchInput.focus();
      }
    });
})();
