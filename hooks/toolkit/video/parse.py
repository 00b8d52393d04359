"""A page's videos, read from its Markdown with line numbers, and what is wrong with each.

    <!-- toolkit:video improvement-cymru-2023 -->
    [Co-Production (Welsh Subtitles)](https://www.youtube.com/watch?v=u2qllro_dek)
    Improvement Cymru's video on co-production, with Welsh subtitles.

The marker (toolkit.markers: alone on its line, a blank line before it) names the video, the same id in
every language; the next line is the title, linked to the video's YouTube address; the lines after it,
up to a blank line, are the description in the page's language. In any other Markdown viewer the marker
shows nothing and the rest reads as a link and a sentence. Title and description are inline Markdown (a
`<span lang="en">` for a title in another language); the address is the same in every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from .. import markers, safety
from ..problems import Problem

KIND = "video"
EXAMPLE = ("<!-- toolkit:video improvement-cymru-2023 -->\n"
           "[Co-Production (Welsh Subtitles)](https://www.youtube.com/watch?v=u2qllro_dek)\n"
           "Improvement Cymru's video on co-production, with Welsh subtitles.")
_LINK = re.compile(r"\[(?P<title>.+)\]\(\s*<?(?P<address>[^)\s>]+)>?\s*\)")
_YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
_WATCH_HOSTS = {"www.youtube.com", "youtube.com", "m.youtube.com"}
ADDRESS_FORM = "https://www.youtube.com/watch?v=<id> or https://youtu.be/<id>"


@dataclass(frozen=True)
class Video:
    id: str            # the marker's id, the same in every language
    title: str         # inline Markdown
    address: str       # as written: the provider's own page for the video
    youtube_id: str
    description: str   # inline Markdown
    line: int          # the marker's line in the file
    lines: int         # how many lines it takes: marker, title, description


def youtube_id(address: str) -> str | None:
    """The video's YouTube id, from a watch address or a youtu.be one; None for any other address."""
    parts = urlsplit(address)
    if parts.scheme != "https":
        return None
    if parts.hostname in _WATCH_HOSTS and parts.path == "/watch":
        found = parse_qs(parts.query).get("v", [""])[0]
    elif parts.hostname == "youtu.be":
        found = parts.path.strip("/")
    else:
        return None
    return found if _YOUTUBE_ID.fullmatch(found) else None


def scan(markdown: str, path: str, first_line: int = 1) -> tuple[list[Video], list[Problem]]:
    """Every well-formed video of a page, in page order, and the mistakes of the video markers (a
    malformed marker itself is toolkit.markers' to report, and is left out here)."""
    found, _ = markers.scan(markdown, path, first_line)
    lines = markdown.splitlines()
    videos: list[Video] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for marker in found:
        if marker.name != KIND or not marker.ok:
            continue
        index = marker.line - first_line
        shown = f"<!-- toolkit:video {marker.ident} -->"
        title_line = lines[index + 1].strip() if index + 1 < len(lines) else ""
        link = _LINK.fullmatch(title_line)
        if link is None:
            problems.append(Problem(path, f"write the video's title and address on the line after {shown}, as "
                                          f"a link: [Title]({ADDRESS_FORM.split(' or ')[0]})"
                                          + (f" (found '{title_line}')" if title_line else ""), marker.line + 1
                                    if title_line else marker.line))
            continue
        address = link.group("address")
        ident = youtube_id(address)
        if ident is None:
            problems.append(Problem(path, f"the video's address must be a YouTube address, {ADDRESS_FORM} "
                                          f"(found '{address}')", marker.line + 1))
            continue
        description = []
        for line in lines[index + 2:]:
            if not line.strip() or markers.ANY.search(line):
                break
            description.append(line.strip())
        if not description:
            problems.append(Problem(path, f"write a one-line description of the video on the line after its "
                                          f"title, in the page's language (no blank line between them)",
                                    marker.line + 1))
            continue
        broken = False
        for offset, text in enumerate([title_line] + description, start=1):
            if html := safety.raw_html(text):
                problems.append(Problem(path, f"the video holds raw HTML ('{html}'): video texts "
                                              f"{safety.TEXT_ONLY}", marker.line + offset))
                broken = True
        if marker.ident in seen:
            problems.append(Problem(path, f"video '{marker.ident}' is placed twice on this page (first on line "
                                          f"{seen[marker.ident]}); give each video its own id", marker.line))
            continue
        seen[marker.ident] = marker.line
        if broken:
            continue
        videos.append(Video(marker.ident, link.group("title").strip(), address, ident, " ".join(description),
                            marker.line, 2 + len(description)))
    return videos, problems


def blocks(markdown: str, path: str, first_line: int = 1) -> list[tuple[int, int]]:
    """(line, number of lines) of every video marker with the lines under it, up to a blank line, well
    formed or not: a video with a mistake shows nothing, not even half of itself."""
    found, _ = markers.scan(markdown, path, first_line)
    lines = markdown.splitlines()
    spans = []
    for marker in found:
        if marker.name != KIND:
            continue
        index = end = marker.line - first_line
        while end + 1 < len(lines) and lines[end + 1].strip() and not markers.ANY.search(lines[end + 1]):
            end += 1
        spans.append((marker.line, end - index + 1))
    return spans


def compare(default_label: str, default: list[Video], other_label: str, other: list[Video]) -> list[Problem]:
    """A translation's video of the same id plays the same video (which videos, in which order, is
    toolkit.markers' parity check)."""
    mine = {v.id: v for v in default}
    problems = []
    for video in other:
        twin = mine.get(video.id)
        if twin is not None and twin.youtube_id != video.youtube_id:
            problems.append(Problem(other_label, f"video '{video.id}' has the address {video.address} but "
                                                 f"{default_label} gives {twin.address} (line {twin.line + 1} "
                                                 f"there); both languages show the same video",
                                    video.line + 1))
    return problems
