"""What the launcher needs to know of a guide, from its rendered pages (the quiz and ladder HTML the
components wrote), and the author's mastery score (front matter `mastery_score` on the guide's index)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Sequence

from ..problems import Problem
from ..record import parse as record_parse

_QUIZ = re.compile(r'<div class="ic-quiz"[^>]*\bdata-quiz-id="([^"]+)"')
_QUESTION = re.compile(r'data-question-id="([^"]+)"')

MASTERY_KEY = "mastery_score"


@dataclass(frozen=True)
class Structure:
    guide: str                                            # the guide's key ("co-production": ic.record's "g")
    pages: tuple[tuple[str, int], ...]                    # (page key, reading minutes), learning-path order
    quizzes: tuple[tuple[str, int, tuple[str, ...]], ...] # (quiz id, index of its page, question ids)
    ladders: tuple[tuple[str, tuple[str, ...]], ...]      # (ladder id, rung ids bottom first), self-assessed

    @property
    def questions(self) -> int:
        return sum(len(q[2]) for q in self.quizzes)

    def data(self) -> dict:
        """The launcher's view (JSON on its script tag), with the fingerprint of everything the resume data
        is indexed by."""
        body = {"g": self.guide, "p": [list(p) for p in self.pages],
                "q": [[q[0], q[1], list(q[2])] for q in self.quizzes], "l": [[l[0], list(l[1])] for l in self.ladders]}
        shape = json.dumps([[p[0] for p in self.pages], body["q"], body["l"]], separators=(",", ":"))
        body["f"] = hashlib.sha256(shape.encode("utf-8")).hexdigest()[:6]
        return body

    def json(self) -> str:
        return json.dumps(self.data(), ensure_ascii=False, separators=(",", ":"))


def _questions(content: str) -> list[tuple[str, tuple[str, ...]]]:
    starts = list(_QUIZ.finditer(content))
    found = []
    for n, match in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(content)
        found.append((match.group(1), tuple(dict.fromkeys(_QUESTION.findall(content, match.end(), end)))))
    return found


def structure(guide: str, pages: Sequence[tuple[str, int, str]]) -> Structure:
    """`pages`: (key, reading minutes, rendered content) of each page of the guide, in learning-path order.
    A quiz or ladder shown on two pages counts once (its record entry is one)."""
    quizzes, ladders, assessed, seen = [], {}, set(), set()
    for index, (_, _, content) in enumerate(pages):
        for quiz_id, questions in _questions(content):
            if quiz_id not in seen:
                seen.add(quiz_id)
                quizzes.append((quiz_id, index, questions))
        assessed.update(record_parse.assessments(content))
        for ladder in record_parse.ladders(content):
            ladders.setdefault(ladder.id, tuple(r[0] for r in ladder.rungs))
    return Structure(guide, tuple((key, minutes) for key, minutes, _ in pages), tuple(quizzes),
                     tuple((i, rungs) for i, rungs in ladders.items() if i in assessed))


LOCATION_MAX = 255  # SCORM 1.2: cmi.core.lesson_location, the learner's place (a page's key), is a CMIString255


def location_problem(label: str, key: str) -> Problem | None:
    """A guide page whose key (toolkit.learning.page_key) an LMS cannot keep as the learner's place."""
    if len(key) <= LOCATION_MAX:
        return None
    return Problem(label, f"this page's address ({key}) is over {LOCATION_MAX} characters, more than an LMS "
                          f"keeps as the learner's place (SCORM 1.2 cmi.core.lesson_location); shorten its "
                          f"folder or file name")


def mastery_problems(label: str, value, line: int | None, index_label: str | None) -> list[Problem]:
    """`mastery_score` (the pass mark the LMS compares the quiz score with): a whole number from 0 to 100
    (its type is toolkit.frontmatter's to check), on a guide's index page only (`index_label`: that page,
    None when the page is the index)."""
    if index_label is not None:
        return [Problem(label, f"front matter '{MASTERY_KEY}' belongs on the guide's index page "
                               f"({index_label}): it is the pass mark of the whole guide's LMS package", line)]
    if isinstance(value, int) and not isinstance(value, bool) and not 0 <= value <= 100:
        return [Problem(label, f"front matter '{MASTERY_KEY}' is {value}; expected a whole number from 0 to "
                               f"100 (the percentage of quiz questions right at the first try that passes)", line)]
    return []
