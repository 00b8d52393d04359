"""A guide's session plan: its pages and their activities in learning-path order, each with its minutes
and a running total (rendered on the guide's trainer page, templates/guide.html.j2).

A page's row counts its reading time (the progress component's, as learners see it), its quiz time
(QUIZ_MINUTES_PER_QUESTION for each question of its quizzes) and the teaching minutes of its trainer
blocks; each block with activity minutes is a row of its own, after its page, named by the section it
belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import GuideEntry, Item, PageEntry

QUIZ_MINUTES_PER_QUESTION = 1  # the rule the trainer page states: a minute to read, answer and check


@dataclass(frozen=True)
class Row:
    page: PageEntry
    section: str | None   # None: the page's own row; else the activity's section title
    section_id: str | None
    reading: int
    quiz: int
    teaching: int
    activity: int
    running: int

    @property
    def minutes(self) -> int:
        return self.reading + self.quiz + self.teaching + self.activity


def _titles(items: tuple[Item, ...]) -> dict[str, str]:
    found = {}
    for item in items:
        found[item.id] = item.title
        found.update(_titles(item.children))
    return found


def session_plan(guide: GuideEntry) -> tuple[Row, ...]:
    rows: list[Row] = []
    running = 0
    for page in guide.pages:
        timed = [b for b in page.notes if b.timing is not None]
        teaching = sum(b.timing.teaching for b in timed)
        quiz = page.quiz_questions * QUIZ_MINUTES_PER_QUESTION
        running += page.minutes + quiz + teaching
        rows.append(Row(page, None, None, page.minutes, quiz, teaching, 0, running))
        titles = _titles(page.items)
        for block in timed:
            if block.timing.activity:
                running += block.timing.activity
                title = titles.get(block.section, page.title) if block.section else page.title
                rows.append(Row(page, title, block.section, 0, 0, 0, block.timing.activity, running))
    return tuple(rows)
