"""From rendered pages to the record page's data. No MkDocs here: the hook hands over plain strings."""

from __future__ import annotations

import html
import re

from .model import Ladder, Quiz

_TAG = re.compile(r"<[^>]+>")
_HEADING = re.compile(r"<h([2-4])\b[^>]*>(.*?)</h\1>", re.S)
_QUIZ = re.compile(r'<div class="ic-quiz"[^>]*\bdata-quiz-id="([^"]+)"')
_LADDER = re.compile(r'<figure class="ic-ladder"[^>]*\bdata-ladder="([^"]+)"(.*?)</figure>', re.S)
_RUNG = re.compile(r'data-rung="([^"]+)".*?<span class="ic-ladder__label">(.*?)</span>', re.S)
_LADDER_TITLE = re.compile(r'<strong class="ic-ladder__title">(.*?)</strong>', re.S)
_ASSESSMENT = re.compile(r'<div class="ic-ladder-check"[^>]*\bdata-ladder="([^"]+)"')
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)


def text(fragment: str) -> str:
    """HTML → its plain text, spaces collapsed."""
    return " ".join(html.unescape(_TAG.sub("", _PERMALINK.sub("", fragment))).split())


def _heading_before(content: str, end: int) -> str | None:
    found = list(_HEADING.finditer(content, 0, end))
    return text(found[-1].group(2)) if found else None


def quizzes(content: str, page: str, page_title: str) -> tuple[Quiz, ...]:
    """The page's quizzes in page order, named by the page's title: quiz headings repeat from page to page
    ("Check your understanding"), so a page with several adds the heading before each."""
    found = list(_QUIZ.finditer(content))
    if len(found) == 1:
        return (Quiz(found[0].group(1), page_title, page),)
    return tuple(Quiz(m.group(1), ": ".join(filter(None, (page_title, _heading_before(content, m.start())))),
                      page) for m in found)


def ladders(content: str) -> tuple[Ladder, ...]:
    """The ladders drawn in the page: id, caption title (without its closing full stop), rungs bottom first."""
    found = []
    for match in _LADDER.finditer(content):
        body = match.group(2)
        title = _LADDER_TITLE.search(body)
        rungs = tuple((rung, text(label)) for rung, label in _RUNG.findall(body))
        found.append(Ladder(match.group(1), text(title.group(1)).rstrip(".") if title else match.group(1),
                            tuple(reversed(rungs))))  # drawn top first
    return tuple(found)


def assessments(content: str) -> tuple[str, ...]:
    """Ids of the ladders whose self-assessment the page holds (a ladder only drawn has no result)."""
    return tuple(_ASSESSMENT.findall(content))
