"""Sentences that are true only with JavaScript ("Your answers stay on this device", the learning record's
privacy note, the ladder's "saved only in this browser", a video's play button) are hidden when it is off,
and shown when it is on. Over the live site's pages that carry them, in both languages."""

from __future__ import annotations

import pytest

from toolkit import strings

pytestmark = pytest.mark.browser

# Catalogue keys whose words speak of what the scripts do (keeping answers, exporting, playing).
SCRIPT_ONLY = ("quiz_privacy", "ladder_check_saved_here", "record_privacy")
PAGES = {"en": ["co-production/", "co-production/what-next/", "learning-record/"],
         "cy": ["cy/co-production/", "cy/co-production/what-next/", "cy/learning-record/"]}


def _visible_sentences(page, language: str) -> list[str]:
    catalogue = strings.load(language)
    text = " ".join(page.locator("body").inner_text().split())
    return [key for key in SCRIPT_ONLY if " ".join(catalogue[key].split()) in text]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_without_javascript_no_sentence_claims_what_only_a_script_does(page_without_js, language):
    page = page_without_js
    for path in PAGES[language]:
        page.goto(path)
        assert _visible_sentences(page, language) == [], path
        # Nor a play button that would do nothing: the video is its link.
        assert page.get_by_role("button", name=strings.load(language)["video_play"].split(":")[0], exact=False) \
            .count() == 0, path


@pytest.mark.parametrize("language", ["en", "cy"])
def test_with_javascript_they_are_there(page, language):
    found = set()
    for path in PAGES[language]:
        page.goto(path)
        page.wait_for_load_state("load")
        found |= set(_visible_sentences(page, language))
    assert found == set(SCRIPT_ONLY)
