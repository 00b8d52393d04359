"""Where pages place a ladder: ``<!-- toolkit:ladder <id> -->`` and
``<!-- toolkit:ladder-assessment <id> -->``, each alone on its line with a blank line before it.

An HTML comment shows nothing in any other Markdown viewer. `scan` finds the markers of a page's
Markdown (outside fenced code) with their line numbers; `place` swaps each one, in the lines the page's
own Markdown conversion reads (toolkit.markdown_ext), for the component or for nothing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Callable, Mapping

from ..markdown_ext import Conversion, Render
from ..problems import Problem
from .model import Ladder

LADDER = "ladder"
ASSESSMENT = "ladder-assessment"
KINDS = (LADDER, ASSESSMENT)

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
# Anything that looks like one of ours, so misspellings are reported rather than silently ignored.
_MARKER = re.compile(r"<!--\s*toolkit:(ladder[\w-]*)(.*?)-->")
_ARGS = re.compile(r"^\s+([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\s*$")


@dataclass(frozen=True)
class Placement:
    kind: str  # LADDER or ASSESSMENT
    ladder_id: str
    line: int
    ok: bool = True  # False: a malformed marker, reported, and replaced by nothing


def example(kind: str, ladder_id: str = "co-production") -> str:
    return f"<!-- toolkit:{kind} {ladder_id} -->"


def scan(markdown: str, path: str, first_line: int = 1) -> tuple[list[Placement], list[Problem]]:
    """Every ladder marker outside fenced code, in page order, and what is wrong with the markers."""
    found: list[Placement] = []
    problems: list[Problem] = []
    fence = None
    previous = ""
    for number, line in enumerate(markdown.splitlines(), start=first_line):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            previous = line
            continue
        if opened:
            fence = opened.group(1)
            previous = line
            continue
        for match in _MARKER.finditer(line):
            kind, args = match.group(1), match.group(2)
            problem = None
            ladder_id = ""
            if kind not in KINDS:
                close = difflib.get_close_matches(kind, KINDS, n=1)
                problem = (f"unknown placement 'toolkit:{kind}'"
                           + (f" (did you mean 'toolkit:{close[0]}'?)" if close else "")
                           + f"; expected {example(LADDER)} or {example(ASSESSMENT)}")
            elif not _ARGS.match(args):
                problem = (f"write the ladder id after 'toolkit:{kind}', e.g. {example(kind)} "
                           f"(found '{args.strip()}')" if args.strip() else
                           f"'toolkit:{kind}' needs the id of a ladder, e.g. {example(kind)}")
            else:
                ladder_id = _ARGS.match(args).group(1)
                if line.strip() != match.group(0):
                    problem = f"{example(kind, ladder_id)} must be alone on its line"
                elif previous.strip():
                    problem = f"leave a blank line before {example(kind, ladder_id)}"
            if problem:
                problems.append(Problem(path, problem, number))
            found.append(Placement(kind, ladder_id, number, ok=problem is None))
        previous = line
    return found, problems


def check_page(placements: list[Placement], path: str,
               ladders: Mapping[str, Ladder | None], available: list[str]) -> list[Problem]:
    """Page-level mistakes. ``ladders`` maps each placed id to its ladder (None: no such file)."""
    problems = []
    placed: dict[tuple[str, str], int] = {}
    for p in placements:
        if not p.ok:
            continue
        if p.ladder_id not in ladders or (ladders[p.ladder_id] is None and p.ladder_id not in available):
            problems.append(Problem(path, f"no ladder '{p.ladder_id}': expected a file "
                                          f"ladders/{p.ladder_id}.yml (ladders: "
                                          f"{', '.join(available) or 'none'})", p.line))
            continue
        if (p.kind, p.ladder_id) in placed:
            problems.append(Problem(path, f"{example(p.kind, p.ladder_id)} is placed twice on this page "
                                          f"(first on line {placed[p.kind, p.ladder_id]})", p.line))
            continue
        placed[p.kind, p.ladder_id] = p.line
        ladder = ladders[p.ladder_id]
        if p.kind == ASSESSMENT:
            if (LADDER, p.ladder_id) not in placed:
                problems.append(Problem(path, f"the self-assessment shows its result on the ladder: place "
                                              f"{example(LADDER, p.ladder_id)} above it on this page",
                                        p.line))
            elif ladder is not None and not ladder.statements:
                problems.append(Problem(path, f"ladder '{p.ladder_id}' has no 'statements:' in "
                                              f"{ladder.path}, so it has no self-assessment", p.line))
    return problems


def compare_twins(en_path: str, en: list[Placement], cy_path: str, cy: list[Placement]) -> list[Problem]:
    """Both languages must place the same ladders, in the same order."""
    en_keys = [(p.kind, p.ladder_id) for p in en]
    cy_keys = [(p.kind, p.ladder_id) for p in cy]
    if en_keys == cy_keys:
        return []
    def at(keys, i):
        return keys[i] if i < len(keys) else None

    index = next(i for i in range(max(len(en_keys), len(cy_keys))) if at(en_keys, i) != at(cy_keys, i))
    a, b = at(en_keys, index), at(cy_keys, index)
    if a is None:
        return [Problem(cy_path, f"{example(*b)} is not in {en_path}; both languages need the same "
                                 f"ladder placements", cy[index].line)]
    where = f" (line {en[index].line} there)"
    return [Problem(cy_path, f"expected {example(*a)} as in {en_path}{where}"
                             + (f" but found {example(*b)}" if b else " but it is missing"),
                    cy[index].line if b else None)]


Shown = tuple[Mapping[str, str], Render]  # the component's Markdown texts, and its HTML from theirs


def place(lines: list[str], found: list[Placement], show: Callable[[Placement], Shown | None],
          conversion: Conversion, first_line: int = 1,
          lost: Callable[[Placement], None] | None = None) -> list[str]:
    """Each marker `scan` found in `lines` (numbered from `first_line`) → what `show` gives, or nothing.

    A marker that shows nothing leaves nothing behind, not even the comment; the rest of its line stays.
    `lost(placement)` is called for a placement that never reached the page (inside an indented code block).
    """
    lines = list(lines)
    for where in found:
        index = where.line - first_line
        shown = show(where)
        if shown is None:
            lines[index] = _MARKER.sub("", lines[index])
        else:  # a marker that shows something is alone on its line
            line = lines[index]
            lines[index] = conversion.place(*shown, indent=line[:len(line) - len(line.lstrip())],
                                            lost=None if lost is None else lambda where=where: lost(where))
    return lines
