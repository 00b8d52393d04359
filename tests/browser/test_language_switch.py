"""The language switch in a real browser: same page, same section, by mouse and by keyboard."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

DEEP = "co-production/how-to-use/#evaluate-learning"


def _path_and_hash(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.path, parts.fragment


def _switch(page):
    return page.locator("header a[hreflang]")


def test_mouse_switch_keeps_the_section_both_ways(page):
    page.goto(DEEP)
    assert _switch(page).inner_text().strip().endswith("Cymraeg")
    _switch(page).click()
    page.wait_for_url("**/cy/co-production/how-to-use/**")
    assert _path_and_hash(page.url) == ("/cy/co-production/how-to-use/", "evaluate-learning")
    assert page.locator("html").get_attribute("lang") == "cy"
    heading = page.locator("#evaluate-learning")
    assert heading.is_visible() and "Gwerthuso" in heading.inner_text()
    # The section is on screen, not just in the address bar.
    assert 0 <= heading.bounding_box()["y"] < page.viewport_size["height"]

    assert _switch(page).inner_text().strip().endswith("English")
    _switch(page).click()
    page.wait_for_url("**/co-production/how-to-use/**")
    assert _path_and_hash(page.url) == ("/co-production/how-to-use/", "evaluate-learning")
    assert page.locator("html").get_attribute("lang") == "en"


def test_keyboard_switch_keeps_the_section(page):
    page.goto("co-production/rationale/#benefits")
    # Tab from the top of the page until the language link has focus, as a keyboard user would.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('hreflang')") == "cy":
            break
    else:
        pytest.fail("the language link cannot be reached with the Tab key")
    # The address bar follows the section on screen (navigation.tracking): that is the one to keep.
    section = page.evaluate("location.hash")
    assert section in ("#benefits", "#strengths-based", "#video-berwick")
    page.keyboard.press("Enter")
    page.wait_for_url("**/cy/co-production/rationale/**")
    assert _path_and_hash(page.url) == ("/cy/co-production/rationale/", section[1:])


def test_switch_follows_the_section_the_reader_scrolled_to(page):
    page.goto("co-production/how-to-use/")
    # Scroll like a reader (wheel), not by jumping to an anchor: the address bar follows the section.
    page.mouse.move(600, 400)
    for _ in range(4):
        page.mouse.wheel(0, 400)
        page.wait_for_timeout(300)
    page.wait_for_function("() => location.hash.length > 1")
    section = page.evaluate("location.hash")
    _switch(page).click()
    page.wait_for_url("**/cy/co-production/how-to-use/**")
    assert "#" + _path_and_hash(page.url)[1] == section


def test_without_javascript_the_switch_still_goes_to_the_same_page(page_without_js):
    page = page_without_js
    page.goto(DEEP)
    _switch(page).click()
    page.wait_for_url("**/cy/co-production/how-to-use/")
    assert urlsplit(page.url).path == "/cy/co-production/how-to-use/"


def test_pages_make_no_request_outside_the_site(page, site_url):
    requests, failed = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))
    for path in ("", "cy/", "co-production/", "cy/co-production/what-next/"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    outside = [url for url in requests if not url.startswith(site_url)]
    assert requests and not outside, outside
    # Nothing wasted on a slow connection either (Material's <page>/sitemap.xml look-ups are answered
    # in the page by lang-switch.js).
    assert not failed, failed


@pytest.mark.parametrize("path, lang, words", [("no/such/page/", "en", "Page not found"),
                                               ("cy/dim/tudalen/", "cy", "Heb ddod o hyd")])
def test_not_found_page_in_the_readers_language(page, path, lang, words):
    response = page.goto(path)
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == lang
    assert words in page.locator("h1").inner_text()
    # Its stylesheet and links work from any depth (absolute URLs).
    assert page.evaluate("getComputedStyle(document.body).fontFamily") != ""
    page.locator("article a").first.click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == ("/" if lang == "en" else "/cy/")
