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
    offerOtherLanguages(list);
  }

  /*
   * A query that finds nothing in the page's language but matches pages in another offers, in one line,
   * to search there ("Dim canlyniadau yn Gymraeg. Chwilio yn Saesneg?"): a link to that language's home
   * page with ?q=, where search.js starts the search at once. The other language's index (same site,
   * nothing leaves it) is fetched only then, and searched simply: a typed word that begins a word of a
   * page. The line is a polite live region, so a screen reader hears it; it is text, never markup.
   */
  function offerOtherLanguages(results) {
    var input = document.querySelector("input.md-search__input");
    var here = languages.filter(function (language) { return language.code === pageLang; })[0];
    var others = languages.filter(function (language) { return language.code !== pageLang; });
    if (!input || !here || !others.length || typeof fetch !== "function") {
      return;
    }
    var site = new URL(data.root, document.baseURI);
    var line = document.createElement("p");
    line.className = "ic-search-other";
    line.setAttribute("role", "status");
    results.parentNode.insertBefore(line, results);
    var texts = {};  // language code → a promise of its pages' words, one string per entry
    var asked = 0;

    function wordsOf(language) {
      if (!texts[language.code]) {
        texts[language.code] = fetch(new URL(language.prefix + "search/search_index.json", site).href)
          .then(function (response) { return response.ok ? response.json() : { docs: [] }; })
          .then(function (index) {
            return (index.docs || []).map(function (doc) {
              return " " + String(doc.title + " " + doc.text).replace(/<[^>]*>/g, " ").toLowerCase()
                .replace(/[^\p{L}\p{N}']+/gu, " ");
            });
          })
          .catch(function () { return []; });
      }
      return texts[language.code];
    }

    function matches(pages, words) {
      return pages.some(function (page) {
        return words.some(function (word) { return page.indexOf(" " + word) >= 0; });
      });
    }

    function clear() {
      asked += 1;
      if (line.textContent) {
        line.textContent = "";
      }
    }

    // Only once Material has answered "no matching documents" (its own words, from its page config): an
    // empty list before that means "not searched yet", and asking for another index then would take the
    // reader's bandwidth from the one they are waiting for.
    var meta = document.querySelector(".md-search-result__meta");
    var none = null;
    try {
      none = JSON.parse(document.getElementById("__config").textContent).translations["search.result.none"];
    } catch (error) {
      none = null;
    }
    function materialFoundNothing() {
      return !!(meta && none && meta.textContent.trim() === none);
    }

    function check() {
      var query = input.value.trim();
      if (!query || results.querySelector(".md-search-result__item") || !materialFoundNothing()) {
        clear();
        return;
      }
      var words = query.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(function (w) { return w.length > 1; });
      if (!words.length) {
        clear();
        return;
      }
      var mine = ++asked;
      var current = function () {
        return mine === asked && input.value.trim() === query && materialFoundNothing();
      };
      (function next(i) {
        if (i >= others.length) {
          return;
        }
        wordsOf(others[i]).then(function (pages) {
          if (!current()) {
            return;
          }
          if (!matches(pages, words)) {
            next(i + 1);
            return;
          }
          var link = document.createElement("a");
          link.href = new URL(others[i].prefix + "?q=" + encodeURIComponent(query), site).href;
          link.hreflang = others[i].code;
          link.textContent = others[i].search;
          ic.announce(line, [document.createTextNode(here.none + " "), link], current);
        });
      })(0);
    }

    var timer = null;
    // Material writes the results (and "no results") after each key press, in its own time: look again
    // once they have settled.
    new MutationObserver(function (changes) {
      if (changes.every(function (change) { return line.contains(change.target); })) {
        return;  // our own line
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(check, 250);
    }).observe(results.parentNode, { childList: true, subtree: true, characterData: true });
    input.addEventListener("input", function () {
      clear();
      window.clearTimeout(timer);
      timer = window.setTimeout(check, 400);
    });
  }
})();
