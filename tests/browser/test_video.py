"""Videos in a real browser: nothing from another host until the reader presses play, then exactly the
privacy-enhanced player with captions; by keyboard, named for screen readers; without JavaScript a link;
on paper the title and address.

On the fixture site's test-owned video (tests/fixtures/docs/process-mapping/reading-the-map.md). Every
request off the site is caught by a Playwright route, so nothing leaves the machine: the player's address
is answered with a stand-in page, anything else is refused (and recorded)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PAGE = "process-mapping/reading-the-map/"
PLAYER = "https://www.youtube-nocookie.com/embed/fixtureVid1?autoplay=1&cc_load_policy=1&cc_lang_pref={lang}&rel=0"


@pytest.fixture
def served_site(fixture_url):
    return fixture_url


@pytest.fixture
def outside(page, served_site):
    """Every request to another host, in order; none reaches the network."""
    found = []

    def handle(route):
        url = route.request.url
        if url.startswith(served_site):
            route.continue_()
            return
        found.append(url)
        if url.startswith("https://www.youtube-nocookie.com/"):
            route.fulfill(status=200, content_type="text/html", body="<!doctype html><title>player</title><p>player")
        else:
            route.abort()

    page.context.route("**/*", handle)
    return found


@pytest.mark.parametrize("root, lang, name, frame", [
    ("", "en", "Play video: Mapping a clinic's morning", "YouTube video: Mapping a clinic's morning"),
    ("cy/", "cy", "Chwarae'r fideo: Mapio bore mewn clinig", "Fideo YouTube: Mapio bore mewn clinig"),
])
def test_pressing_play_by_keyboard_loads_only_the_privacy_enhanced_player(page, outside, root, lang, name, frame):
    page.goto(root + PAGE)
    page.wait_for_load_state("networkidle")
    assert outside == []  # nothing from another host before the reader asks: no thumbnail, no script
    button = page.get_by_role("button", name=name, exact=True)
    assert button.is_visible()
    button.focus()
    page.keyboard.press("Enter")
    player = page.locator("iframe.ic-video__frame")
    player.wait_for()
    page.wait_for_load_state("networkidle")
    assert outside == [PLAYER.format(lang=lang)]
    assert player.get_attribute("title") == frame
    assert page.evaluate("document.activeElement.tagName") == "IFRAME"  # focus went into the player
    assert page.get_by_role("button", name=name).count() == 0
    box = player.bounding_box()
    assert box["width"] > 250 and abs(box["width"] / box["height"] - 16 / 9) < 0.05


def test_space_plays_too_and_the_watch_link_stays(page, outside):
    page.goto(PAGE)
    page.get_by_role("button", name="Play video: Mapping a clinic's morning").focus()
    page.keyboard.press("Space")
    page.locator("iframe.ic-video__frame").wait_for()
    link = page.get_by_role("link", name="Watch on YouTube (Mapping a clinic's morning)")
    assert link.is_visible() and link.get_attribute("href") == "https://www.youtube.com/watch?v=fixtureVid1"


def test_without_javascript_the_video_is_a_link_and_no_button(page_without_js):
    page = page_without_js
    page.goto(PAGE)
    assert page.get_by_role("button", name="Play video: Mapping a clinic's morning").count() == 0
    assert not page.locator(".ic-video__stage").is_visible()
    link = page.get_by_role("link", name="Watch on YouTube (Mapping a clinic's morning)")
    assert link.is_visible() and link.get_attribute("href") == "https://www.youtube.com/watch?v=fixtureVid1"
    assert page.locator(".ic-video__title").inner_text() == "Mapping a clinic's morning"


def test_on_paper_the_title_and_address_show_and_the_placeholder_does_not(page, outside):
    page.goto(PAGE)
    page.emulate_media(media="print")
    figure = page.locator("figure.ic-video")
    text = figure.inner_text()
    assert "Mapping a clinic's morning" in text and "https://www.youtube.com/watch?v=fixtureVid1" in text
    assert not page.locator(".ic-video__stage").is_visible()
    assert text.count("https://www.youtube.com/watch?v=fixtureVid1") == 1  # the link's address is not said twice
