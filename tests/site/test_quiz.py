"""Quizzes on the built site, read as a browser receives them (no JavaScript)."""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from .conftest import article, soup

LEARNING_PAGES = ["co-production/index.html", "co-production/rationale/index.html",
                  "co-production/background/index.html", "co-production/when-to-use/index.html",
                  "co-production/how-to-use/index.html", "co-production/what-next/index.html",
                  "co-production/tips/index.html"]
BUDGET = 6 * 1024  # quiz.js + quiz.css, gzip -9


def quizzes(site_dir: Path, page: str):
    return article(soup(site_dir / page)).select('[data-module="ic-quiz"]')


def structure(quiz) -> list:
    """What both languages must share: ids, types, options and which are correct."""
    return [quiz["data-quiz-id"]] + [
        (q["data-question-id"], q["data-type"], [o["data-correct"] for o in q.select(".ic-quiz__option")])
        for q in quiz.select(".ic-quiz__question")]


@pytest.mark.parametrize("page", LEARNING_PAGES)
def test_every_learning_page_ends_with_a_quiz_in_both_languages(site_dir, page):
    for language in ("", "cy/"):
        found = quizzes(site_dir, language + page)
        assert found, f"/{language}{page} has no quiz"
        heading = found[-1].find_previous_sibling("h2")
        assert heading is not None and heading["id"].startswith("quiz-"), page
        assert found[-1].find_next_sibling("h2") is None, "the quiz is the page's last section"


@pytest.mark.parametrize("page", LEARNING_PAGES)
def test_welsh_quiz_has_the_same_ids_options_and_answers(site_dir, page):
    assert [structure(q) for q in quizzes(site_dir, "cy/" + page)] == \
        [structure(q) for q in quizzes(site_dir, page)]


def test_the_guide_has_enough_questions_of_every_type_each_with_an_explanation(site_dir):
    questions = [q for page in LEARNING_PAGES for quiz in quizzes(site_dir, page)
                 for q in quiz.select(".ic-quiz__question")]
    assert len(questions) >= 12
    assert {q["data-type"] for q in questions} == {"single", "multiple", "true-false"}
    for language in ("", "cy/"):
        for page in LEARNING_PAGES:
            for question in (q for quiz in quizzes(site_dir, language + page)
                             for q in quiz.select(".ic-quiz__question")):
                explanation = question.select_one(".ic-quiz__explanation")
                label = explanation.strong.get_text()
                assert len(explanation.get_text().replace(label, "").split()) >= 5, question["id"]


def test_quiz_and_question_ids_are_unique_across_the_site(site_dir):
    for language in ("", "cy/"):
        ids = [quiz["data-quiz-id"] for page in LEARNING_PAGES for quiz in quizzes(site_dir, language + page)]
        assert len(ids) == len(set(ids))


@pytest.mark.parametrize("page", LEARNING_PAGES)
def test_questions_are_fieldsets_of_labelled_inputs_with_a_show_answer_disclosure(site_dir, page):
    for language in ("", "cy/"):
        for quiz in quizzes(site_dir, language + page):
            for question in quiz.select("fieldset.ic-quiz__question"):
                legend = question.find("legend", recursive=False)
                assert legend and legend.select_one(".ic-quiz__text").get_text(strip=True)
                inputs = question.select("input")
                assert len(inputs) >= 2
                kind = "checkbox" if question["data-type"] == "multiple" else "radio"
                for field in inputs:
                    assert field["type"] == kind and field["name"] == question["id"]
                    assert question.select_one(f'label[for="{field["id"]}"]').get_text(strip=True)
                answer = question.select_one("details.ic-quiz__answer")
                assert not answer.has_attr("open"), "answers stay hidden until asked for"
                assert answer.select_one(".ic-quiz__key").get_text(strip=True)
                assert answer.select_one(".ic-quiz__explanation").get_text(strip=True)


