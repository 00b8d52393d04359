"""Videos in the built fixture site, as the browser receives them (no JavaScript): a link to watch, the
title and description, the player's address waiting in a data attribute, and nothing from another host."""

from __future__ import annotations

import pytest

from toolkit import safety

from .conftest import article, soup

PAGE = "process-mapping/reading-the-map/index.html"


@pytest.mark.parametrize("root, title, watch", [("", "Mapping a clinic's morning", "Watch on YouTube"),
                                                ("cy/", "Mapio bore mewn clinig", "Gwylio ar YouTube")])
def test_the_video_without_javascript_is_a_title_a_description_and_a_link(fixture_site, root, title, watch):
    html = soup(fixture_site / root / PAGE)
    figure = article(html).select_one("figure.ic-video")
    assert figure.find_previous("h2")["id"] == "map-in-practice"
    assert figure.select_one(".ic-video__title").get_text() == title
    assert figure.select_one("a.ic-video__watch").get_text() == f"{watch} ({title})"
    assert figure.select_one("a.ic-video__watch")["href"] == "https://www.youtube.com/watch?v=fixtureVid1"
    assert figure.select_one(".ic-video__stage")["hidden"] is not None  # the button needs the script
    # The marker and the author's lines are gone: no second copy of the title or description.
    assert "toolkit:video" not in str(article(html)) and article(html).get_text().count(title) == 3
    assert safety.foreign_resources(str(html), "127.0.0.1") == []
    assert not html.select("iframe")
    assert html.select('script[src*="assets/video/video.js"]') and html.select('link[href*="assets/video/video.css"]')


def test_pages_without_a_video_do_not_load_its_assets(fixture_site):
    html = soup(fixture_site / "process-mapping/drawing-the-map/index.html")
    assert not html.select('script[src*="video.js"], link[href*="video.css"]')
