"""Translation status (``./run status``): for every page, is its Welsh twin complete?

Complete means: the Welsh page exists; neither page still carries a TO TRANSLATE / TO WRITE marker; the
twins have the same heading ids, the same quizzes (ids, questions, options, correct answers) and the same
ladder placements; and their front matter agrees on what the navigation uses (``order``, and a
``title``, ``description`` and ``guide`` wherever the English page has one). The ladder data files, which
hold both languages, are listed too, and so are the review dates and markers the build checks.

Pure: the problems are those of toolkit.checks, the very list the build runs (hooks/checks.py), over
the same model of the sources (toolkit.sources), so the status never disagrees with the build; here
they are only grouped by page (a page is complete exactly when the build has nothing to say about it).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Mapping

from . import checks, strings, translations
from .problems import Problem
from .sources import Sources

COMPLETE, TO_DO, MISSING, ORPHAN = "complete", "to-do", "missing", "orphan"


@dataclass(frozen=True)
class PageStatus:
    page: str                       # docs-relative path of the page (of its translation when it has none)
    state: str                      # COMPLETE, TO_DO, MISSING (a translation missing) or ORPHAN (no page in
                                    # the default language)
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

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem the status lists, each once: exactly what the build reports."""
        return (tuple(p for page in self.pages for p in page.problems) + tuple(self.other)
                + tuple(p for _, found in self.ladders for p in found))


def check(sources: Sources) -> Status:
    """The status of every page: the problems of toolkit.checks (the build's own list), per page."""
    langs = sources.languages
    problems = checks.run(sources)
    by_label = {sources.label(path): langs.base_path(path) for path in sources.pages}
    ladder_labels = {data.label: ident for ident, data in sources.ladders.items()}
    per_page: dict[str, list[Problem]] = defaultdict(list)
    per_ladder: dict[str, list[Problem]] = defaultdict(list)
    other: list[Problem] = []
    for problem in problems:
        if problem.path in ladder_labels:
            per_ladder[ladder_labels[problem.path]].append(problem)
        elif problem.path in by_label and not _in_locale_like_folder(by_label[problem.path]):
            per_page[by_label[problem.path]].append(problem)
        else:
            other.append(problem)  # e.g. a folder the i18n plugin would take for a language
    pages: list[PageStatus] = []
    for base in sources.bases:
        if _in_locale_like_folder(base):
            continue
        present = [lang for lang in langs.codes if langs.path_in(base, lang) in sources.pages]
        default = langs.path_in(base, langs.default)
        found = per_page.get(base, [])
        # The default-language page's problems first, then by line.
        found.sort(key=lambda p: (p.path != sources.label(default), p.line or 0))
        if langs.default not in present:
            pages.append(PageStatus(langs.path_in(base, present[0]), ORPHAN, tuple(found)))
        elif len(present) < len(langs.codes):
            pages.append(PageStatus(default, MISSING, tuple(found)))
        else:
            pages.append(PageStatus(default, TO_DO if found else COMPLETE, tuple(found)))
    ladder_status = tuple((ident, tuple(per_ladder.get(ident, ()))) for ident in sorted(sources.ladders))
    return Status(tuple(pages), ladder_status, tuple(other))


def _in_locale_like_folder(base: str) -> bool:
    return "/" in base and bool(translations.LOCALE_LIKE.match(base.split("/", 1)[0]))


def report(status: Status, catalogue: Mapping[str, str], docs_label: str = "docs",
           only_to_do: bool = False) -> str:
    """The status as lines of text, in the catalogue's language (the problems themselves are English, as
    the build prints them); ``only_to_do`` leaves out the complete pages."""
    state_word = {COMPLETE: catalogue["status_complete"], TO_DO: catalogue["status_to_do"],
                  MISSING: catalogue["status_missing"], ORPHAN: catalogue["status_orphan"]}
    width = max(len(word) for word in state_word.values())
    lines = [catalogue["status_heading"].format(en=f"{docs_label}/", cy=f"{docs_label}/cy/"), ""]
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
    lines += [strings.count(catalogue, "status_summary", len(status.pages)).format(
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
