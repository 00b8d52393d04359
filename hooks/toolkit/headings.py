"""Headings and their explicit ids, read from Markdown source.

Trainers link to sections by id, so every h2-h4 must carry an explicit id (``## Title {#id}``) and the
Welsh twin must carry exactly the same ids in the same order: a slug made from translated text would
differ between languages and break a trainer's link silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .problems import Problem

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$")
# attr_list syntax at the end of a heading: {#id}, { #id .class }, {: #id }
_ATTRS = re.compile(r"\{:?\s*([^}]*)\}\s*$")
_ID = re.compile(r"(?:^|\s)#([A-Za-z][\w\-]*)")
# An underlined (setext) heading: "Title" then "=====" (h1) or "-----" (h2) on the next line.
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_NOT_PARAGRAPH = re.compile(r"^\s*$|^ {0,3}(?:[-*+]\s|\d+[.)]\s|>|#|<|\|)| {4}")
# An admonition or collapsible block (admonition, pymdownx.details): its body, indented four spaces, is
# Markdown, headings included.
_CONTAINER = re.compile(r"^ {0,3}(?:!!!|\?\?\?\+?)[ \t]*[\w-]")
# A heading written in HTML: Python-Markdown passes it through, so it is in no table of contents and has
# no link to it.
_HTML_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.I | re.S)
# What an id must be: lower-case words (letters, digits) joined by hyphens.
GOOD_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    id: str | None
    line: int
    written: str = ""  # the attribute block as written, e.g. "{#measure impact}" ("" when none)


def _heading(level: int, text: str, number: int) -> Heading:
    heading_id, written = None, ""
    attrs = _ATTRS.search(text)
    if attrs:
        id_match = _ID.search(attrs.group(1))
        heading_id = id_match.group(1) if id_match else None
        written = attrs.group(0).strip()
        text = text[: attrs.start()].rstrip()
    return Heading(level, text, heading_id, number, written)


def parse(markdown: str, first_line: int = 1) -> tuple[Heading, ...]:
    """Every heading outside fenced code, ATX ("## Title") and underlined (setext), in the page or inside
    an admonition or details block, with its explicit id when it has one."""
    found = []
    fence = None
    containers: list[int] = []  # the body indent of each admonition the line is in
    previous, previous_number = "", 0
    for number, raw in enumerate(markdown.splitlines(), start=first_line):
        indent = len(raw) - len(raw.lstrip(" "))
        while containers and raw.strip() and indent < containers[-1] and not fence:
            containers.pop()
        base = containers[-1] if containers else 0
        line = raw[base:] if indent >= base else raw
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            previous = ""
            continue
        if opened:
            fence = opened.group(1)
            previous = ""
            continue
        if _CONTAINER.match(line):
            containers.append(base + 4)
            previous = ""
            continue
        match = _ATX.match(line.lstrip(" ")) if len(line) - len(line.lstrip(" ")) <= 3 else None
        if match:
            found.append(_heading(len(match.group(1)), re.sub(r"[ \t]+#+$", "", match.group(2)), number))
            previous = ""
            continue
        underline = _SETEXT.match(line)
        if underline and previous and not _NOT_PARAGRAPH.match(previous):
            found.append(_heading(1 if underline.group(1)[0] == "=" else 2, previous.strip(), previous_number))
            previous = ""
            continue
        previous, previous_number = line, number
    return tuple(found)


def html_headings(path: str, markdown: str, first_line: int = 1) -> list[Problem]:
    """h2-h4 headings written in HTML (outside fenced code): in no table of contents, never linkable."""
    problems, fence = [], None
    lines = markdown.splitlines()
    for number, line in enumerate(lines, start=first_line):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            continue
        if opened:
            fence = opened.group(1)
            continue
        for match in _HTML_HEADING.finditer(re.sub(r"(`+).*?\1", "", line)):
            level, text = int(match.group(1)), " ".join(re.sub(r"<[^>]*>", "", match.group(2)).split())
            if 2 <= level <= 4:
                problems.append(Problem(path, f"heading '{match.group(0)}' is written in HTML, so it is in no "
                                              f"table of contents and cannot be linked; write it as "
                                              f"'{'#' * level} {text} {{#some-id}}'", number))
    return problems


def bad_ids(path: str, headings: tuple[Heading, ...]) -> list[Problem]:
    """Ids that are not lower-case words and hyphens, or that a space cuts short ({#measure impact} would
    silently give id="measure")."""
    problems = []
    for h in headings:
        if not h.written:
            continue
        tokens = h.written.strip("{}").lstrip(":").split()
        at = next((i for i, t in enumerate(tokens) if t.startswith("#")), None)
        if at is None:
            continue
        words = [tokens[at][1:]] + [t for t in tokens[at + 1:] if not t.startswith(".") and "=" not in t]
        if len(words) > 1 or not GOOD_ID.fullmatch(words[0]):
            wanted = "-".join(w.strip("-") for w in re.split(r"[^a-z0-9]+", " ".join(words).lower()) if w)
            problems.append(Problem(path, f"heading id '{h.written}' must be lower-case words joined by hyphens, "
                                          f"with no spaces: write {{#{wanted or 'some-id'}}}", h.line))
    return problems


def missing_ids(path: str, headings: tuple[Heading, ...]) -> list[Problem]:
    """h2-h4 headings without an explicit id."""
    return [
        Problem(path, f"heading '{h.text}' has no explicit id; write it as "
                      f"'{'#' * h.level} {h.text} {{#some-id}}' with the same id in both languages",
                h.line)
        for h in headings
        if 2 <= h.level <= 4 and not h.id
    ]


def duplicate_ids(path: str, headings: tuple[Heading, ...]) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for h in headings:
        if h.id is None:
            continue
        if h.id in seen:
            problems.append(Problem(path, f"heading id '#{h.id}' is used twice (first on line {seen[h.id]})",
                                    h.line))
        else:
            seen[h.id] = h.line
    return problems


def compare(en_path: str, en: tuple[Heading, ...], cy_path: str, cy: tuple[Heading, ...]) -> list[Problem]:
    """The Welsh twin must have the same headings (level and id) in the same order as the English page."""
    en_ids = [(h.level, h.id) for h in en if 2 <= h.level <= 4]
    cy_ids = [(h.level, h.id) for h in cy if 2 <= h.level <= 4]
    if en_ids == cy_ids:
        return []
    en_lines = {h.id: h.line for h in en}
    cy_lines = {h.id: h.line for h in cy}
    problems = []
    only_en = [i for _, i in en_ids if i not in {j for _, j in cy_ids}]
    only_cy = [i for _, i in cy_ids if i not in {j for _, j in en_ids}]
    if len(en_ids) == len(cy_ids):
        # The same headings with some ids changed (translated, say): one message per changed id, at it.
        renamed = [(e, c) for (_, e), (_, c) in zip(en_ids, cy_ids) if e in only_en and c in only_cy]
        if renamed and len(renamed) == len(only_en) == len(only_cy):
            return [Problem(cy_path, f"heading id '#{c}' should be '#{e}' as in {en_path} (line "
                                     f"{en_lines.get(e)}): heading ids are not translated, so that links to a "
                                     f"section work in both languages", cy_lines.get(c))
                    for e, c in renamed]
    for heading_id in only_en:
        problems.append(Problem(cy_path, f"heading id '#{heading_id}' of {en_path} (line "
                                         f"{en_lines.get(heading_id)}) is missing; both languages need "
                                         f"the same heading ids"))
    for heading_id in only_cy:
        problems.append(Problem(cy_path, f"heading id '#{heading_id}' is not in {en_path}; both languages "
                                         f"need the same heading ids", cy_lines.get(heading_id)))
    if not problems:
        for (en_level, en_id), (cy_level, cy_id) in zip(en_ids, cy_ids):
            if (en_level, en_id) != (cy_level, cy_id):
                problems.append(Problem(
                    cy_path,
                    f"headings are not in the same order or level as {en_path}: expected "
                    f"'{'#' * en_level} ... {{#{en_id}}}' (line {en_lines.get(en_id)} there) but found "
                    f"'{'#' * cy_level} ... {{#{cy_id}}}'",
                    cy_lines.get(cy_id)))
                break
    return problems
