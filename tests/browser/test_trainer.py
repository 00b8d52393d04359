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
    page.wait_for_function("document.querySelector('.ic-trainer__status').textContent !== ''")
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
    assert page.locator(".ic-trainer__status").inner_text().startswith("Dolen wedi'i chopïo: ")
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
