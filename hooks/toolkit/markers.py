"""The one registry of `<!-- toolkit:NAME … -->` markers, and the one scanner that finds them.

A marker is an HTML comment alone on its line, outside fenced code: it shows nothing in any other
Markdown viewer. Every comment that starts like one of ours (`<!-- toolkit`, with or without the colon,
with any spacing) is read, so a misspelt or unknown name is an error naming file and line, never a
comment that silently shows nothing. Each component registers its markers here (name, whether it takes an
id, an example); nothing else decides what a marker is.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .problems import Problem

ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Kind:
    name: str
    takes_id: bool
    what: str  # what it shows, for messages
    example_id: str = "co-production"  # the id its examples show


# The registry: one entry per marker a page may hold. A component's marker is added here.
KINDS = {kind.name: kind for kind in (
    Kind("ladder", True, "the ladder diagram of ladders/<id>.yml"),
    Kind("ladder-assessment", True, "the self-assessment of ladders/<id>.yml"),
    Kind("guide-list", False, "the list of guides"),
    Kind("trainer-index", False, "the trainer page's list of guides"),
    Kind("learning-record", False, "the reader's learning record"),
    Kind("video", True, "the video (its title and address on the next line, its description below)",
         "improvement-cymru-2023"),
)}


def example(name: str, ident: str | None = None) -> str:
    kind = KINDS[name]
    ident = ident or kind.example_id
    return f"<!-- toolkit:{name} {ident} -->" if kind.takes_id else f"<!-- toolkit:{name} -->"


@dataclass(frozen=True)
class Marker:
    name: str
    ident: str      # the id after the name ('' for markers that take none)
    line: int       # in the file, front matter counted
    ok: bool = True  # False: malformed, reported, and shown as nothing


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
# Anything that looks like one of ours: "<!-- toolkit:x -->", "<!-- toolkit: x -->", "<!--toolkit x-->",
# "<!-- Toolkit:X -->".
ANY = re.compile(r"<!--\s*(?i:toolkit)\b\s*:?\s*(?P<name>[\w-]*)(?P<args>.*?)-->")
_STRICT = re.compile(r"<!-- toolkit:(?P<name>[a-z][a-z-]*)(?: (?P<ident>\S+))? -->")


def _problem_of(match: re.Match, line: str, previous: str, path: str,
                number: int) -> tuple[str, str, Problem | None]:
    """(name, id, what is wrong or None)."""
    name, args = match.group("name"), match.group("args").strip()
    if name.lower() in KINDS:
        name = name.lower()  # "Toolkit:Ladder": the strict form below says how to write it
    if name not in KINDS:
        close = difflib.get_close_matches(name, list(KINDS), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        known = ", ".join(example(k) for k in KINDS)
        return name, "", Problem(path, f"unknown marker 'toolkit:{name}'{hint}; the markers are: {known}", number)
    kind = KINDS[name]
    ident = args if kind.takes_id else ""
    if kind.takes_id and not ID.fullmatch(args):
        if not args:
            return name, "", Problem(path, f"'toolkit:{name}' needs the id of {kind.what}, e.g. {example(name)}",
                                     number)
        return name, "", Problem(path, f"write the id after 'toolkit:{name}', e.g. {example(name)} (found "
                                       f"'{args}')", number)
    if not kind.takes_id and args:
        return name, "", Problem(path, f"'toolkit:{name}' takes nothing after its name: write {example(name)}",
                                 number)
    strict = _STRICT.fullmatch(line.strip())
    if strict is None or strict.group("name") != name:
        if line.strip() != match.group(0):
            return name, ident, Problem(path, f"{example(name, ident)} must be alone on its line", number)
        return name, ident, Problem(path, f"write the marker exactly as {example(name, ident)} (found "
                                          f"'{line.strip()}')", number)
    if previous.strip():
        return name, ident, Problem(path, f"leave a blank line before {example(name, ident)}", number)
    return name, ident, None


def scan(markdown: str, path: str, first_line: int = 1) -> tuple[list[Marker], list[Problem]]:
    """Every marker outside fenced code, in page order, and what is wrong with each."""
    found: list[Marker] = []
    problems: list[Problem] = []
    fence = None
    previous = ""
    for number, line in enumerate(markdown.splitlines(), start=first_line):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
        elif opened:
            fence = opened.group(1)
        else:
            for match in ANY.finditer(line):
                name, ident, problem = _problem_of(match, line, previous, path, number)
                if problem:
                    problems.append(problem)
                found.append(Marker(name, ident, number, ok=problem is None))
        previous = line
    return found, problems


def compare(default_label: str, default: list[Marker], other_label: str, other: list[Marker]) -> list[Problem]:
    """A page and its translation hold the same markers, in the same order (malformed ones are already
    reported where they are, so they count as what they were meant to be)."""
    if not all(m.ok for m in default + other):
        return []  # a malformed marker is reported where it is; never ask the other page to copy a typo
    keys = [(m.name, m.ident) for m in default]
    other_keys = [(m.name, m.ident) for m in other]
    if keys == other_keys:
        return []
    index = next(i for i in range(max(len(keys), len(other_keys)))
                 if (keys[i] if i < len(keys) else None) != (other_keys[i] if i < len(other_keys) else None))
    mine = default[index] if index < len(default) else None
    theirs = other[index] if index < len(other) else None
    if mine is None:
        return [Problem(other_label, f"{_shown(theirs)} is not in {default_label}; both languages need the same "
                                     f"markers, in the same order", theirs.line)]
    if theirs is None:
        return [Problem(other_label, f"{_shown(mine)} is missing: {default_label} has it on line {mine.line}; "
                                     f"both languages need the same markers, in the same order")]
    return [Problem(other_label, f"expected {_shown(mine)} as in {default_label} (line {mine.line} there) but "
                                 f"found {_shown(theirs)}", theirs.line)]


def _shown(marker: Marker) -> str:
    if marker.name in KINDS:
        return example(marker.name, marker.ident or "<id>")
    return f"<!-- toolkit:{marker.name} -->"
