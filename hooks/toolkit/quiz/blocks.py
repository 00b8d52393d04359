"""Find the quiz blocks of a page: fenced code blocks whose info string is ``quiz``.

Other fenced blocks are skipped as a whole, so a quiz shown as an example inside a ````markdown fence
is left alone. A quiz block that is never closed would otherwise swallow the rest of the page (and print
its answers as code), so it is reported with the line it opened on.
"""

from __future__ import annotations

import re

from .model import Block

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*?)[ \t]*$")
INFO = "quiz"


def _closes(line: str, fence: str) -> bool:
    match = _FENCE.match(line)
    return bool(match and not match.group("info") and match.group("fence")[0] == fence[0]
                and len(match.group("fence")) >= len(fence))


def find(markdown: str, first_line: int = 1) -> tuple[Block, ...]:
    """Every quiz block of `markdown`, numbering its lines from `first_line`."""
    lines = markdown.splitlines()
    blocks = []
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        fence, indent = match.group("fence"), match.group("indent")
        is_quiz = match.group("info").strip() == INFO
        start = index
        index += 1
        body, end, stopped_by = [], None, None
        while index < len(lines):
            line = lines[index]
            if _closes(line, fence):
                end = index
                index += 1
                break
            inner = _FENCE.match(line)
            if is_quiz and inner and inner.group("info"):
                # Another code block opens inside the quiz: the author forgot the closing fence.
                stopped_by = index
                break
            body.append(line)
            index += 1
        if is_quiz:
            blocks.append(Block(
                start=start + first_line,
                end=None if end is None else end + first_line,
                indent=indent,
                text="\n".join(_strip_indent(line, indent) for line in body),
                stopped_by=None if stopped_by is None else stopped_by + first_line,
            ))
    return tuple(blocks)


def _strip_indent(line: str, indent: str) -> str:
    """Remove the fence's indentation from a content line (as far as the line has it)."""
    if line.startswith(indent):
        return line[len(indent):]
    return line.lstrip(" \t")


def span(block: Block, line_count: int, first_line: int = 1) -> tuple[int, int]:
    """0-based [start, stop) of the lines a block takes in a text whose first line is `first_line`."""
    start = block.start - first_line
    if block.end is not None:
        return start, block.end - first_line + 1
    if block.stopped_by is not None:
        return start, block.stopped_by - first_line
    return start, line_count
