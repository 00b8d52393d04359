/*
 * Search results in the language they are written in (WCAG 3.1.2, language of parts; issue 5). Material
 * writes results without `lang`; wherever an index holds both languages (Material's default: one index
 * for the whole site), a screen reader would read an English title with Welsh pronunciation. Each result
 * gets the language of the page it links to (by its language's folder, e.g. /cy/) and, when that is not the page's
 * language, a visible label naming it (search.css). With one index per language this changes nothing.
 * Settings and strings come from data-i18n-* on this script's tag (ic.js), in the page's language:
 * `languages` lists each of the site's languages (code, folder, name in the page's language), so the
 * script knows no language of its own.
 */
(function () {
  "use strict";

  var data = ic.strings(document.currentScript);
  var languages = JSON.parse(data.languages || "[]");
  var pageLang = document.documentElement.lang;
  var list = document.querySelector(".md-search-result__list");
  var names = {};
  var fallback = null;  // the default language: its pages are at the root
  languages.forEach(function (language) {
    names[language.code] = language.name;
    if (!language.prefix) {
      fallback = language.code;
    }
  });
  // The site's root, from the page-relative path written at build time, so a sub-path host works.
  var root = new URL(data.root, document.baseURI).pathname;

  function languageOf(href) {
    var path = new URL(href, document.baseURI).pathname;
    var rest = path.indexOf(root) === 0 ? path.slice(root.length) : path.replace(/^\//, "");
    for (var i = 0; i < languages.length; i++) {
      var prefix = languages[i].prefix;
      if (prefix && (rest.indexOf(prefix) === 0 || rest === prefix.slice(0, -1))) {
        return languages[i].code;
      }
    }
    return fallback;
  }

  function markResult(item) {
    var link = item.querySelector("a[href]");
    if (!link || item.hasAttribute("data-ic-lang")) {
      return;
    }
    var lang = languageOf(link.getAttribute("href"));
    item.setAttribute("data-ic-lang", lang);
    item.setAttribute("lang", lang);
    item.querySelectorAll("a[href]").forEach(function (a) {
      a.setAttribute("hreflang", lang);
    });
    var title = item.querySelector("h1, h2");
    if (lang !== pageLang && names[lang] && title) {
      var label = document.createElement("span");
      label.className = "ic-search-lang";
      label.lang = pageLang;
      label.textContent = names[lang];
      title.appendChild(document.createTextNode(" "));
      title.appendChild(label);
    }
  }

  if (list) {
    var markAll = function () {
      list.querySelectorAll(".md-search-result__item").forEach(markResult);
    };
    // Material replaces the results on every keystroke; marking is idempotent (data-ic-lang).
    new MutationObserver(markAll).observe(list, { childList: true, subtree: true });
    markAll();
  }
})();
