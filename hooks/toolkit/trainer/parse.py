"""From rendered pages to the trainer index's entries (GuideSource → GuideEntry), and the twin's titles
read from its Markdown source. No MkDocs here: the hook hands over plain data."""

from __future__ import annotations

import html
import re

from .. import headings as md_headings
from ..frontmatter import split
# One reading time for learners and trainers: the progress component's.
from ..progress.parse import reading_minutes
from .model import GuideEntry, GuideSource, Heading, Item, PageEntry, PageSource

_QUIZ = re.compile(r'<div class="ic-quiz"[^>]*\bdata-quiz-id="([^"]+)"')
_QUESTION = re.compile(r'<fieldset class="ic-quiz__question[" ]')
_HEADING = re.compile(r'<h([2-4])\b[^>]*\bid="([^"]+)"')
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"[*_`]+")
_MD_HTML = re.compile(r"<[^>]+>")


def plain(markdown_text: str) -> str:
    """A heading's Markdown as plain text: links keep their words, emphasis and tags go."""
    text = _MD_LINK.sub(r"\1", markdown_text)
    text = _MD_HTML.sub("", text)
    return html.unescape(_MD_MARK.sub("", text)).strip()


def twin_titles(text: str) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """(page title, ((heading id, heading text), ...)) of a page's Markdown source."""
    meta, body, offset = split(text)
    found = md_headings.parse(body, first_line=offset + 1)
    h1 = next((h.text for h in found if h.level == 1), None)
    title = meta.get("title") or (plain(h1) if h1 else None)
    return (str(title) if title else None), tuple((h.id, plain(h.text)) for h in found if h.id)


def quiz_headings(content: str) -> frozenset[str]:
    """Ids of the headings that introduce a quiz (the last h2-h4 before each quiz)."""
    found = set()
    for quiz in _QUIZ.finditer(content):
        before = list(_HEADING.finditer(content, 0, quiz.start()))
        if before:
            found.add(before[-1].group(2))
    return frozenset(found)


def _nest(flat: list[tuple[Heading, Item]]) -> tuple[Item, ...]:
    """Headings in document order → a tree: h3 under the h2 before it, h4 under the h3."""
    result: list[Item] = []
    i = 0
    while i < len(flat):
        heading, item = flat[i]
        j = i + 1
        while j < len(flat) and flat[j][0].level > heading.level:
            j += 1
        children = _nest(flat[i + 1:j])
        result.append(Item(item.id, item.level, item.title, item.twin_title, item.quiz, children))
        i = j
    return tuple(result)


def page_entry(source: PageSource, slug: str = "") -> PageEntry:
    quizzes = quiz_headings(source.content)
    twin = dict(source.twin_headings)
    flat = [(h, Item(h.id, h.level, html.unescape(h.title), twin.get(h.id, ""), h.id in quizzes))
            for h in source.headings if 2 <= h.level <= 4]
    return PageEntry(source.url, source.title, source.twin_url, source.twin_title or "",
                     reading_minutes(source.content), _nest(flat), slug, source.notes,
                     len(_QUESTION.findall(source.content)), source.exercises)


def _key(url: str) -> str:
    """A page's URL in either style without its ending: "g/tips/", "g/tips.html" → "g/tips"; "g/",
    "g/index.html" → "g"."""
    url = url.rstrip("/").removesuffix(".html")
    return url.removesuffix("/index") if url != "index" else ""


def page_slug(index_url: str, url: str) -> str:
    """The page's name within its guide, the same in both languages and URL styles: "index" for the
    guide's first page, else its path below the guide's folder ("tips", "more-tips")."""
    folder, page = _key(index_url), _key(url)
    if page == folder:
        return "index"
    return page.removeprefix(folder + "/").replace("/", "-")


def guide_entry(source: GuideSource) -> GuideEntry:
    slug = source.index.url.rstrip("/").split("/")[-1].removesuffix(".html")
    if slug == "index":  # use_directory_urls: false gives "co-production/index.html"
        slug = source.index.url.rstrip("/").split("/")[-2]
    return GuideEntry(source.title, source.twin_title or "", slug,
                      tuple(page_entry(p, page_slug(source.index.url, p.url)) for p in source.pages),
                      source.print_url)
