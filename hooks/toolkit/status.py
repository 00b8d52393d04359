"""Translation status (``./run status``): for every page, is its Welsh twin complete?

Complete means: the Welsh page exists; neither page still carries a TO TRANSLATE / TO WRITE marker; the
twins have the same heading ids, the same quizzes (ids, questions, options, correct answers) and the same
ladder placements; and their front matter agrees on what the navigation uses (``order``, and a
``title``, ``description`` and ``guide`` wherever the English page has one). The ladder data files, which
hold both languages, are listed too.

Pure: every check is the one the build runs (toolkit.translations, toolkit.quiz.site, toolkit.ladder.placement),
given file paths and a function that reads them, so the status never disagrees with the build.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from . import translations
from .frontmatter import split
from .ladder import placement
from .problems import Problem
from .quiz import site as quiz_site

COMPLETE, TO_DO, MISSING, ORPHAN = "complete", "to-do", "missing", "orphan"
_SHARED_KEYS = ("title", "description", "guide")


@dataclass(frozen=True)
class PageStatus:
    page: str                       # docs-relative path of the English page (of the Welsh one for an orphan)
    state: str                      # COMPLETE, TO_DO, MISSING (no Welsh page) or ORPHAN (no English page)
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Status:
    pages: tuple[PageStatus, ...]
    ladders: tuple[tuple[str, tuple[Problem, ...]], ...] = ()
    other: tuple[Problem, ...] = field(default=())  # not about one page, e.g. a folder named like a language

    @property
    def ok(self) -> bool:
        return (all(p.state == COMPLETE for p in self.pages) and not self.other
                and all(not problems for _, problems in self.ladders))

    def count(self, state: str) -> int:
        return sum(1 for p in self.pages if p.state == state)


def _front_matter(en_label: str, en_text: str, cy_label: str, cy_text: str) -> list[Problem]:
    en, _, _ = split(en_text)
    cy, _, _ = split(cy_text)
    problems = []
    for key in _SHARED_KEYS:
        if en.get(key) and not cy.get(key):
            problems.append(Problem(cy_label, f"front matter has no '{key}' but {en_label} has one; write it "
                                              f"in Welsh"))
    if en.get("order") != cy.get("order"):
        problems.append(Problem(cy_label, f"front matter 'order' is {cy.get('order')!r} but {en_label} says "
                                          f"{en.get('order')!r}; the twins must have the same place in the "
                                          f"guide"))
    return problems


def _ladders(en_label: str, en_text: str, cy_label: str, cy_text: str) -> list[Problem]:
    _, en_body, en_offset = split(en_text)
    _, cy_body, cy_offset = split(cy_text)
    en, en_problems = placement.scan(en_body, en_label, first_line=en_offset + 1)
    cy, cy_problems = placement.scan(cy_body, cy_label, first_line=cy_offset + 1)
    return en_problems + cy_problems + placement.compare_twins(en_label, en, cy_label, cy)


def check(paths: Iterable[str], read: Callable[[str], str], docs_label: str = "docs",
          ladders: Mapping[str, list[Problem]] | None = None) -> Status:
    """The status of every page in ``paths`` (docs-relative); ``ladders`` maps ladder ids to the
    problems toolkit.ladder.load found in their data files."""
    paths = sorted(p for p in paths if p.endswith(".md"))
    label = lambda path: f"{docs_label}/{path}"  # noqa: E731 - the path as the author knows it
    pairs, pair_problems = translations.pair_pages(paths, docs_label)
    quiz_problems: dict[str, list[Problem]] = defaultdict(list)
    for problem in quiz_site.check(paths, read, docs_label).problems:
        quiz_problems[problem.path].append(problem)

    pages: list[PageStatus] = []
    other: list[Problem] = []
    for problem in pair_problems:
        path = problem.path[len(docs_label) + 1:]
        if path.startswith(f"{translations.WELSH}/"):
            pages.append(PageStatus(path, ORPHAN, (problem,)))
        elif "/" in path and translations.LOCALE_LIKE.match(path.split("/", 1)[0]):
            other.append(problem)  # a folder the i18n plugin would take for a language
        else:
            pages.append(PageStatus(path, MISSING, (problem,)))
    for pair in pairs:
        en_label, cy_label = label(pair.en), label(pair.cy)
        en_text, cy_text = read(pair.en), read(pair.cy)
        problems = (translations.markers(en_text, en_label) + translations.markers(cy_text, cy_label)
                    + translations.check_headings(pair, read, docs_label)
                    + quiz_problems.get(en_label, []) + quiz_problems.get(cy_label, [])
                    + _ladders(en_label, en_text, cy_label, cy_text)
                    + _front_matter(en_label, en_text, cy_label, cy_text))
        problems.sort(key=lambda p: (p.path != en_label, p.line or 0))
        pages.append(PageStatus(pair.en, TO_DO if problems else COMPLETE, tuple(problems)))
    pages.sort(key=lambda p: translations.english_path(p.page) if p.state == ORPHAN else p.page)
    ladder_status = tuple((ladder_id, tuple(found)) for ladder_id, found in sorted((ladders or {}).items()))
    return Status(tuple(pages), ladder_status, tuple(other))


def report(status: Status, catalogue: Mapping[str, str], docs_label: str = "docs",
           only_to_do: bool = False) -> str:
    """The status as lines of text, in the catalogue's language (the problems themselves are English, as
    the build prints them); ``only_to_do`` leaves out the complete pages."""
    state_word = {COMPLETE: catalogue["status_complete"], TO_DO: catalogue["status_to_do"],
                  MISSING: catalogue["status_missing"], ORPHAN: catalogue["status_orphan"]}
    width = max(len(word) for word in state_word.values())
    lines = [catalogue["status_heading"].format(en=f"{docs_label}/", cy=f"{docs_label}/{translations.WELSH}/"), ""]
    for item in status.pages:
        if only_to_do and item.state == COMPLETE:
            continue
        lines.append(f"{state_word[item.state]:<{width}}  {item.page}")
        # A missing twin is said by its state word; its problem line says which file to create.
        lines += [f"{'':<{width}}    {problem}" for problem in item.problems]
    for problem in status.other:
        lines.append(f"{state_word[TO_DO]:<{width}}  {problem}")
    if any(problems or not only_to_do for _, problems in status.ladders):
        lines.append("")
        for ladder_id, problems in status.ladders:
            if only_to_do and not problems:
                continue
            word = state_word[TO_DO if problems else COMPLETE]
            lines.append(f"{word:<{width}}  {catalogue['status_ladder'].format(id=ladder_id)}")
            lines += [f"{'':<{width}}    {problem}" for problem in problems]
    if lines[-1] != "":
        lines.append("")
    lines += [catalogue["status_summary"].format(
        total=len(status.pages), complete=status.count(COMPLETE),
        to_do=status.count(TO_DO) + status.count(MISSING) + status.count(ORPHAN))]
    lines.append(catalogue["status_ok"] if status.ok else catalogue["status_not_ok"])
    return "\n".join(lines) + "\n"


def as_json(status: Status) -> dict:
    """The status as plain data, for other tools (`--json`)."""
    def problem(p: Problem) -> dict:
        return {"path": p.path, "line": p.line, "message": p.message}
    return {
        "ok": status.ok,
        "pages": [{"page": p.page, "state": p.state, "problems": [problem(x) for x in p.problems]}
                  for p in status.pages],
        "ladders": [{"id": i, "complete": not found, "problems": [problem(x) for x in found]}
                    for i, found in status.ladders],
        "other": [problem(p) for p in status.other],
    }
