"""What the learning record page knows of the site at build time, as frozen data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    key: str       # the page's path in the default language, e.g. "co-production/tips/" (ic.record's key)
    title: str
    url: str       # relative to the record page
    minutes: int   # reading minutes of the page's text


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str     # the heading before the quiz, or the page's title
    page: str      # the page's key


@dataclass(frozen=True)
class Ladder:
    id: str
    title: str
    rungs: tuple[tuple[str, str], ...]  # (rung id, label), bottom first as drawn in the page


@dataclass(frozen=True)
class Guide:
    key: str       # the guide's folder, e.g. "co-production" (ic.record's "g")
    title: str     # in the page's language
    url: str       # the guide's first page, relative to the record page
    pages: tuple[Page, ...]
    quizzes: tuple[Quiz, ...] = ()
    ladders: tuple[Ladder, ...] = ()
