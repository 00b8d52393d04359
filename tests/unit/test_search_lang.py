"""Search per language: split the site-wide index, validate it, rewrite a page's search; without MkDocs."""

from __future__ import annotations

import json

import pytest
from toolkit import search_lang

INDEX = {"config": {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"]},
         "docs": [{"location": "", "title": "Home", "text": ""},
                  {"location": "co-production/#a", "title": "A", "text": "x"},
                  {"location": "cy/", "title": "Hafan", "text": ""},
                  {"location": "cy/co-production/#a", "title": "A", "text": "y"},
                  {"location": "cymru/", "title": "Not Welsh: a folder that starts with cy", "text": ""}]}

PAGE = ('<html><head></head><body><form class="md-search__form" name="search"></form>'
        '<script id="__config" type="application/json">{"base": "../..", "search": '
        '"../../assets/javascripts/workers/search.a7633da7.min.js"}</script>\n'
        '<script src="../../assets/javascripts/bundle.a5f9d56c.min.js"></script></body></html>')


def test_split_by_language_keeps_order_and_sets_welsh_settings():
    en, cy = search_lang.split(INDEX, ("en", "cy"), "en")
    assert en.path == "search/search_index.json" and cy.path == "cy/search/search_index.json"
    assert [d["location"] for d in en.docs] == ["", "co-production/#a", "cymru/"]
    assert [d["location"] for d in cy.docs] == ["cy/", "cy/co-production/#a"]
    assert en.config["pipeline"] == ["stopWordFilter"] and cy.config["pipeline"] == []
    assert json.loads(search_lang.to_json(cy)) == {"config": dict(cy.config), "docs": list(cy.docs)}


@pytest.mark.parametrize("index, message", [
    ({}, "search/search_index.json: is not a Material search index (expected 'config' and 'docs'); is the "
         "'search' plugin listed before 'i18n' in mkdocs.yml?"),
    ({"config": {}, "docs": "x"}, "search/search_index.json: is not a Material search index (expected 'config' "
                                  "and 'docs'); is the 'search' plugin listed before 'i18n' in mkdocs.yml?"),
])
def test_a_broken_index_is_reported(index, message):
    assert [str(p) for p in search_lang.problems_of(index, ("en", "cy"))] == [message]
    assert search_lang.problems_of(INDEX, ("en", "cy")) == []


def test_a_welsh_page_gets_its_index_and_the_lazy_worker():
    html = search_lang.rewrite_page(PAGE, "cy/co-production/", "cy", "en")
    config = json.loads(html.split('type="application/json">')[1].split("</script>")[0])
    assert config["search"] == "../../assets/search/worker.js?engine=../javascripts/workers/search.a7633da7.min.js"
    assert config["base"] == "../.."
    shim = ('<script src="../../assets/search/search.js" data-index="../search/search_index.json" '
            'data-shared="../../search/search_index.json"></script>\n<script src="../../assets/javascripts/bundle')
    assert shim in html


def test_directory_and_html_urls_and_absolute_404_pages():
    html = search_lang.rewrite_page(PAGE.replace("../../", ""), "index.html", "en", "en")
    assert 'data-index="search/search_index.json"' in html
    flat = PAGE.replace("../../", "../")
    assert 'src="../assets/search/search.js"' in search_lang.rewrite_page(flat, "cy/index.html", "cy", "en")
    absolute = PAGE.replace("../../", "/toolkit/")
    html = search_lang.rewrite_page(absolute, "404.html", "cy", "en", absolute_root="/toolkit/")
    assert 'data-index="/toolkit/cy/search/search_index.json"' in html
    assert "/toolkit/assets/search/worker.js?engine=../javascripts/workers/search.a7633da7.min.js" in html


def test_pages_without_search_are_left_alone():
    without = PAGE.replace('name="search"', 'name="other"')
    assert search_lang.rewrite_page(without, "x/", "en", "en") == without