def test_welsh_quizzes_speak_welsh(site_dir):
    english = re.compile(r"\b(Question|Check answer|Show answer|Try again|Reset|Explanation|Correct|Incorrect|"
                         r"Select all|True|False|Score|device)\b")
    for page in LEARNING_PAGES:
        for quiz in quizzes(site_dir, "cy/" + page):
            assert quiz.get("aria-label") == "Cwis"
            for node in quiz.select('[lang="en"]'):
                node.decompose()
            found = english.findall(quiz.get_text(" "))
            assert not found, f"/cy/{page}: {found}"
            data = " ".join(v for k, v in quiz.attrs.items() if k.startswith("data-") and k != "data-module")
            assert not english.findall(data), f"/cy/{page}: {english.findall(data)}"
            assert "Gwirio ateb" in quiz.get_text() and "Dangos yr ateb" in quiz.get_text()


@pytest.mark.parametrize("language", ["", "cy/"])
def test_links_in_quiz_texts_are_rewritten_like_the_rest_of_the_page(fixture_site, language):
    # The fixture's explanation links to index.md#mapping-together (tests/fixtures/docs/process-mapping/).
    html = quizzes(fixture_site, language + "process-mapping/reading-the-map/index.html")[0]
    hrefs = [a["href"] for a in html.select(".ic-quiz__explanation a[href]")]
    assert hrefs == ["../#mapping-together"], hrefs


def test_no_link_in_a_live_quiz_is_left_pointing_at_markdown(site_dir):
    for page in LEARNING_PAGES:
        for language in ("", "cy/"):
            for quiz in quizzes(site_dir, language + page):
                assert not [a["href"] for a in quiz.select("a[href]") if ".md" in a["href"]], page


def test_no_quiz_source_or_placeholder_reaches_any_page_or_the_search_index(site_dir):
    for path in list(site_dir.rglob("*.html")) + [site_dir / "search" / "search_index.json"]:
        text = path.read_text(encoding="utf-8")
        # The extension's placeholder (toolkit.markdown_ext) is "\x02ic-component:N\x03".
        assert "ic-component" not in text and "\x02" not in text and "```quiz" not in text, path


def _asset_links(html):
    return [tag.get("href") or tag.get("src") for tag in html.select('link[href*="assets/quiz/"], '
                                                                       'script[src*="assets/quiz/"]')]


def test_quiz_assets_load_only_on_pages_with_a_quiz_and_resolve(site_dir):
    for path in site_dir.rglob("index.html"):
        html = soup(path)
        has_quiz = html.select_one('[data-module="ic-quiz"]') is not None
        links = _asset_links(html)
        assert bool(links) == has_quiz, path
        if not has_quiz:
            continue
        assert html.select_one('script[src*="assets/quiz/quiz.js"]').has_attr("defer")
        page_url = "http://site/" + path.relative_to(site_dir).as_posix()
        for link in links:
            target = urlsplit(urljoin(page_url, link)).path.lstrip("/")
            assert (site_dir / target).is_file(), (path, link)
            assert re.search(r"\?v=[0-9a-f]{10}$", link), "cache-busted URL"


def test_quiz_assets_fit_the_budget(site_dir):
    total = sum(len(gzip.compress((site_dir / "assets" / "quiz" / name).read_bytes(), 9))
                for name in ("quiz.js", "quiz.css"))
    assert total <= BUDGET, f"{total} bytes gzipped"


@pytest.mark.parametrize("language", ["", "cy/"])
def test_a_hint_is_written_hidden_for_the_script_and_kept_out_of_search(fixture_site, language):
    # The fixture's first question has a hint with *emphasis* (tests/fixtures/docs/process-mapping/).
    quiz = quizzes(fixture_site, language + "process-mapping/drawing-the-map/index.html")[0]
    clue = quiz.select_one("#ic-quiz-drawing-the-map--first-step .ic-quiz__clue")
    assert clue.has_attr("hidden")  # (the search indexer removes data-search-exclude once it has read it)
    assert clue.em.get_text() == ("walk" if not language else "daith")
    assert len(quiz.select(".ic-quiz__clue")) == 1, "only the question with a hint has one"
    assert quiz["data-i18n-reveal"] == "after-second-try"
    assert (quiz["data-i18n-guide"], quiz["data-i18n-page"]) == ("process-mapping", "process-mapping/drawing-the-map/")
    index = (fixture_site / language / "search" / "search_index.json").read_text(encoding="utf-8")
    assert clue.get_text()[:20] not in index
