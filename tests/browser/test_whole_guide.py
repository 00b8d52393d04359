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


def test_the_whole_guide_page_has_contents_and_a_print_button_only_with_javascript(page, page_without_js):
    page.goto("co-production/print.html")
    contents = page.locator(".ic-whole-guide__contents a")
    assert contents.count() == page.locator(".ic-whole-guide__page").count() == 8
    assert contents.first.inner_text() == "Co-production: introduction"
    contents.nth(5).click()
    assert page.url.endswith("#what-next")
    button = page.get_by_role("button", name="Print this guide")
    assert button.is_visible()
    page.evaluate("window.print = () => { window.printed = true; }")
    button.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("window.printed") is True
    page_without_js.goto("cy/co-production/print.html")
    assert page_without_js.locator(".ic-whole-guide__contents a").count() == 8
    assert not page_without_js.locator(".ic-whole-guide__print").is_visible()


@pytest.mark.parametrize("words", ["Open a rung", "Your answers stay on this device", "Page 1 of"])
def test_the_printed_whole_guide_leaves_out_words_for_the_screen(page, words):
    page.goto("co-production/print.html")
    assert page.get_by_text(words).count() > 0 and page.get_by_text(words).first.is_visible()
    page.emulate_media(media="print")
    found = page.get_by_text(words)
    assert all(not found.nth(i).is_visible() for i in range(found.count()))
    # Nothing else of the page is lost: the quizzes and their answers print.
    assert page.locator(".ic-quiz__key").first.is_visible()
