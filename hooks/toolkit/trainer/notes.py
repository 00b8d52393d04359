"""Trainer notes and timings, written in a guide page's Markdown beside the content they belong to:

```trainer
timing: 5 teaching, 10 activity
ask: What does co-production mean to you?
watch for: Groups that talk about consulting people rather than sharing power.
activity: In pairs, place a project you know on the ladder.
```

A ```trainer fence holds `key: text` lines (keys in English on the Welsh page too, as in quizzes; a text
may go on over indented lines). Notes are for trainers only: `strip` blanks every fence before the page's
Markdown is converted, so their text reaches no learner page, nor anything made from learner pages
(whole-guide page, search index, sitemap, offline copy, LMS package). The trainer pages read them from the
sources, under the heading they follow. Pure: no MkDocs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import headings as md_headings
from ..problems import Problem

INFO = "trainer"
KINDS = ("ask", "watch for", "activity")  # a note's kind, in the order the syntax documents them
_FENCE = re.compile(r"^(?P<indent>[ \t]{0,3})(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*?)[ \t]*$")
_LINE = re.compile(r"^(?P<key>[a-z][a-z ]*?)\s*:\s*(?P<text>.*)$")
_TIMING = re.compile(r"^(?:(?P<teach>\d{1,3}) teaching)?(?:\s*,\s*)?(?:(?P<act>\d{1,3}) activity)?$")
EXAMPLE_TIMING = "timing: 5 teaching, 10 activity"


@dataclass(frozen=True)
class Note:
    kind: str   # one of KINDS
    text: str   # inline Markdown
    line: int


@dataclass(frozen=True)
class Timing:
    teaching: int
    activity: int


@dataclass(frozen=True)
class Block:
    line: int                   # the opening fence, in the file
    section: str | None         # id of the heading the block follows; None: before any ## heading
    notes: tuple[Note, ...]
    timing: Timing | None


def _fences(lines: list[str]):
    """(start, end or None) 0-based of each trainer fence; other fences are skipped whole."""
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        fence, start = match.group("fence"), index
        mine = match.group("info").strip() == INFO
        index += 1
        end = None
        while index < len(lines):
            close = _FENCE.match(lines[index])
            if close and not close.group("info") and close.group("fence")[0] == fence[0] \
                    and len(close.group("fence")) >= len(fence):
                end = index
                index += 1
                break
            index += 1
        if mine:
            yield start, end


def strip(markdown: str) -> str:
    """The page without its trainer fences: each line of one blanked, so no other line moves."""
    lines = markdown.split("\n")
    for start, end in list(_fences(lines)):
        for i in range(start, (end if end is not None else len(lines) - 1) + 1):
            lines[i] = ""
    return "\n".join(lines)


def _timing(text: str, path: str, line: int) -> tuple[Timing | None, list[Problem]]:
    match = _TIMING.match(text.strip())
    if not text.strip() or not match or not (match.group("teach") or match.group("act")):
        return None, [Problem(path, f"a timing is minutes of teaching and of activity, e.g. "
                                    f"'{EXAMPLE_TIMING}' (found 'timing: {text.strip()}')", line)]
    return Timing(int(match.group("teach") or 0), int(match.group("act") or 0)), []


def parse(markdown: str, path: str, first_line: int = 1) -> tuple[tuple[Block, ...], list[Problem]]:
    """Every trainer block of a page body (numbered from `first_line`), and what is wrong with each."""
    lines = markdown.split("\n")
    heads = [h for h in md_headings.parse(markdown, first_line) if h.level >= 2 and h.id]
    blocks, problems = [], []
    for start, end in _fences(lines):
        opened = start + first_line
        if end is None:
            problems.append(Problem(path, "this ```trainer block is never closed: end it with a line of ```",
                                    opened))
            continue
        notes, timing, current, before = [], None, None, len(problems)
        for offset, raw in enumerate(lines[start + 1:end], start=opened + 1):
            if not raw.strip():
                current = None
                continue
            if raw[:1] in " \t" and current is not None:  # an indented line goes on with the text above
                notes[current] = Note(notes[current].kind, notes[current].text + " " + raw.strip(),
                                      notes[current].line)
                continue
            match = _LINE.match(raw.strip())
            key = match.group("key") if match else None
            if key == "timing":
                if timing is not None:
                    problems.append(Problem(path, "one 'timing:' per ```trainer block", offset))
                timing, found = _timing(match.group("text"), path, offset)
                problems += found
                current = None
            elif key in KINDS and match.group("text").strip():
                notes.append(Note(key, match.group("text").strip(), offset))
                current = len(notes) - 1
            else:
                keys = ", ".join(f"'{k}:'" for k in KINDS + ("timing",))
                problems.append(Problem(path, f"a ```trainer line starts with one of {keys} and has text "
                                              f"after it (found '{raw.strip()[:40]}')", offset))
                current = None
        if len(problems) > before:
            continue
        if not notes and timing is None:
            problems.append(Problem(path, "this ```trainer block is empty: write a note or a timing in it",
                                    opened))
            continue
        section = next((h.id for h in reversed(heads) if h.line < opened), None)
        blocks.append(Block(opened, section, tuple(notes), timing))
    return tuple(blocks), problems


def compare(default_label: str, default: tuple[Block, ...], other_label: str,
            other: tuple[Block, ...]) -> list[Problem]:
    """A page and its translation hold the same trainer blocks, in order: the same kinds of note under the
    same heading, and the same timing."""
    problems = []
    for i in range(max(len(default), len(other))):
        mine = default[i] if i < len(default) else None
        theirs = other[i] if i < len(other) else None
        if theirs is None:
            problems.append(Problem(other_label, f"the ```trainer block of {default_label} line {mine.line} is "
                                                 f"missing here; write its notes in this language too"))
            break
        if mine is None:
            problems.append(Problem(other_label, f"this ```trainer block is not in {default_label}; a note "
                                                 f"needs both languages", theirs.line))
            break
        if mine.section != theirs.section:
            problems.append(Problem(other_label, f"this ```trainer block follows heading "
                                                 f"'#{theirs.section or '(none)'}' but in {default_label} (line "
                                                 f"{mine.line}) it follows '#{mine.section or '(none)'}'",
                                    theirs.line))
        elif mine.timing != theirs.timing:
            problems.append(Problem(other_label, f"the timing here differs from {default_label} line {mine.line}; "
                                                 f"both languages need the same minutes", theirs.line))
        elif [n.kind for n in mine.notes] != [n.kind for n in theirs.notes]:
            problems.append(Problem(other_label, f"this ```trainer block has notes "
                                                 f"{[n.kind for n in theirs.notes]} but {default_label} line "
                                                 f"{mine.line} has {[n.kind for n in mine.notes]}; a note needs "
                                                 f"both languages", theirs.line))
    return problems
