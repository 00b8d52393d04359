"""Where pages place a ladder: ``<!-- toolkit:ladder <id> -->`` and
``<!-- toolkit:ladder-assessment <id> -->``, each alone on its line with a blank line before it.

An HTML comment shows nothing in any other Markdown viewer. `scan` finds the markers of a page's
Markdown (outside fenced code) with their line numbers; `place` swaps each one, in the lines the page's
own Markdown conversion reads (toolkit.markdown_ext), for the component or for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from ..markdown_ext import Conversion, Render
from .. import markers
from ..problems import Problem
from .model import Ladder

LADDER = "ladder"
ASSESSMENT = "ladder-assessment"
KINDS = (LADDER, ASSESSMENT)



@dataclass(frozen=True)
class Placement:
    kind: str  # LADDER or ASSESSMENT
    ladder_id: str
    line: int
    ok: bool = True  # False: a malformed marker, reported, and replaced by nothing


def example(kind: str, ladder_id: str = "co-production") -> str:
    return f"<!-- toolkit:{kind} {ladder_id} -->"


def scan(markdown: str, path: str, first_line: int = 1) -> tuple[list[Placement], list[Problem]]:
    """Every ladder marker outside fenced code, in page order, and what is wrong with them: the markers
    of toolkit.markers (the one scanner) that are ladders, or were meant to be."""
    found, problems = markers.scan(markdown, path, first_line)
    ours = [m for m in found if m.name in KINDS or (not m.ok and m.name.startswith(LADDER))]
    lines = {m.line for m in ours}
    return ([Placement(m.name, m.ident, m.line, ok=m.ok) for m in ours],
            [p for p in problems if p.line in lines])


def check_page(placements: list[Placement], path: str,
               ladders: Mapping[str, Ladder | None], available: list[str]) -> list[Problem]:
    """Page-level mistakes. ``ladders`` maps each placed id to its ladder (None: no such file)."""
    problems = []
    placed: dict[tuple[str, str], int] = {}
    misnamed_ladder = False  # a ladder marker above names no ladder: most likely the self-assessment's, misspelt
    for p in placements:
        if not p.ok:
            continue
        if p.ladder_id not in ladders or (ladders[p.ladder_id] is None and p.ladder_id not in available):
            problems.append(Problem(path, f"no ladder '{p.ladder_id}': expected a file "
                                          f"ladders/{p.ladder_id}.yml (ladders: "
                                          f"{', '.join(available) or 'none'})", p.line))
            misnamed_ladder = misnamed_ladder or p.kind == LADDER
            continue
        if (p.kind, p.ladder_id) in placed:
            problems.append(Problem(path, f"{example(p.kind, p.ladder_id)} is placed twice on this page "
                                          f"(first on line {placed[p.kind, p.ladder_id]})", p.line))
            continue
        placed[p.kind, p.ladder_id] = p.line
        ladder = ladders[p.ladder_id]
        if p.kind == ASSESSMENT:
            if (LADDER, p.ladder_id) not in placed:
                if misnamed_ladder:
                    continue  # said once, at the misspelt ladder marker
                problems.append(Problem(path, f"the self-assessment shows its result on the ladder: place "
                                              f"{example(LADDER, p.ladder_id)} above it on this page",
                                        p.line))
            elif ladder is not None and not ladder.statements:
                problems.append(Problem(path, f"ladder '{p.ladder_id}' has no 'statements:' in "
                                              f"{ladder.path}, so it has no self-assessment", p.line))
    return problems


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
            lines[index] = markers.ANY.sub("", lines[index])
        else:  # a marker that shows something is alone on its line
            line = lines[index]
            lines[index] = conversion.place(*shown, indent=line[:len(line) - len(line.lstrip())],
                                            lost=None if lost is None else lambda where=where: lost(where))
    return lines
