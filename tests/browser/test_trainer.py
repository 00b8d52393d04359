"""The trainer pages in a real browser: copy-link buttons (progressive enhancement), the language link on a
guide's trainer page, and links without JS."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def _copy(page, link):
    button = link.locator("xpath=following-sibling::button[1]")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.ic-trainer__status').textContent !== ''")
    return button


def test_copy_link_copies_the_published_address_and_says_so(browser, site_url):
    context = browser.new_context(base_url=site_url, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto("cy/trainers/co-production.html")
    link = page.locator('a.ic-trainer__link[href$="how-to-use/#steps"]')
    button = link.locator("xpath=following-sibling::button[1]")
    assert button.inner_text().startswith("Copïo'r ddolen")
    name = button.evaluate("b => b.textContent")
    assert name.startswith("Copïo'r ddolen: ")
    _copy(page, link)
    assert page.locator(".ic-trainer__status").inner_text() == "Copïwyd: Sut i ddefnyddio cydgynhyrchu, Chwe cham"
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{site_url}cy/co-production/how-to-use/#steps"
    # The trainer page's own entry for the guide copies the guide's address.
    page.goto("trainers/")
    _copy(page, page.locator('.ic-trainer__guide-title a.ic-trainer__link[href$="co-production/"]'))
    assert page.evaluate("navigator.clipboard.readText()") == f"{site_url}co-production/"
    context.close()


def test_the_language_link_of_a_guides_trainer_page_keeps_the_section(page):
    page.goto("trainers/co-production.html#page-how-to-use")
    page.locator("a.ic-lang-switch__link").click()
    page.wait_for_url("**/cy/trainers/co-production.html#page-how-to-use")
    assert page.locator("html").get_attribute("lang") == "cy"
    assert page.locator("#page-how-to-use").is_visible()
    page.locator("a.ic-lang-switch__link").click()
    page.wait_for_url("**/trainers/co-production.html#page-how-to-use")
    assert urlsplit(page.url).path == "/trainers/co-production.html"
    assert page.locator("html").get_attribute("lang") == "en"


def test_without_javascript_the_links_work_and_there_are_no_buttons(page_without_js):
    page = page_without_js
    page.goto("trainers/")
    assert page.locator("button.ic-trainer__copy").count() == 0
    page.locator('a.ic-trainer__guide-index[href="co-production.html"]').click()
    assert urlsplit(page.url).path == "/trainers/co-production.html"
    assert page.locator("button.ic-trainer__copy").count() == 0
    page.locator('a.ic-trainer__twin[href$="cy/co-production/tips/#measure-impact"]').click()
    assert page.url.endswith("/cy/co-production/tips/#measure-impact")
    assert page.locator("html").get_attribute("lang") == "cy"


def test_each_copy_names_its_page_and_quiz_and_the_last_confirmation_replaces_the_one_before(browser, site_url):
    context = browser.new_context(base_url=site_url, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto("trainers/co-production.html")
    quizzes = page.locator('a.ic-trainer__link[href*="#quiz-"]')
    assert quizzes.count() >= 2
    names = [quizzes.nth(i).locator("xpath=following-sibling::button[1]").evaluate(
        "b => b.textContent") for i in range(quizzes.count())]
    assert len(set(names)) == len(names), "two quiz buttons say the same"
    assert "Copy link: How to use co-production, Check your understanding" in names
    first = _copy(page, page.locator('a.ic-trainer__link[href$="how-to-use/#quiz-how-to-use"]'))
    shown = page.locator(".ic-trainer__copied")
    assert shown.count() == 1 and shown.is_visible()
    assert shown.inner_text() == "Copied: How to use co-production, Check your understanding"
    # The Welsh twin has its own button, named in Welsh, copying the Welsh address.
    twin = page.locator('a.ic-trainer__twin[href$="cy/co-production/tips/#measure-impact"]')
    second = _copy(page, twin)
    assert page.evaluate("navigator.clipboard.readText()") == f"{site_url}cy/co-production/tips/#measure-impact"
    assert shown.count() == 1, "the previous confirmation is gone"
    assert shown.inner_text().startswith("Copied: Cymraeg: ")
    page.wait_for_function("() => document.querySelector('.ic-trainer__status').textContent === "
                           "document.querySelector('.ic-trainer__copied').textContent")
    assert "ic-trainer__copy--done" not in (first.get_attribute("class") or "")
    assert "ic-trainer__copy--done" in second.get_attribute("class")
    context.close()


@pytest.mark.parametrize("width, least", [(1280, 24), (360, 44)])
def test_copy_buttons_are_large_enough_to_press_and_spaced(browser, site_url, width, least):
    context = browser.new_context(base_url=site_url, viewport={"width": width, "height": 800},
                                  has_touch=width < 500, is_mobile=width < 500)
    page = context.new_page()
    page.goto("trainers/co-production.html")
    boxes = page.locator("button.ic-trainer__copy").evaluate_all(
        "bs => bs.map(b => { const r = b.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })")
    assert len(boxes) > 20
    assert all(w >= 24 and h >= least for _, _, w, h in boxes)
    # No two buttons touch: each 24 px target keeps its own space (WCAG 2.5.8).
    for (x1, y1, w1, h1), (x2, y2, w2, h2) in zip(boxes, boxes[1:]):
        apart = x2 >= x1 + w1 or x1 >= x2 + w2 or y2 >= y1 + h1 or y1 >= y2 + h2
        assert apart
    context.close()
