"""Search indexes (issues 6 and 7): one per language, without the quizzes' answers, and pages that load search.js
before Material's script."""

from __future__ import annotations

import html
import json
import re
from types import SimpleNamespace

import pytest
from material.plugins.search.plugin import SearchIndex

from toolkit.search import indexer

from .conftest import soup


def _index(site_dir, path):
    return json.loads((site_dir / path).read_text(encoding="utf-8"))


def test_one_index_per_language(site_dir):
    en = _index(site_dir, "search/search_index.json")
    cy = _index(site_dir, "cy/search/search_index.json")
    assert en["docs"] and cy["docs"]
    assert not [d for d in en["docs"] if d["location"].startswith("cy/")]
    assert all(d["location"].startswith("cy/") for d in cy["docs"])
    # Every built page is in its language's index.
    for path in site_dir.rglob("index.html"):
        rel = path.relative_to(site_dir).as_posix()
        if rel.split("/")[0] in ("assets", "search") or rel.endswith("print.html"):
            continue
        location = rel.removesuffix("index.html")
        index = cy if location.startswith("cy/") else en
        assert any(d["location"] == location for d in index["docs"]), location
    # No English stemmer, stop words or trimmer on Welsh text; English keeps Material's settings.
    assert cy["config"]["pipeline"] == [] and en["config"]["pipeline"] == ["stopWordFilter"]


def test_pages_point_search_at_their_language(site_dir):
    for path, index in (("co-production/tips/index.html", "../../search/search_index.json"),
                        ("cy/co-production/tips/index.html", "../../search/search_index.json")):
        html = soup(site_dir / path)
        scripts = [s.get("src", "") for s in html.select("script")]
        shim = html.select_one('script[src*="assets/search/search.js?v="]')
        assert shim["data-i18n-index"] == index
        assert (site_dir / path).parent.joinpath(shim["data-i18n-index"]).resolve().is_file()
        bundle = next(i for i, s in enumerate(scripts) if "javascripts/bundle." in s)
        assert scripts.index(shim["src"]) < bundle, "search.js runs before Material's script"
        config = json.loads(html.select_one("#__config").string)
        assert config["search"].split("?")[0].endswith("assets/search/worker.js")
        engine = config["search"].split("engine=")[1]
        assert (site_dir / "assets/search" / engine).resolve().is_file()


# ---- what is indexed: no quiz answers, the same entries as Material's parser ---------------------------

def _plain(text: str) -> str:
    """An index text as the reader sees it in a result: no markup, entities read, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _words(node) -> str:
    return " ".join(node.get_text().split())


def _built_pages(site_dir):
    for path in sorted(site_dir.rglob("index.html")):
        rel = path.relative_to(site_dir).as_posix()
        if rel.split("/")[0] not in ("assets", "search"):
            yield rel.removesuffix("index.html"), path


@pytest.mark.parametrize("language", ["", "cy/"])
def test_no_quiz_answer_is_in_the_index_but_every_question_is(site_dir, language):
    index = _index(site_dir, language + "search/search_index.json")
    indexed = {d["location"].split("#")[0]: "" for d in index["docs"]}
    for d in index["docs"]:
        indexed[d["location"].split("#")[0]] += " " + _plain(d["title"]) + " " + _plain(d["text"])
    checked = 0
    for location, path in _built_pages(site_dir):
        if location.startswith("cy/") != bool(language):
            continue
        for quiz in soup(path).select('[data-module="ic-quiz"]'):
            page_text = indexed[location]
            for question in quiz.select(".ic-quiz__text"):
                assert _words(question) in page_text, (location, _words(question))
            disclosure = quiz.select(".ic-quiz__answer")
            assert disclosure
            # The disclosure's words: the answer key and each option's verdict, the feedback and the
            # explanations (short ones, such as "No.", may be anyone's words), and the labels of the
            # disclosure and of the script's buttons, which would be noise in results.
            answers = [_words(n) for d in disclosure for n in d.select(
                ".ic-quiz__key, .ic-quiz__feedback-item, .ic-quiz__feedback")]
            answers += [_words(e).removeprefix(_words(e.strong)).strip()
                        for e in quiz.select(".ic-quiz__explanation")]
            labels = {_words(n) for n in quiz.select("summary, button, .ic-quiz__answer strong")}
            for answer in [a for a in answers if len(a.split()) >= 3] + sorted(labels):
                assert answer not in page_text, (location, answer)
                checked += 1
    assert checked > 50


def test_the_ladders_key_is_not_in_the_index(site_dir):
    for language in ("", "cy/"):
        index = _index(site_dir, language + "search/search_index.json")
        text = " ".join(_plain(d["text"]) for d in index["docs"])
        page = soup(site_dir / language / "co-production/what-next/index.html")
        statements = page.select(".ic-ladder-check__text")
        assert statements and all(_words(s) in text for s in statements)
        for hidden in page.select(".ic-ladder-check__key, .ic-ladder-check__rung, .ic-ladder-check__answers, "
                                  ".ic-ladder-check__actions, .ic-ladder-check__instructions"):
            assert _words(hidden) not in text, _words(hidden)


def test_the_built_pages_carry_no_search_marks(site_dir):
    for _, path in _built_pages(site_dir):
        assert "data-search-" not in path.read_text(encoding="utf-8"), path


def test_our_indexer_gives_materials_entries_for_every_built_page(site_dir):
    # Both read each built page's article (the markers are gone there, so answers are in both).
    compared = 0
    for location, path in _built_pages(site_dir):
        page = path.read_text(encoding="utf-8")
        start = page.find('<article class="md-content__inner md-typeset">')
        if start < 0:
            continue
        content = page[page.index(">", start) + 1:page.rindex("</article>")]
        theirs = SearchIndex()
        theirs.add_entry_from_context(SimpleNamespace(content=content, url=location, title="T", meta={}, toc=[]))
        # readable=False: without the four rules that make results read as text (their own tests,
        # tests/site/test_search_results.py), our entries are Material's, on every page.
        ours = indexer.entries(content, location, "T", readable=False)
        assert [e.as_json() for e in ours] == theirs.entries, location
        compared += 1
    assert compared >= 20
