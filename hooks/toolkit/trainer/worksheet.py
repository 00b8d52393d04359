"""Each guide's worksheet and its answer key, two pages beside the guide's trainer page
(trainers/<guide>-worksheet.html, trainers/<guide>-answers.html, in each language).

The worksheet holds the guide's quizzes and self-assessments without answers: each question and its
options with a box to tick, no correct-answer marking, feedback or explanation; the self-assessment with
its key and "if this is true: rung N" lines, a Yes/No box for each statement and a space for the rung,
and instructions written for paper (no button to press). The answer key holds, for the trainer, each
question's correct option(s) and explanation, and the self-assessment's key.

The quiz and ladder hooks `keep` each exercise they place, with its texts as the page's own Markdown
converted them, in the build's state (`STATE`); the trainer hook collects them page by page
(`placed`) once every page is rendered. Links in those texts were written for the learner's page and
are re-aimed from the worksheet's address (`reaim`).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Mapping

from markupsafe import Markup

from ..headings import Heading
from ..ladder import render as ladder_render
from ..quiz import render as quiz_render
from ..templating import template

STATE = "worksheet"  # toolkit.state: {source path: {(kind, line): Exercise}}
QUIZ, ASSESSMENT = "quiz", "assessment"
WORKSHEET, ANSWERS = "worksheet", "answers"  # the two pages, and their file name's ending


@dataclass(frozen=True)
class Exercise:
    """A quiz or a self-assessment as placed in a page: where (the file's line), what (the quiz or the
    ladder model), and its texts' HTML by name (toolkit.quiz.render.key / toolkit.ladder.render.texts)."""

    line: int
    kind: str  # QUIZ or ASSESSMENT
    model: object
    html: Mapping[str, str]


@dataclass(frozen=True)
class Placed:
    """An exercise under its section on its page: the heading before it (id, plain title)."""

    section_id: str | None
    section_title: str | None
    exercise: Exercise


def keep(found: dict, path: str, exercise: Exercise) -> None:
    """Called by the hooks when a page's conversion places an exercise (once per build and page)."""
    found.setdefault(path, {})[(exercise.kind, exercise.line)] = exercise


def placed(found: Mapping, path: str, headings: tuple[Heading, ...], titles: Mapping[str, str]) -> tuple[Placed, ...]:
    """The page's exercises in page order, each under the last h2-h4 before it. `headings` are the page's
    source headings (with lines), `titles` the rendered titles by id."""
    result = []
    for exercise in sorted(found.get(path, {}).values(), key=lambda e: e.line):
        before = [h for h in headings if 2 <= h.level <= 4 and h.id and h.line < exercise.line]
        section = before[-1].id if before else None
        result.append(Placed(section, titles.get(section) if section else None, exercise))
    return tuple(result)


_HREF = re.compile(r'(\shref=")([^"]*)(")')
_EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|//|/)", re.I)


def reaim(html: str, from_url: str, to_url: str, relative) -> str:
    """Relative links of `html`, written for the page at `from_url`, as links from `to_url`
    (`relative(to_url, target)` is toolkit.trainer.render.relative_url)."""
    base = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url) + "/"

    def one(match):
        href = match.group(2)
        if _EXTERNAL.match(href):
            return match.group(0)
        path, hash_, fragment = href.partition("#")
        target = posixpath.normpath(posixpath.join(base, path)) if path else from_url.rstrip("/")
        if path.endswith("/") or not path and from_url.endswith("/"):
            target += "/"
        if target in ("./", "."):
            target = ""
        return match.group(1) + relative(to_url, target + (hash_ + fragment if hash_ else "")) + match.group(3)

    return _HREF.sub(one, html)


def _view(item: Placed, page_url: str, to_url: str, language: str, labels, relative) -> dict:
    exercise = item.exercise
    html = {k: Markup(reaim(str(v), page_url, to_url, relative)) for k, v in exercise.html.items()}
    if exercise.kind == QUIZ:
        quiz = exercise.model
        return {"kind": QUIZ, "id": quiz.id, "title": html.get(quiz_render.key("title")) or item.section_title,
                "questions": quiz_render.views(quiz, html, labels)}
    view = ladder_render.view(exercise.model, language, html)
    return {**view, "kind": ASSESSMENT, "title": item.section_title, "ladder_title": view["title"]}


def sheets(guide, *, language: str, labels, relative, sheet_url: str) -> list[dict]:
    """The guide's pages that hold exercises, each with its exercises' views, for the page at `sheet_url`."""
    found = []
    for page in guide.pages:
        items = [_view(p, page.url, sheet_url, language, labels, relative) for p in page.exercises]
        if items:
            found.append({"page": page, "items": items})
    return found


def sheet_slug(guide_slug: str, kind: str) -> str:
    """The worksheet's or answer key's name beside the guide's trainer page: "co-production-worksheet"."""
    return f"{guide_slug}-{kind}"


def has_exercises(guide) -> bool:
    return any(page.exercises for page in guide.pages)


def render(kind: str, guide, *, title: str, heading_id: str, back_url: str, back_title: str,
           page_url: str, language: str, labels: Mapping[str, str], relative, link) -> str:
    """The article of the guide's worksheet (WORKSHEET) or answer key (ANSWERS) at `page_url`."""
    return template("trainer", kind).render(
        guide=guide, pages=sheets(guide, language=language, labels=labels, relative=relative, sheet_url=page_url),
        title=title, heading_id=heading_id, back_url=back_url, back_title=back_title, t=labels, link=link,
        language=language, format=lambda text, **values: text.format(**values),
    ).strip() + "\n"
