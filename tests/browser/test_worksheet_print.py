"""Printed pages (issue 13) as Chromium prints them to A4 PDF, read back with pypdf: the worksheet without
answers, the answer key with them, the self-assessment worked on paper (its key and each statement's rung,
no instruction about a button), with and without JavaScript, on the learner's page and the whole guide; and
each guide's session plan on one A4 sheet, in both languages. Words of the fixture guide (tests/fixtures/),
except the live guide's session plan, whose length is the point."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.browser

# The fixture guide's words, in each language: a question, its right and wrong options' feedback and
# its explanation (tests/fixtures/docs/process-mapping/drawing-the-map.md and its Welsh twin).
QUESTION = {"en": "What do you do first when you draw a process map?",
            "cy": "Beth ydych chi'n ei wneud gyntaf wrth lunio map proses?"}
RIGHT = {"en": "Agree where the process starts and ends", "cy": "Cytuno ble mae'r broses yn dechrau ac yn gorffen"}
# Words that send a reader to a control: on paper there is none (a reader still "chooses" an answer).
BUTTON_WORDS = re.compile(r"\b(button|press|click|select|botwm|pwyswch|cliciwch|dewiswch)\b", re.I)


@pytest.fixture
def served_site(fixture_url):
    return fixture_url


def _printed(page, path: str, *, plan: bool = False) -> tuple[int, str]:
    """(number of A4 sheets, the text on them) of `path` printed by Chromium."""
    page.goto(path)
    if plan:  # what the session plan's print button does before it prints (trainer.js)
        page.evaluate("document.documentElement.classList.add('ic-print-plan')")
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return len(reader.pages), " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def _learner_words(page, path: str, selector: str) -> list[str]:
    page.goto(path)
    return [" ".join(t.split()) for t in page.locator(selector).all_text_contents()]


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_printed_worksheet_has_the_questions_and_no_answer(page, lang):
    prefix = "cy/" if lang == "cy" else ""
    said = _learner_words(page, f"{prefix}process-mapping/drawing-the-map/",
                          ".ic-quiz__feedback, .ic-quiz__explanation")
    assert len(said) >= 4
    sheets, text = _printed(page, f"{prefix}trainers/process-mapping-worksheet.html")
    assert QUESTION[lang] in text and RIGHT[lang] in text  # the right option is there, as every option is
    for words in said:
        words = words.removeprefix("Explanation: ").removeprefix("Esboniad: ")
        assert words[:40] not in text, words
    for marking in ("Correct answer", "Yr ateb cywir", "Explanation", "Esboniad", "Show answer", "Dangos yr ateb"):
        assert marking not in text
    assert ("Tick one answer." if lang == "en" else "Ticiwch un ateb.") in text
    assert not BUTTON_WORDS.search(text), BUTTON_WORDS.search(text)


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_printed_answer_key_has_the_answers_and_explanations(page, lang):
    prefix = "cy/" if lang == "cy" else ""
    explanations = _learner_words(page, f"{prefix}process-mapping/drawing-the-map/", ".ic-quiz__explanation")
    _, text = _printed(page, f"{prefix}trainers/process-mapping-answers.html")
    assert QUESTION[lang] in text
    assert ("Correct answer: " if lang == "en" else "Yr ateb cywir: ") + RIGHT[lang] in text
    for words in explanations:
        assert words[:60] in text, words
    assert ("If this is true: rung" if lang == "en" else "Os yw hyn yn wir: ffon") in text


@pytest.mark.parametrize("fixture, path, lang", [
    ("page", "process-mapping/sharing-decisions/", "en"),
    ("page_without_js", "cy/process-mapping/sharing-decisions/", "cy"),
    ("page", "cy/process-mapping/print.html", "cy"),
    ("page", "trainers/process-mapping-worksheet.html", "en"),
    ("page", "cy/trainers/process-mapping-worksheet.html", "cy"),
])
def test_the_printed_self_assessment_can_be_worked_on_paper(request, fixture, path, lang):
    page = request.getfixturevalue(fixture)
    statements = _learner_words(page, path, ".ic-ladder-check__text, .ic-sheet__assessment .ic-sheet__text")
    assert len(statements) >= 2
    _, text = _printed(page, path)
    start = text.index("How to read the statements:" if lang == "en" else "Sut i ddarllen y datganiadau:")
    part = text[start:start + 1500]
    for statement in statements:
        assert statement in part
    assert part.count("If this is true: rung" if lang == "en" else "Os yw hyn yn wir: ffon") == len(statements)
    assert not BUTTON_WORDS.search(part), BUTTON_WORDS.search(part)
    for screen_only in ("Show where my project is", "Dangos ble mae fy mhrosiect", "saved only in this browser",
                        "Dim ond yn y porwr hwn"):
        assert screen_only not in text


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_printed_whole_guide_leaves_out_words_for_the_screen(page, lang):
    _, text = _printed(page, f"{'cy/' if lang == 'cy' else ''}process-mapping/print.html")
    assert QUESTION[lang] in text
    for screen_only in ("Open a rung", "Agorwch ffon", "Your answers stay on this device",
                        "Mae eich atebion yn aros ar y ddyfais hon", "Print this guide", "Argraffu'r canllaw hwn"):
        assert screen_only not in text


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_live_guides_session_plan_prints_on_one_a4_sheet(browser, site_url, lang):
    context = browser.new_context(base_url=site_url)
    page = context.new_page()
    prefix = "cy/" if lang == "cy" else ""
    sheets, text = _printed(page, f"{prefix}trainers/co-production.html", plan=True)
    assert sheets == 1
    assert ("Session plan: Co-production, in minutes" if lang == "en"
            else "Cynllun y sesiwn: Cydgynhyrchu, mewn munudau") in text
    total = page.locator(".ic-trainer-plan__table tfoot td").nth(4).inner_text()
    assert ("Total" if lang == "en" else "Cyfanswm") + " " in text and total in text
    # The plan alone: none of the page's links or notes.
    assert "QR" not in text and ("Ask:" if lang == "en" else "Gofynnwch:") not in text
    context.close()


@pytest.mark.parametrize("path", ["co-production/print.html", "cy/co-production/print.html",
                                  "trainers/co-production-worksheet.html", "cy/trainers/co-production-worksheet.html",
                                  "trainers/co-production-answers.html", "cy/trainers/co-production-answers.html"])
def test_no_printed_sheet_of_the_live_guide_ends_with_a_heading(browser, site_url, path):
    """A heading stays with what follows it: no sheet's last line is a heading (the live guide, whose length
    is what makes page breaks fall)."""
    context = browser.new_context(base_url=site_url)
    page = context.new_page()
    page.goto(path)
    headings = {" ".join(t.replace("¶", "").split())
                for t in page.locator("article :is(h1, h2, h3, h4, h5)").all_text_contents()}
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(reader.pages) > 2
    for number, sheet in enumerate(reader.pages, start=1):
        lines = [" ".join(line.split()) for line in sheet.extract_text().splitlines() if line.strip()]
        assert lines and lines[-1] not in headings, f"/{path}: sheet {number} ends with the heading '{lines[-1]}'"
    context.close()
