"""A video's HTML, in the page's language, through templates/video.html.j2 (toolkit.templating).

What the page holds loads nothing from another host: a local placeholder (our own CSS, never the
provider's thumbnail), the title, the description and a plain link to the provider's page. The embed
address is written in a data attribute only (`data-ic-video-embed`), which the video's script puts in an
<iframe> when the reader presses play; toolkit.safety checks that it points at the privacy-enhanced
player and nowhere else. Captions are asked for (`cc_load_policy=1`) in the page's language.
"""

from __future__ import annotations

from typing import Mapping
from urllib.parse import urlencode

from markupsafe import Markup, escape

from ..templating import template
from .parse import Video

EMBED_HOST = "www.youtube-nocookie.com"


def texts(video: Video) -> dict[str, str]:
    """The Markdown texts a video shows, by name (converted by the page's own Markdown)."""
    return {"title": video.title, "description": video.description}


def embed_address(video: Video, language: str) -> str:
    # autoplay: the reader has just pressed play once; rel=0: related videos from the same channel only.
    query = urlencode({"autoplay": 1, "cc_load_policy": 1, "cc_lang_pref": language, "rel": 0})
    return f"https://{EMBED_HOST}/embed/{video.youtube_id}?{query}"


def watch_address(video: Video) -> str:
    return f"https://www.youtube.com/watch?v={video.youtube_id}"


def _fill(text: str, title: Markup) -> Markup:
    return Markup(escape(text)).replace("{title}", title)


def render(video: Video, language: str, catalogue: Mapping[str, str], html: Mapping[str, str]) -> str:
    title = Markup(html.get("title", ""))
    return template("video", "video").render(
        id=video.id,
        title=title,
        description=Markup(html.get("description", "")),
        embed=embed_address(video, language),
        watch=watch_address(video),
        play=_fill(catalogue["video_play"], title),
        frame_title=catalogue["video_frame_title"],
        ic=catalogue,
    )
