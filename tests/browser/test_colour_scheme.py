"""The colour scheme follows the device until the reader chooses, and the reader can go back to "follow
the device" (Material's three-way palette toggle, mkdocs.yml): light, dark, then the device's setting."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

NAMES = {"en": ("Switch to light mode", "Switch to dark mode", "Switch to follow your device's setting"),
         "cy": ("Newid i'r modd golau", "Newid i'r modd tywyll", "Newid i ddilyn gosodiad eich dyfais")}


@pytest.fixture
def device(browser, served_site):
    """A page in a fresh browser (nothing saved), on a device set to dark."""
    context = browser.new_context(base_url=served_site, color_scheme="dark")
    page = context.new_page()
    yield page
    context.close()


def _scheme(page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def _toggle(page):
    """The palette's visible toggle (Material shows one icon, named after what it switches to)."""
    return page.locator('[data-md-component="palette"] label:not([hidden])')


def test_a_first_visit_keeps_following_the_device(device):
    page = device
    page.goto("co-production/")
    assert _scheme(page) == "slate"
    page.emulate_media(color_scheme="light")
    page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'default'")
    # After a visit, the next page still follows the device (nothing was chosen, so nothing sticks).
    page.goto("co-production/tips/")
    assert _scheme(page) == "default"
    page.emulate_media(color_scheme="dark")
    page.reload()
    assert _scheme(page) == "slate"


@pytest.mark.parametrize("root, lang", [("", "en"), ("cy/", "cy")])
def test_light_dark_and_back_to_the_device(device, root, lang):
    page = device
    to_light, to_dark, to_device = NAMES[lang]
    page.goto(root + "co-production/")
    assert _toggle(page).get_attribute("title") == to_light
    _toggle(page).click()
    assert _scheme(page) == "default"  # the reader's choice wins over the dark device, on every page
    assert _toggle(page).get_attribute("title") == to_dark
    page.goto(root + "co-production/tips/")
    assert _scheme(page) == "default"
    _toggle(page).click()
    assert _scheme(page) == "slate" and _toggle(page).get_attribute("title") == to_device
    page.emulate_media(color_scheme="light")
    page.reload()
    assert _scheme(page) == "slate"  # chosen: the device's light setting does not change it
    _toggle(page).click()
    assert _toggle(page).get_attribute("title") == to_light
    page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'default'")  # the device again
    page.reload()
    page.emulate_media(color_scheme="dark")
    page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'slate'")


def test_the_switch_works_by_keyboard_with_its_focus_on_the_icon_on_screen(device):
    page = device
    page.goto("co-production/")
    radio = page.locator('[data-md-component="palette"] .md-option:checked')
    assert radio.get_attribute("aria-label") == "Switch to light mode"  # the palette in use: the device's
    radio.focus()
    page.keyboard.press("Enter")
    assert _scheme(page) == "default"
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Switch to dark mode"
    page.keyboard.press("Enter")
    assert _scheme(page) == "slate"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Switch to light mode"
