"""Print (issue 6) in a real browser, with the print media emulated: no navigation chrome, quizzes with their
answer key, the ladder readable; with and without JavaScript."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

CHROME = (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search",
          ".ic-lang-switch", ".md-top")


def _hidden(page, selector: str) -> bool:
    return page.eval_on_selector_all(selector, "els => els.every(el => !el.checkVisibility())")


@pytest.mark.parametrize("fixture", ["page", "page_without_js"])
def test_a_printed_page_has_no_chrome_and_quiz_answers(request, fixture):
    page = request.getfixturevalue(fixture)
    page.goto("co-production/how-to-use/")
    page.emulate_media(media="print")
    for selector in CHROME:
        assert _hidden(page, selector), selector
    answers = page.locator(".ic-quiz__key")
    assert answers.count() == page.locator(".ic-quiz__question").count() > 0
    for i in range(answers.count()):
        assert answers.nth(i).is_visible(), "each question prints its answer"
    assert not page.locator(".ic-quiz__check").first.is_visible()
    assert not page.locator(".ic-quiz__answer > summary").first.is_visible()
    # On screen, the answers are still behind "Show answer".
    page.emulate_media(media="screen")
    assert not answers.first.is_visible()


@pytest.mark.parametrize("fixture", ["page", "page_without_js"])
def test_the_ladder_prints_every_rung(request, fixture):
    page = request.getfixturevalue(fixture)
    page.goto("cy/co-production/what-next/")
    page.emulate_media(media="print")
    bodies = page.locator(".ic-ladder__body")
    assert bodies.count() >= 7
    for i in range(bodies.count()):
        assert bodies.nth(i).is_visible(), f"rung {i + 1} prints its meaning"


def test_the_whole_guide_prints_each_page_on_a_new_sheet(page):
    page.goto("cy/co-production/print.html")
    page.emulate_media(media="print")
    sections = page.locator("section.ic-whole-guide__page")
    assert sections.count() == 8
    breaks = page.eval_on_selector_all("section.ic-whole-guide__page",
                                       "els => els.map(el => getComputedStyle(el).breakBefore)")
    assert breaks[0] != "page" and set(breaks[1:]) == {"page"}
    keys = page.locator(".ic-quiz__key")
    assert keys.count() > 5 and all(keys.nth(i).is_visible() for i in range(keys.count()))
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
