"""Each guide's worksheet and answer key (issue 13), read from the built fixture site: generated beside the
guide's trainer page in both languages, linked from it and from nowhere a learner goes; every question,
option and self-assessment statement of the guide's pages on the worksheet, and no answer; every answer
and explanation on the answer key."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from .conftest import article, soup

GUIDE = "process-mapping"
PREFIX = {"en": "", "cy": "cy/"}
OTHER = {"en": "cy", "cy": "en"}


def _sheet(lang: str, kind: str) -> str:
    return f"{PREFIX[lang]}trainers/{GUIDE}-{kind}.html"


def _words(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def _learner_pages(site: Path, lang: str) -> list[Path]:
    return sorted((site / PREFIX[lang] / GUIDE).glob("**/index.html"))


def _resolve(page: Path, href: str) -> Path:
    target = (page.parent / href.partition("#")[0]).resolve()
    return target / "index.html" if target.is_dir() else target


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_guides_trainer_page_links_its_worksheet_and_answer_key(fixture_site, lang):
    trainer_page = fixture_site / f"{PREFIX[lang]}trainers/{GUIDE}.html"
    links = soup(trainer_page).select(".ic-trainer-sheets a[href]")
    # Its own language's sheets, then the other language's (a session may be run in both), named in this
    # page's language and marked with the language they lead to.
    assert [_resolve(trainer_page, a["href"]) for a in links] == [
        (fixture_site / _sheet(code, kind)).resolve() for code in (lang, OTHER[lang]) for kind in ("worksheet", "answers")]
    assert [a.get("hreflang") for a in links] == [None, None, OTHER[lang], OTHER[lang]]
    assert [_words(a) for a in links[2:]] == {
        "en": ["The worksheet in Welsh", "The answer key in Welsh"],
        "cy": ["Y daflen waith yn Saesneg", "Y daflen atebion yn Saesneg"]}[lang]
    for kind in ("worksheet", "answers"):
        page = soup(fixture_site / _sheet(lang, kind))
        assert page.html["lang"] == lang
        assert page.select_one('meta[name="robots"]')["content"] == "noindex"
        assert page.select_one('link[rel="canonical"]')["href"].endswith("/" + _sheet(lang, kind))
        switch = page.select_one("a.ic-lang-switch__link")
        assert _resolve(fixture_site / _sheet(lang, kind), switch["href"]) == \
            (fixture_site / _sheet(OTHER[lang], kind)).resolve()
        back = article(page).select_one(".ic-sheet__back a")
        assert _resolve(fixture_site / _sheet(lang, kind), back["href"]) == trainer_page.resolve()
        # A print button, shown by ic.js (hidden without JavaScript, where it could do nothing).
        assert article(page).select_one(".ic-sheet__actions[hidden] button[data-ic-print]") is not None


def test_the_answer_key_is_linked_only_from_the_trainer_pages_and_in_no_index_or_sitemap(fixture_site):
    for path in fixture_site.rglob("*"):
        rel = path.relative_to(fixture_site).as_posix()
        if not path.is_file() or path.suffix not in (".html", ".json", ".xml", ".gz"):
            continue
        text = gzip.decompress(path.read_bytes()).decode() if path.suffix == ".gz" else path.read_text("utf-8")
        if "-answers.html" in text or "-worksheet.html" in text:
            assert rel.split("/")[-2:-1] == ["trainers"] or rel.startswith("trainers/"), rel
    for index in ("search/search_index.json", "cy/search/search_index.json", "sitemap.xml"):
        assert (fixture_site / index).is_file()


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_worksheet_has_every_question_option_and_statement_and_no_answer(fixture_site, lang):
    sheet = article(soup(fixture_site / _sheet(lang, "worksheet")))
    text = _words(sheet)
    html = str(sheet)
    questions = answers = statements = 0
    for built in _learner_pages(fixture_site, lang):
        page = article(soup(built))
        for question in page.select(".ic-quiz__question"):
            questions += 1
            assert _words(question.select_one(".ic-quiz__text")) in text
            for label in question.select(".ic-quiz__label"):
                assert _words(label) in text
            for said in question.select(".ic-quiz__explanation, .ic-quiz__feedback"):
                words = _words(said).removeprefix("Explanation: ").removeprefix("Esboniad: ")
                answers += 1
                assert words not in text, words
        for statement in page.select(".ic-ladder-check__statement"):
            statements += 1
            assert _words(statement.select_one(".ic-ladder-check__text")) in text
            assert _words(statement.select_one(".ic-ladder-check__rung")) in text
    assert questions >= 3 and answers >= 3 and statements >= 2
    assert len(sheet.select(".ic-sheet__question")) == questions
    assert len(sheet.select(".ic-sheet__statement")) == statements
    for marking in ("data-correct", "ic-quiz__key", "ic-quiz__answer", "Correct answer", "Yr ateb cywir",
                    "Explanation:", "Esboniad:"):
        assert marking not in html, marking
    # Boxes to tick for every option and for Yes and No, a line to write the rung on.
    options = sum(len(article(soup(p)).select(".ic-quiz__option")) for p in _learner_pages(fixture_site, lang))
    assert len(sheet.select(".ic-sheet__box")) == options + 2 * statements
    assert sheet.select(".ic-sheet__assessment .ic-sheet__line")


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_answer_key_has_each_questions_correct_options_and_explanation(fixture_site, lang):
    key = article(soup(fixture_site / _sheet(lang, "answers")))
    written = key.select(".ic-sheet__quiz .ic-sheet__question")
    asked = [q for p in _learner_pages(fixture_site, lang) for q in article(soup(p)).select(".ic-quiz__question")]
    assert len(written) == len(asked) >= 3
    by_text = {_words(a.select_one(".ic-sheet__text")).removeprefix(_words(a.select_one(".ic-sheet__number")) + " "): a
               for a in written}
    for question in asked:
        answer = by_text[_words(question.select_one(".ic-quiz__text"))]
        right = [_words(o.label) for o in question.select('.ic-quiz__option[data-correct="true"]')]
        wrong = [_words(o.label) for o in question.select('.ic-quiz__option[data-correct="false"]')]
        shown = [_words(answer.select_one(".ic-sheet__answer")).split(": ", 1)[1]] if len(right) == 1 else [
            _words(li) for li in answer.select(".ic-sheet__answer-list li")]
        assert shown == right and not set(wrong) & set(shown)
        assert _words(question.select_one(".ic-quiz__explanation")) == _words(answer.select_one(".ic-sheet__explanation"))
    # The self-assessment's key: how to read it, and each statement's rung.
    assessment = _words(key.select_one(".ic-sheet__assessment"))
    assert ("How to read the statements:" if lang == "en" else "Sut i ddarllen y datganiadau:") in assessment
    assert ("If this is true: rung" if lang == "en" else "Os yw hyn yn wir: ffon") in assessment


def test_the_live_guide_has_its_worksheets_in_both_languages(site_dir):
    for lang in ("en", "cy"):
        for kind in ("worksheet", "answers"):
            page = soup(site_dir / f"{PREFIX[lang]}trainers/co-production-{kind}.html")
            assert len(article(page).select(".ic-sheet__question")) >= 10
            assert article(page).select(".ic-sheet__statement")
