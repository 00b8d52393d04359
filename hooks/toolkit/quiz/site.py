"""Every quiz of the site, read from the Markdown sources, and which of them may be rendered.

Stateless like `toolkit.translations`: it reads the sources it is given and returns values. A quiz is rendered
only when nothing at all is wrong with it: its own rules, an id no other quiz of its language uses, and
parity with the quiz of the same id on the twin page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..frontmatter import split
from ..problems import Problem
from ..sources import Sources
from . import blocks, parse, validate
from .model import Block, Quiz


@dataclass(frozen=True)
class Found:
    """One quiz block of a page, with what is wrong with it on its own."""

    block: Block
    quiz: Quiz | None      # None when the block cannot even be read (not closed, not YAML)
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.quiz is not None and not self.problems


@dataclass(frozen=True)
class Report:
    pages: dict            # docs-relative path → tuple[Found, ...]
    problems: tuple[Problem, ...]
    blocked: frozenset     # (docs-relative path, quiz id) pairs that fail a site-wide rule

    def renderable(self, path: str) -> tuple[Quiz | None, ...]:
        """For each quiz block of the page, in order: the quiz, or None when it must not be rendered."""
        return tuple(item.quiz if item.ok and (path, item.quiz.id) not in self.blocked else None
                     for item in self.pages.get(path, ()))


@lru_cache(maxsize=4096)
def page(source: str, path: str) -> tuple[Found, ...]:
    """The quiz blocks of one page's source (front matter included), each parsed and validated alone.

    Remembered by source text and path (the result is immutable): mkdocs-static-i18n runs the site-wide
    check again in each language's build, on the same files.
    """
    if "quiz" not in source:
        return ()
    _, body, offset = split(source)
    found = []
    for block in blocks.find(body, first_line=offset + 1):
        item, problems = parse.parse(block, path)
        if item is not None:
            problems = problems + validate.quiz(item, path)
        found.append(Found(block, item, tuple(problems)))
    return tuple(found)


def check(sources: Sources) -> Report:
    """All quizzes of the site's Markdown pages."""
    all_paths = set(sources.pages)
    label = sources.label
    langs = sources.languages
    pages = {path: page(sources.read(path), label(path)) for path in sources.paths}
    pages = {path: found for path, found in pages.items() if found}
    problems = [p for found in pages.values() for item in found for p in item.problems]
    blocked: set[tuple[str, str]] = set()

    # Ids are unique per language (translations share theirs): answers are saved under them.
    for language in langs.codes:
        quizzes = [(path, item.quiz) for path, found in pages.items() for item in found
                   if item.quiz is not None and item.quiz.id and langs.of_path(path) == language]
        counts = Counter(quiz.id for _, quiz in quizzes)
        blocked |= {(path, quiz.id) for path, quiz in quizzes if counts[quiz.id] > 1}
        problems += validate.duplicate_quiz_ids((label(path), quiz) for path, quiz in quizzes)

    for base in sorted({langs.base_path(path) for path in pages}):
        default = langs.path_in(base, langs.default)
        for language in langs.others(langs.default):
            other = langs.path_in(base, language)
            new, pair_blocked = _pair(default, pages.get(default, ()), other, pages.get(other, ()),
                                      all_paths, label)
            problems += new
            blocked |= pair_blocked
    problems.sort(key=lambda p: (p.path, p.line or 0))
    return Report(pages, tuple(problems), frozenset(blocked))


def _pair(en_path: str, en: tuple[Found, ...], cy_path: str, cy: tuple[Found, ...], paths: set[str],
          label: Callable[[str], str]) -> tuple[list[Problem], set[tuple[str, str]]]:
    if en_path not in paths or cy_path not in paths:
        return [], set()  # a missing twin page is reported by the twins check
    problems: list[Problem] = []
    blocked: set[tuple[str, str]] = set()
    en_quizzes = {f.quiz.id: f for f in en if f.quiz is not None and f.quiz.id}
    cy_quizzes = {f.quiz.id: f for f in cy if f.quiz is not None and f.quiz.id}
    # A block that could not be read may be the missing quiz: its own problem is reported already.
    en_unreadable = any(f.quiz is None or not f.quiz.id for f in en)
    cy_unreadable = any(f.quiz is None or not f.quiz.id for f in cy)
    for quiz_id, item in en_quizzes.items():
        if quiz_id not in cy_quizzes:
            blocked.add((en_path, quiz_id))
            if not cy_unreadable:
                problems.append(Problem(label(cy_path), f"quiz '{quiz_id}' of {label(en_path)} (line "
                                        f"{item.quiz.line}) is missing; the Welsh page needs the same quiz, "
                                        f"with the same ids, in Welsh"))
    for quiz_id, item in cy_quizzes.items():
        if quiz_id not in en_quizzes:
            blocked.add((cy_path, quiz_id))
            if not en_unreadable:
                problems.append(Problem(label(cy_path), f"quiz '{quiz_id}' is not on {label(en_path)}; both "
                                        f"languages need the same quizzes, with the same ids",
                                        item.quiz.line))
            continue
        other = en_quizzes[quiz_id]
        if not (item.ok and other.ok):
            continue  # compare only quizzes that are right on their own
        found = validate.twins(label(en_path), other.quiz, label(cy_path), item.quiz)
        if found:
            problems += found
            blocked |= {(en_path, quiz_id), (cy_path, quiz_id)}
    return problems, blocked
