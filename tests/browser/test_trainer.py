"""The trainer page in a real browser: copy-link buttons (progressive enhancement) and links without JS."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_copy_link_copies_the_published_address_and_says_so(browser, site_url):
    context = browser.new_context(base_url=site_url, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto("cy/trainers/")
    link = page.locator('a.ic-trainer__link[href$="how-to-use/#steps"]')
    button = link.locator("xpath=following-sibling::button[1]")
    assert button.inner_text().startswith("Copïo'r ddolen")
    name = button.evaluate("b => b.textContent")
    assert name.startswith("Copïo'r ddolen: ")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('.ic-trainer__status').textContent !== ''")
    assert page.locator(".ic-trainer__status").inner_text().startswith("Dolen wedi'i chopïo: ")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{site_url}cy/co-production/how-to-use/#steps"
    context.close()


def test_without_javascript_the_links_work_and_there_are_no_buttons(page_without_js):
    page = page_without_js
    page.goto("trainers/")
    assert page.locator("button.ic-trainer__copy").count() == 0
    page.locator('a.ic-trainer__twin[href$="cy/co-production/tips/#measure-impact"]').click()
    assert page.url.endswith("/cy/co-production/tips/#measure-impact")
    assert page.locator("html").get_attribute("lang") == "cy"
