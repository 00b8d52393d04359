"""The learning record page, read from the built site: in both languages, with every guide's pages,
quizzes and ladders as data for its script; linked from every page's footer in the page's language; its
assets on that page only; and a script that makes no request."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

from .conftest import soup

RECORD = {"en": "learning-record/index.html", "cy": "cy/learning-record/index.html"}


def _data(site_dir: Path, lang: str) -> dict:
    page = soup(site_dir / RECORD[lang])
    return json.loads(page.select_one("script.ic-record__data[type='application/json']").string)


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_page_exists_in_each_language_with_its_frame(site_dir, lang):
    page = soup(site_dir / RECORD[lang])
    assert page.html["lang"] == lang
    assert page.title.get_text().startswith("Your learning record" if lang == "en" else "Eich cofnod dysgu")
    assert "toolkit:" not in str(page.select_one("article"))
    root = page.select_one('[data-module="ic-record"]')
    assert root.select_one(".ic-record__nojs").get_text(strip=True)
    assert root.select_one(".ic-record__app").has_attr("hidden")
    # Not in the navigation, like the accessibility statement.
    assert not page.select('.md-sidebar--primary a[href$="learning-record/"]')


def test_both_languages_list_the_same_guides_pages_and_quizzes_by_the_same_keys(site_dir):
    en, cy = _data(site_dir, "en"), _data(site_dir, "cy")
    assert [g["key"] for g in en["guides"]] == [g["key"] for g in cy["guides"]] == ["co-production"]
    guide_en, guide_cy = en["guides"][0], cy["guides"][0]
    assert [p["key"] for p in guide_en["pages"]] == [p["key"] for p in guide_cy["pages"]]
    assert guide_en["pages"][0]["key"] == "co-production/"
    assert all(not p["key"].startswith("cy/") for p in guide_cy["pages"])
    assert [q["id"] for q in guide_en["quizzes"]] == [q["id"] for q in guide_cy["quizzes"]]
    assert guide_en["title"] != guide_cy["title"]
    assert guide_cy["pages"][0]["title"] != guide_en["pages"][0]["title"]
    assert all(p["minutes"] >= 1 for p in guide_en["pages"])
    assert [l["id"] for l in guide_en["ladders"]] == ["co-production"]


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_page_links_in_the_data_open_the_guides_pages_in_the_same_language(site_dir, lang):
    page = site_dir / RECORD[lang]
    for p in _data(site_dir, lang)["guides"][0]["pages"]:
        target = (page.parent / p["url"]).resolve() / "index.html"
        assert target.is_file(), p
        assert soup(target).html["lang"] == lang


def test_every_page_links_the_record_in_its_own_language_from_the_footer(site_dir):
    pages = [p for p in site_dir.rglob("*.html") if p.relative_to(site_dir).parts[0] not in ("assets", "search")]
    assert len(pages) >= 20
    for path in pages:
        page = soup(path)
        lang = page.html["lang"]
        links = page.select(".ic-footer-links a")
        names = {"en": "Your learning record", "cy": "Eich cofnod dysgu"}
        found = [a for a in links if a.get_text() == names[lang]]
        assert len(found) == 1, path
        href = found[0]["href"]
        target = (site_dir / RECORD[lang]) if href.startswith("/") else (path.parent / href).resolve() / "index.html"
        assert target.resolve() == (site_dir / RECORD[lang]).resolve(), (path, href)


def test_the_records_assets_are_linked_on_the_record_pages_only(site_dir):
    for path in site_dir.rglob("*.html"):
        if path.relative_to(site_dir).parts[0] in ("assets", "search"):
            continue
        linked = bool(soup(path).select('script[src*="assets/record/record.js"], link[href*="assets/record/"]'))
        assert linked == (path.relative_to(site_dir).as_posix() in RECORD.values()), path


def test_the_storage_guard_runs_before_materials_first_use_of_storage(site_dir):
    html = (site_dir / "co-production/tips/index.html").read_text(encoding="utf-8")
    guard = html.index("icStandIn")
    assert html.index("__md_get=") < guard < html.index('__md_get("__')


def test_nothing_in_the_record_script_can_make_a_request():
    script = (ROOT / "overrides/assets/record/record.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/", "", script, flags=re.S)
    for call in ("fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "EventSource", "importScripts",
                 ".src =", "innerHTML", "insertAdjacentHTML", "document.write"):
        assert call not in code, call
