"""Front matter of a Markdown page, read by us with line numbers.

MkDocs' own reader (mkdocs.utils.meta.get_data) swallows every error: a page whose front matter is not
valid YAML, is never closed or holds an impossible date would be published with the raw front matter as
its body. So the front matter is read here: the same block MkDocs reads (`---` on the first line, up to a
line `---` or `...`), composed as YAML nodes so every key keeps its line, and each mistake is a `Problem`
naming the line in the file.

Dates (`last_reviewed`, `next_review`) are kept as they are written when they are not real dates, so that
toolkit.review_dates, which knows what they mean, reports them once.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from . import yamlnodes
from .problems import Problem

_OPEN = re.compile(r"-{3}[ \t]*")
_CLOSE = re.compile(r"(?:-{3}|\.{3})[ \t]*")

DATE_KEYS = ("last_reviewed", "next_review")

# Every key a page may hold, with the type its value must have: ours and Material's page keys.
KEYS: dict[str, tuple[tuple[type, ...], str]] = {
    "title": ((str,), "text"),
    "description": ((str,), "text"),
    "guide": ((str,), "text"),
    "order": ((int, float), "a number"),
    "last_reviewed": ((dt.date, str), "a date written YYYY-MM-DD"),
    "next_review": ((dt.date, str), "a date written YYYY-MM-DD"),
    "in_nav": ((bool,), "true or false"),
    "search": ((dict,), "a list of 'key: value' settings, e.g. 'exclude: true'"),
    "hide": ((list,), "a list, e.g. [toc]"),
    "tags": ((list,), "a list, e.g. [measurement]"),
    # A guide's pass mark in its LMS package (toolkit.scorm): the index page only.
    "mastery_score": ((int,), "a whole number from 0 to 100"),
}

# Error texts that name a problem in the file as a whole: the page's body cannot be trusted either.
UNREADABLE = "front matter"


@dataclass(frozen=True)
class FrontMatter:
    meta: dict
    body: str
    offset: int                                  # lines the front matter takes (with blank lines after it)
    lines: dict = field(default_factory=dict)    # key -> line in the file
    problems: tuple[tuple[str, int | None], ...] = ()  # (message, line)
    readable: bool = True                        # False: not YAML, not closed or not a mapping


def _blank_after(text: str, start: int) -> int:
    """Where the body starts: MkDocs drops the blank lines after the front matter."""
    end = start
    while end < len(text) and text[end] == "\n":
        end += 1
    return end


def _value(node):
    """The node's Python value (a fresh loader per value: PyYAML's constructors keep state)."""
    return yaml.SafeLoader("").construct_object(node, deep=True)


@lru_cache(maxsize=8192)
def _read(text: str) -> FrontMatter:
    lines = text.split("\n")
    if not lines or not _OPEN.fullmatch(lines[0].rstrip("\r")):
        return FrontMatter({}, text, 0)
    close = next((i for i in range(1, len(lines)) if _CLOSE.fullmatch(lines[i].rstrip("\r"))), None)
    if close is None:
        return FrontMatter({}, text, 0, problems=((
            "the front matter opened by '---' on line 1 is never closed: end it with a line '---' before the "
            "page's text", 1),), readable=False)
    block = "\n".join(lines[1:close]) + "\n"
    start = _blank_after(text, sum(len(line) + 1 for line in lines[:close + 1]))
    body, offset = text[start:], text.count("\n", 0, start)

    def broken(message: str, line: int | None) -> FrontMatter:
        return FrontMatter({}, body, offset, problems=((message, line),), readable=False)

    try:
        root = yamlnodes.compose(block)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        return broken(f"the front matter is not valid YAML: {error.problem}; write each setting as "
                      f"'key: value' at the start of its line, and put a value holding ': ' or '#' in quotes",
                      mark.line + 2 if mark else 1)
    if root is None:
        return FrontMatter({}, body, offset)
    if not isinstance(root, yaml.MappingNode):
        return broken("the front matter must be 'key: value' lines, e.g. 'title: My page'",
                      root.start_mark.line + 2)
    meta, key_lines, problems = {}, {}, []
    for key_node, value_node in root.value:
        line = key_node.start_mark.line + 2
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key is None:
            problems.append((f"a front matter key must be a plain word, e.g. 'title'", line))
            continue
        if key in key_lines:
            problems.append((f"front matter '{key}' is given twice (first on line {key_lines[key]}); keep one",
                             line))
            continue
        key_lines[key] = line
        if key not in KEYS:
            close_keys = difflib.get_close_matches(key, list(KEYS), n=1)
            hint = f"did you mean '{close_keys[0]}'? " if close_keys else ""
            problems.append((f"unknown front matter key '{key}': {hint}the keys are {', '.join(KEYS)}", line))
            continue
        types, wanted = KEYS[key]
        try:
            value = _value(value_node)
        except (ValueError, yaml.YAMLError):
            # An impossible date such as 2026-13-40: kept as written for review_dates to report.
            meta[key] = value_node.value if isinstance(value_node, yaml.ScalarNode) else None
            continue
        if key in DATE_KEYS:
            meta[key] = value  # review_dates knows what a review date must be, and says it once
            continue
        if value is None and str not in types:
            problems.append((f"front matter '{key}' has no value; give it {wanted}, or delete the line", line))
            continue
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            found = value if not isinstance(value, str) else f"'{value}'"
            quote = "; put it in quotes" if str in types and key not in DATE_KEYS else ""
            problems.append((f"front matter '{key}' must be {wanted}, not {found}{quote}", line))
            continue
        meta[key] = value
    return FrontMatter(meta, body, offset, key_lines, tuple(problems))


def read(text: str) -> FrontMatter:
    """The page's front matter, body and mistakes. Remembered by the text itself (several checks read the
    same page), so it cannot go stale; each caller gets its own copy of the data to change."""
    found = _read(text)
    return FrontMatter(copy.deepcopy(found.meta), found.body, found.offset, dict(found.lines), found.problems,
                       found.readable)


def problems(text: str, path: str) -> list[Problem]:
    return [Problem(path, message, line) for message, line in _read(text).problems]


def split(text: str) -> tuple[dict, str, int]:
    """Return (meta, body, offset) where offset is the number of lines the front matter takes.

    The offset lets line numbers found in the body point at the right line of the file.
    """
    found = read(text)
    return found.meta, found.body, found.offset
