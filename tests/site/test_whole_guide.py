"""Print (issue 6), read from the built site: every page links the print stylesheet for print only, and each
guide has one whole-guide page per language, outside the navigation and the learning path."""

from __future__ import annotations

from collections import Counter

import pytest

from .conftest import article, soup

WHOLE = {"en": "co-production/print.html", "cy": "cy/co-production/print.html"}


def test_every_page_links_the_print_stylesheet_for_print_only(site_dir):
    for path in site_dir.rglob("index.html"):
        if path.relative_to(site_dir).parts[0] in ("assets", "search"):
            continue
        links = soup(path).select('link[rel=stylesheet][href*="assets/whole_guide/print.css"]')
        assert len(links) == 1 and links[0]["media"] == "print", path
        assert (path.parent / links[0]["href"].split("?v=")[0]).resolve().is_file(), path


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_whole_guide_page_has_every_page_in_order(site_dir, lang):
    page = soup(site_dir / WHOLE[lang])
    assert page.html["lang"] == lang
    sections = page.select("article section.ic-whole-guide__page")
    # The learning path, from the built pages' own "next" links.
    expected, current = [], site_dir / WHOLE[lang].replace("print.html", "index.html")
    while current.parent.is_relative_to(site_dir / WHOLE[lang].rsplit("/", 1)[0]):
        expected.append(article(soup(current)).h1.get_text(" ", strip=True).rstrip(" ¶"))
        nxt = soup(current).select_one('link[rel="next"]')
        if nxt is None:
            break
        current = (current.parent / nxt["href"]).resolve() / "index.html"
    assert [s.h2.get_text(" ", strip=True).rstrip(" ¶") for s in sections] == expected
    assert len(page.select("article h1")) == 1
    # Every quiz and the ladder are there, with the quiz answers (the "Show answer" disclosures).
    assert page.select(".ic-quiz") and page.select(".ic-ladder")
    assert len(page.select("details.ic-quiz__answer")) == len(page.select(".ic-quiz__question"))
    ids = Counter(tag["id"] for tag in page.find_all(id=True))
    assert not [i for i, n in ids.items() if n > 1], "ids are unique on the page"
    for link in page.select('a[href^="#"]'):
        assert page.find(id=link["href"][1:]) is not None or link["href"] == "#", link["href"]
    for asset in ("quiz/quiz.css", "quiz/quiz.js", "ladder/ladder.css", "ladder/ladder.js"):
        assert page.select_one(f'head [href*="{asset}"], head [src*="{asset}"]') is not None, asset


@pytest.mark.parametrize("lang, other", [("en", "cy"), ("cy", "en")])
def test_the_whole_guide_page_is_outside_the_learning_path_and_search(site_dir, lang, other):
    page = soup(site_dir / WHOLE[lang])
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"
    assert page.select_one("a.md-footer__link--next") is None and page.select_one('link[rel="next"]') is None
    assert page.select_one("a.ic-lang-switch__link")["href"].endswith("co-production/print.html")
    for path in site_dir.rglob("index.html"):
        assert "print.html" not in str(soup(path).select_one("nav.md-nav--primary")), path
        for link in soup(path).select("a.md-footer__link"):
            assert not link["href"].endswith("print.html"), path
    assert "print.html" not in (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    for index in ("search/search_index.json", "cy/search/search_index.json"):
        assert "print.html" not in (site_dir / index).read_text(encoding="utf-8")
    # Linked from the guide's first page.
    first = soup(site_dir / WHOLE[lang].replace("print.html", "index.html"))
    assert article(first).select_one('a[href="print.html"]') is not None
