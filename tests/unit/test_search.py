"""Search per language: one index per language, validated, and a page's search pointed at it; without MkDocs."""

from __future__ import annotations

import json

from toolkit import search
from toolkit.search.indexer import Entry

CONFIG = {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"],
          "fields": {"title": {"boost": 1000.0}}, "jieba_dict": None}
EN = (Entry("", "Home", ""), Entry("co-production/#a", "A", "x"),
      Entry("cymru/", "Not Welsh: a folder that starts with cy", ""))
CY = (Entry("cy/", "Hafan", ""), Entry("cy/co-production/#a", "A", "y", (("boost", 2),)))

PAGE = ('<html><head></head><body><form class="md-search__form" name="search"></form>'
        '<script id="__config" type="application/json">{"base": "../..", "search": '
        '"../../assets/javascripts/workers/search.a7633da7.min.js"}</script>\n'
        '<script src="../../assets/javascripts/bundle.a5f9d56c.min.js"></script></body></html>')


def test_one_index_per_language_with_its_own_settings():
    en = search.language_index("en", "en", CONFIG, EN)
    cy = search.language_index("cy", "en", CONFIG, CY)
    assert en.path == "search/search_index.json" and cy.path == "cy/search/search_index.json"
    assert [d.location for d in en.docs] == ["", "co-production/#a", "cymru/"]
    # Material's worker settings only; Welsh without lunr's English pipeline.
    assert dict(en.config) == {k: v for k, v in CONFIG.items() if k != "jieba_dict"}
    assert en.config["pipeline"] == ["stopWordFilter"] and cy.config["pipeline"] == []
    assert json.loads(search.to_json(cy)) == {"config": dict(cy.config), "docs": [
        {"location": "cy/", "title": "Hafan", "text": ""},
        {"location": "cy/co-production/#a", "title": "A", "text": "y", "boost": 2}]}
    assert "ŵ" in search.to_json(search.language_index("cy", "en", CONFIG, [Entry("cy/", "Dŵr", "")]))


def test_an_index_with_another_languages_pages_is_reported():
    assert search.problems_of(search.language_index("en", "en", CONFIG, EN), ("en", "cy"), "en") == []
    assert search.problems_of(search.language_index("cy", "en", CONFIG, CY), ("en", "cy"), "en") == []
    mixed = search.language_index("cy", "en", CONFIG, CY + EN[:2])
    assert [str(p) for p in search.problems_of(mixed, ("en", "cy"), "en")] == [
        "cy/search/search_index.json: holds 2 entries of another language's pages, e.g. ''; each "
        "language's index must hold only its own pages"]
    welsh_in_english = search.language_index("en", "en", CONFIG, EN + CY[1:])
    assert [str(p) for p in search.problems_of(welsh_in_english, ("en", "cy"), "en")] == [
        "search/search_index.json: holds 1 entry of another language's pages, e.g. 'cy/co-production/#a'; "
        "each language's index must hold only its own pages"]
    stray = search.language_index("fr", "en", CONFIG, ())
    assert [str(p) for p in search.problems_of(stray, ("en", "cy"), "en")] == [
        "fr/search/search_index.json: is for 'fr', which is not a built language (en, cy)"]


def test_a_welsh_page_gets_the_lazy_worker():
    html = search.rewrite_page(PAGE, "cy/co-production/")
    config = json.loads(html.split('type="application/json">')[1].split("</script>")[0])
    assert config["search"] == "../../assets/search/worker.js?engine=../javascripts/workers/search.a7633da7.min.js"
    assert config["base"] == "../.."
    # search.js itself is linked through toolkit.assets (tests/unit/test_assets.py), not here.
    assert "search.js" not in html


def test_index_addresses_per_language():
    assert search.index_path("en", "en") == "search/search_index.json"
    assert search.index_path("cy", "en") == "cy/search/search_index.json"


def test_directory_and_html_urls_and_absolute_404_pages():
    html = search.rewrite_page(PAGE.replace("../../", ""), "index.html")
    assert '"search": "assets/search/worker.js?engine=../javascripts/workers/search.a7633da7.min.js"' in html
    flat = PAGE.replace("../../", "../")
    assert '"search": "../assets/search/worker.js?engine=' in search.rewrite_page(flat, "cy/index.html")
    absolute = PAGE.replace("../../", "/toolkit/")
    html = search.rewrite_page(absolute, "404.html", absolute_root="/toolkit/")
    assert "/toolkit/assets/search/worker.js?engine=../javascripts/workers/search.a7633da7.min.js" in html


def test_pages_without_search_are_left_alone():
    without = PAGE.replace('name="search"', 'name="other"')
    assert search.rewrite_page(without, "x/") == without
