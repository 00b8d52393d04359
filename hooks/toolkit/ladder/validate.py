"""Mistakes in a parsed ladder, each one ``Problem`` naming the file, the line and the id concerned.

Rules (documented for authors in docs-authoring/ladder.md):
- ids are lower-case slugs; no two groups and no two rungs share an id;
- at least one group and two rungs; every text is given in every language, and the Welsh is not a copy
  of the English;
- rungs are listed from the bottom up, each in a known group, and each group's rungs sit together in
  the order of ``groups:`` (so a rung in the wrong group or the wrong place breaks the bands);
- ``statements:`` (the self-assessment), when present, has exactly one statement for every rung above
  the bottom one, listed from the bottom up: the placement rule walks up the ladder, so a gap or a
  swap would silently place projects on the wrong rung.
"""

from __future__ import annotations

import re

from .. import strings
from ..problems import Problem
from ..languages import english_name
from .model import Ladder, Text

SLUG = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


def _language(code: str) -> str:
    name = english_name(code).strip("'")
    return f"{name} ({code})"


def _ids(ladder: Ladder) -> list[Problem]:
    problems = []
    for kind, items in (("group", ladder.groups), ("rung", ladder.rungs)):
        seen: dict[str, int] = {}
        for item in items:
            if not SLUG.match(item.id):
                problems.append(Problem(ladder.path, f"{kind} id '{item.id}' must be lower-case letters, "
                                                     f"digits and hyphens, e.g. 'co-design'", item.line))
            if item.id in seen:
                problems.append(Problem(ladder.path, f"duplicate {kind} id '{item.id}' (first on line "
                                                     f"{seen[item.id]})", item.line))
            else:
                seen[item.id] = item.line
    if not SLUG.match(ladder.id):
        problems.append(Problem(ladder.path, f"the file name gives the ladder id '{ladder.id}', which must "
                                             f"be lower-case letters, digits and hyphens"))
    return problems


def _texts(ladder: Ladder):
    """Every Text of the ladder with a name an author recognises."""
    yield "title", ladder.title
    yield "credit", ladder.credit
    for group in ladder.groups:
        yield f"group '{group.id}': label", group.label
    for rung in ladder.rungs:
        yield f"rung '{rung.id}': label", rung.label
        yield f"rung '{rung.id}': meaning", rung.meaning
        yield f"rung '{rung.id}': next_step", rung.next_step
    for statement in ladder.statements:
        yield f"statement for rung '{statement.rung}': text", statement.text


def _translations(ladder: Ladder, languages: tuple[str, ...]) -> list[Problem]:
    problems = []
    for what, text in _texts(ladder):
        if not isinstance(text, Text):
            continue
        for language in languages:
            if not text.get(language).strip():
                problems.append(Problem(ladder.path, f"{what} has no {_language(language)} text; every "
                                                     f"text needs {', '.join(languages)}",
                                        text.line_of(language)))
        first = languages[0]
        for language in languages[1:]:
            if text.get(language) and text.get(language) == text.get(first):
                problems.append(Problem(ladder.path, f"{what}: the {_language(language)} text is the same "
                                                     f"as the {_language(first)}; translate it",
                                        text.line_of(language)))
    return problems


def _order(ladder: Ladder) -> list[Problem]:
    problems = []
    if not ladder.groups:
        problems.append(Problem(ladder.path, "the ladder has no groups; list them under 'groups:', bottom "
                                             "first", ladder.groups_line))
    if len(ladder.rungs) < 2:
        problems.append(Problem(ladder.path, f"a ladder needs at least two rungs; found {len(ladder.rungs)}",
                                ladder.rungs_line))
    order = {g.id: i for i, g in enumerate(ladder.groups)}
    known = ", ".join(g.id for g in ladder.groups)
    previous = None
    used = set()
    for rung in ladder.rungs:
        if rung.group not in order:
            problems.append(Problem(ladder.path, f"rung '{rung.id}' is in unknown group '{rung.group}'; "
                                                 f"expected one of: {known}", rung.group_line))
            continue
        used.add(rung.group)
        if previous is not None and order[rung.group] < order[previous.group]:
            problems.append(Problem(
                ladder.path,
                f"wrong order or group: rung '{rung.id}' (group '{rung.group}') is listed above rung "
                f"'{previous.id}' (group '{previous.group}'); list rungs from the bottom up, each group's "
                f"rungs together, groups in the order of 'groups:' ({known})", rung.group_line))
        previous = rung
    for group in ladder.groups:
        if group.id not in used and group.id in order:
            problems.append(Problem(ladder.path, f"missing rung: group '{group.id}' has no rung",
                                    group.line))
    return problems


def _statements(ladder: Ladder) -> list[Problem]:
    if ladder.statements_line is None:
        return []
    problems = []
    path = ladder.path
    if not ladder.statements:
        return [Problem(path, "'statements:' is empty; give one statement for each rung above the bottom, "
                              "or remove the key", ladder.statements_line)]
    steps = {r.id: i for i, r in enumerate(ladder.rungs)}
    bottom = ladder.rungs[0].id if ladder.rungs else None
    seen: dict[str, int] = {}
    previous = None
    for statement in ladder.statements:
        if statement.rung not in steps:
            problems.append(Problem(path, f"statement for unknown rung id '{statement.rung}'; expected one "
                                          f"of: {', '.join(steps)}", statement.rung_line))
            continue
        if statement.rung == bottom:
            problems.append(Problem(path, f"the bottom rung '{bottom}' needs no statement: a project that "
                                          f"is not on any higher rung is on it", statement.rung_line))
            continue
        if statement.rung in seen:
            problems.append(Problem(path, f"duplicate statement for rung '{statement.rung}' (first on line "
                                          f"{seen[statement.rung]}); give each rung above the bottom "
                                          f"exactly one", statement.rung_line))
            continue
        seen[statement.rung] = statement.line
        if previous is not None and steps[statement.rung] < steps[previous.rung]:
            problems.append(Problem(path, f"wrong order: the statement for rung '{statement.rung}' comes "
                                          f"after the one for '{previous.rung}', which is higher up; list "
                                          f"statements from the bottom up", statement.rung_line))
        previous = statement
    given = {s.rung for s in ladder.statements}
    for rung in ladder.rungs[1:]:
        if rung.id not in given:
            problems.append(Problem(path, f"missing rung: rung '{rung.id}' (line {rung.line}) has no "
                                          f"statement; each rung above the bottom needs exactly one, so the "
                                          f"self-assessment can walk up the ladder", ladder.statements_line))
    return problems


def validate(ladder: Ladder, languages: tuple[str, ...] = strings.LANGUAGES) -> list[Problem]:
    return _ids(ladder) + _translations(ladder, languages) + _order(ladder) + _statements(ladder)
