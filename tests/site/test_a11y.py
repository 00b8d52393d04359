"""Accessibility statement, footer link, review dates and the site-wide script, read from the built site.
(The build failing on review-date mistakes: tests/build/test_review_dates.py.)"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

from tests.conftest import ROOT

from .conftest import article, soup

STATEMENT_SECTIONS = ["how-accessible", "feedback", "reporting-problems", "enforcement", "technical-information",
                      "compliance-status", "non-accessible-content", "non-compliance", "disproportionate-burden",
                      "out-of-scope", "improving", "preparation", "how-we-tested"]
EMAIL = "mailto:improvementcymruacademy@wales.nhs.uk"


def _all_pages(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.rglob("*.html") if p.relative_to(site_dir).parts[0] not in ("assets", "search"))


def _resolve(site_dir: Path, page: Path, href: str) -> Path:
    base = "/" + page.relative_to(site_dir).as_posix()
    target = urljoin(base, href).split("#")[0]
    path = site_dir / target.lstrip("/")
    return path / "index.html" if target.endswith("/") else path


@pytest.mark.parametrize(("lang", "title", "email_section"), [
    ("en", "Accessibility statement for the Improvement Cymru Academy Toolkit Guide", "feedback"),
    ("cy", "Datganiad hygyrchedd ar gyfer Canllaw Pecyn Cymorth Academi Gwelliant Cymru", "feedback"),
])
def test_statement_in_both_languages_in_the_public_sector_form(site_dir, lang, title, email_section):
    html = soup(site_dir / ("" if lang == "en" else "cy") / "accessibility" / "index.html")
    assert html.html["lang"] == lang
    body = article(html)
    assert body.h1.get_text(" ", strip=True).startswith(title) and body.h1["id"] == "accessibility-statement"
    ids = [h["id"] for h in body.select("h2[id], h3[id]")]
    assert ids == STATEMENT_SECTIONS
    text = body.get_text(" ")
    assert "2.2" in text and "AA" in text and "2018" in text
    assert any(a["href"] == EMAIL for a in body.select("a[href]"))
    assert body.select_one('a[href="https://www.equalityadvisoryservice.com/"]') is not None
    # The statement says when it was prepared, in the page's language, and carries review dates.
    assert ("25 November 2026" if lang == "en" else "25 Tachwedd 2026") in text
    assert body.select_one(".ic-review time[datetime='2027-11-25']") is not None


def test_every_page_links_to_the_statement_in_its_own_language(site_dir):
    pages = _all_pages(site_dir)
    assert len(pages) >= 20
    for page in pages:
        html = soup(page)
        welsh = html.html["lang"] == "cy"
        links = html.select("footer .ic-footer-links a[href]")
        # The statement first, then the learning record (tests/site/test_record.py checks that one) and the
        # trainer page (tests/site/test_trainer.py).
        assert len(links) == 3, page
        link = links[0]
        assert link.get_text(strip=True) == ("Datganiad hygyrchedd" if welsh else "Accessibility statement"), page
        target = _resolve(site_dir, page, link["href"])
        expected = site_dir / ("cy/accessibility/index.html" if welsh else "accessibility/index.html")
        assert target == expected, (page, link["href"])
        nav = html.select_one("footer nav.ic-footer-nav")
        assert nav["aria-label"] == ("Gwybodaeth am y wefan" if welsh else "Site information")


def test_statement_is_not_in_the_menu_or_the_learning_path(site_dir, pages):
    for page in pages:
        for root in (site_dir, site_dir / "cy"):
            html = soup(root / page)
            assert not [a for a in html.select(".md-sidebar--primary a[href]") if "accessibility" in a["href"]]
            assert not [a for a in html.select("nav.md-footer__inner a") if "accessibility" in a["href"]]


def _front_matter_dates(source: Path) -> tuple[str, str]:
    text = source.read_text(encoding="utf-8")
    return (re.search(r"^last_reviewed: (\S+)$", text, re.M).group(1),
            re.search(r"^next_review: (\S+)$", text, re.M).group(1))


def test_every_guide_page_shows_its_review_dates_in_its_language(site_dir, pages):
    checked = 0
    for page in pages:
        # co-production/tips/index.html comes from docs/co-production/tips.md, a guide's own index.html
        # from its index.md; pages at the top of docs/ are site pages, not guide pages
        source = ROOT / "docs" / (page.parent.as_posix() + ".md")
        if not source.exists():
            source = ROOT / "docs" / page.parent / "index.md"
        if not source.exists() or "/" not in source.relative_to(ROOT / "docs").as_posix():
            continue
        checked += 1
        last, following = _front_matter_dates(source)
        for lang, root in (("en", site_dir), ("cy", site_dir / "cy")):
            review = article(soup(root / page)).select_one(".ic-review")
            assert review is not None, (lang, page)
            lines = [p.get_text(" ", strip=True) for p in review.select("p")]
            times = [t["datetime"] for t in review.select("time")]
            assert times == [last, following], (lang, page)
            if lang == "en":
                assert lines[0].startswith("Page last reviewed: ") and lines[1].startswith("Next review due: ")
                assert re.fullmatch(r"Page last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}", lines[0]), lines
            else:
                assert lines[0].startswith("Dyddiad yr adolygiad diwethaf: "), lines
                assert lines[1].startswith("Dyddiad yr adolygiad nesaf: "), lines
                assert not re.search(r"January|February|March|April|May |June|July|August|September|October|"
                                     r"November|December", " ".join(lines)), lines
    assert checked >= 8


def test_home_page_has_no_review_dates(site_dir):
    assert article(soup(site_dir / "index.html")).select_one(".ic-review") is None


def test_every_page_loads_the_site_scripts_with_strings_in_its_language(site_dir):
    for page in _all_pages(site_dir):
        html = soup(page)
        welsh = html.html["lang"] == "cy"
        found = {}
        for name in ("a11y/a11y.js", "search/search.js"):
            scripts = [s for s in html.select("script[src]") if f"assets/{name}?v=" in s["src"]]
            assert len(scripts) == 1, (page, name)
            assert _resolve(site_dir, page, scripts[0]["src"].split("?")[0]).is_file(), page
            found[name] = scripts[0]
        assert found["a11y/a11y.js"].has_attr("defer"), page
        # The results' languages are loaded by search.js when the reader searches: no tag of their own,
        # their address (an existing file) and strings on search.js's tag.
        assert not html.select('script[src*="results-lang.js"]'), page
        later = found["search/search.js"]["data-i18n-results"]
        assert "results-lang.js?v=" in later and _resolve(site_dir, page, later.split("?")[0]).is_file(), page
        # Strings for the scripts, in the page's language, on their own tags (data-i18n-*, read by ic.js).
        assert found["a11y/a11y.js"]["data-i18n-menu-label"] == ("Dewislen" if welsh else "Menu"), page
        assert found["a11y/a11y.js"]["data-i18n-nav-back"] == ("yn ôl" if welsh else "back"), page
        # … with, for the offer to search in another language (issue 16), its two sentences.
        assert json.loads(found["search/search.js"]["data-i18n-languages"]) == [
            {"code": "en", "prefix": "", "name": "Saesneg" if welsh else "English",
             "none": "Dim canlyniadau yn Saesneg." if welsh else "No results in English.",
             "search": "Chwilio yn Saesneg?" if welsh else "Search in English?"},
            {"code": "cy", "prefix": "cy/", "name": "Cymraeg" if welsh else "Welsh",
             "none": "Dim canlyniadau yn Gymraeg." if welsh else "No results in Welsh.",
             "search": "Chwilio yn Gymraeg?" if welsh else "Search in Welsh?"}], page


def test_not_found_pages_have_a_skip_link(site_dir):
    for page, text in (("404.html", "Skip to content"), ("cy/404.html", "Neidio i'r cynnwys")):
        skip = soup(site_dir / page).select_one("a.md-skip")
        assert skip is not None and skip.get_text(strip=True) == text and skip["href"] == "#not-found"
