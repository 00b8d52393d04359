"""Videos: the marker and its lines read with line numbers, each mistake one message at its line, the
twins' parity, the HTML before play (nothing loaded from another host) and the safety check on the
embed address."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from toolkit import checks, safety, strings
from toolkit.video import parse, render
from toolkit.video.parse import ADDRESS_FORM, Video

from .site import sources_of

PAGE = "docs/guide/page.md"
GOOD = ("Text.\n\n<!-- toolkit:video clinic -->\n[Mapping a *clinic*](https://www.youtube.com/watch?v=abcdefghijk)\n"
        "A team maps the first hour\nof a clinic.\n\nAfter.\n")


def test_a_video_is_read_with_its_lines():
    videos, problems = parse.scan(GOOD, PAGE, first_line=5)
    assert problems == []
    assert videos == [Video("clinic", "Mapping a *clinic*", "https://www.youtube.com/watch?v=abcdefghijk",
                            "abcdefghijk", "A team maps the first hour of a clinic.", 7, 4)]


@pytest.mark.parametrize("address, found", [
    ("https://www.youtube.com/watch?v=abcdefghijk", "abcdefghijk"),
    ("https://youtube.com/watch?v=ab_d-fghijk&t=10s", "ab_d-fghijk"),
    ("https://youtu.be/abcdefghijk", "abcdefghijk"),
    ("http://www.youtube.com/watch?v=abcdefghijk", None),
    ("https://www.youtube.com/watch?v=short", None),
    ("https://vimeo.com/123456", None),
    ("https://www.youtube.com.evil.example/watch?v=abcdefghijk", None),
])
def test_only_youtube_watch_and_short_addresses_are_videos(address, found):
    assert parse.youtube_id(address) == found


@pytest.mark.parametrize("text, expected", [
    ("<!-- toolkit:video clinic -->\n\nA team.\n",
     f"{PAGE}:1: write the video's title and address on the line after <!-- toolkit:video clinic -->, as a link: "
     f"[Title](https://www.youtube.com/watch?v=<id>)"),
    ("<!-- toolkit:video clinic -->\nMapping a clinic\nA team.\n",
     f"{PAGE}:2: write the video's title and address on the line after <!-- toolkit:video clinic -->, as a link: "
     f"[Title](https://www.youtube.com/watch?v=<id>) (found 'Mapping a clinic')"),
    ("<!-- toolkit:video clinic -->\n[Mapping](https://vimeo.com/1)\nA team.\n",
     f"{PAGE}:2: the video's address must be a YouTube address, {ADDRESS_FORM} (found 'https://vimeo.com/1')"),
    ("<!-- toolkit:video clinic -->\n[Mapping](https://youtu.be/abcdefghijk)\n\nA team.\n",
     f"{PAGE}:2: write a one-line description of the video on the line after its title, in the page's language "
     f"(no blank line between them)"),
    ("<!-- toolkit:video clinic -->\n[Mapping](https://youtu.be/abcdefghijk)\nA <b>team</b>.\n",
     f"{PAGE}:3: the video holds raw HTML ('<b>'): video texts {safety.TEXT_ONLY}"),
    ("<!-- toolkit:video clinic -->\n[Mapping](https://youtu.be/abcdefghijk)\nA team.\n\n"
     "<!-- toolkit:video clinic -->\n[Mapping](https://youtu.be/abcdefghijk)\nA team.\n",
     f"{PAGE}:5: video 'clinic' is placed twice on this page (first on line 1); give each video its own id"),
])
def test_each_mistake_is_one_message_at_its_line(text, expected):
    videos, problems = parse.scan(text, PAGE)
    assert [str(p) for p in problems] == [expected]


def test_a_language_span_is_allowed_and_a_malformed_marker_is_the_scanners_to_report():
    text = ('<!-- toolkit:video clinic -->\n[<span lang="en">Mapping</span>](https://youtu.be/abcdefghijk)\n'
            'Fideo.\n\n<!-- toolkit:video Bad Id -->\n[x](https://youtu.be/abcdefghijk)\ny\n')
    videos, problems = parse.scan(text, PAGE)
    assert [v.id for v in videos] == ["clinic"] and problems == []


FRONT = "---\ntitle: {t}\norder: 2\ndescription: {t}.\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\n---\n\n"
EN = FRONT.format(t="Tips") + "# Tips {#tips}\n\n<!-- toolkit:video clinic -->\n[Mapping](https://youtu.be/abcdefghijk)\nA team.\n"
HOME = {"index.md": "---\ntitle: Home\n---\n\n# Home {#home}\n", "cy/index.md": "---\ntitle: Hafan\n---\n\n# Hafan {#home}\n"}


def test_the_translation_plays_the_same_video():
    cy = (FRONT.format(t="Awgrymiadau") + "# Awgrymiadau {#tips}\n\n<!-- toolkit:video clinic -->\n"
          "[Mapio](https://www.youtube.com/watch?v=zzzzzzzzzzz)\nTîm.\n")
    found = [str(p) for p in checks.run(sources_of({**HOME, "g/tips.md": EN, "cy/g/tips.md": cy}, {}))]
    assert found == ["docs/cy/g/tips.md:12: video 'clinic' has the address https://www.youtube.com/watch?v=zzzzzzzzzzz "
                     "but docs/g/tips.md gives https://youtu.be/abcdefghijk (line 12 there); both languages show "
                     "the same video"]
    same = cy.replace("https://www.youtube.com/watch?v=zzzzzzzzzzz", "https://www.youtube.com/watch?v=abcdefghijk")
    assert checks.run(sources_of({**HOME, "g/tips.md": EN, "cy/g/tips.md": same}, {})) == []


def test_a_video_on_one_side_only_is_the_marker_parity_check():
    cy = FRONT.format(t="Awgrymiadau") + "# Awgrymiadau {#tips}\n\nTîm.\n"
    found = [str(p) for p in checks.run(sources_of({**HOME, "g/tips.md": EN, "cy/g/tips.md": cy}, {}))]
    assert found == ["docs/cy/g/tips.md: <!-- toolkit:video clinic --> is missing: docs/g/tips.md has it on line 11; "
                     "both languages need the same markers, in the same order"]


def _html(language="cy"):
    video = parse.scan(GOOD, PAGE)[0][0]
    catalogue = strings.load(language)
    html = render.render(video, language, catalogue,
                         {"title": 'Mapio <span lang="en">clinic</span>', "description": "Tîm &amp; clinig."})
    return BeautifulSoup(html, "html.parser"), html


def test_before_play_the_page_loads_nothing_from_another_host_and_links_to_the_video():
    page, html = _html()
    assert safety.foreign_resources(html, "127.0.0.1") == []
    assert not page.select("iframe, img, script, video")
    figure = page.select_one("figure.ic-video")
    assert figure["data-ic-video-embed"] == ("https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1&"
                                             "cc_load_policy=1&cc_lang_pref=cy&rel=0")
    # The button, named after the video (its text), waits hidden for the script; the link is always there.
    button = page.select_one(".ic-video__stage[hidden] button[type=button]")
    assert button.get_text() == "Chwarae'r fideo: Mapio clinic"
    assert button.select_one('span[lang="en"]').get_text() == "clinic"
    link = page.select_one("figcaption a.ic-video__watch")
    assert link["href"] == "https://www.youtube.com/watch?v=abcdefghijk"
    assert link.get_text() == "Gwylio ar YouTube (Mapio clinic)"
    assert page.select_one(".ic-video__address").get_text() == "https://www.youtube.com/watch?v=abcdefghijk"
    assert figure["aria-labelledby"] == page.select_one(".ic-video__title")["id"]
    assert figure["data-i18n-frame-title"] == "Fideo YouTube: {title}"


def test_captions_are_asked_for_in_the_pages_language():
    page, _ = _html("en")
    assert "cc_lang_pref=en" in page.select_one("figure")["data-ic-video-embed"]
    assert page.select_one("button").get_text() == "Play video: Mapio clinic"


@pytest.mark.parametrize("address, foreign", [
    ("https://www.youtube-nocookie.com/embed/abcdefghijk", []),
    ("https://www.youtube.com/embed/abcdefghijk", [(safety.VIDEO_EMBED, "https://www.youtube.com/embed/abcdefghijk")]),
    ("https://tracker.example/x", [(safety.VIDEO_EMBED, "https://tracker.example/x")]),
])
def test_the_embed_address_may_name_the_privacy_enhanced_player_only(address, foreign):
    assert safety.foreign_resources(f'<figure {safety.VIDEO_EMBED}="{address}"></figure>', "127.0.0.1") == foreign
    # The exception is for the video's attribute alone: a frame from that host in the page is still foreign.
    assert safety.foreign_resources(f'<iframe src="{address}"></iframe>', "127.0.0.1") == [("<iframe src>", address)]
