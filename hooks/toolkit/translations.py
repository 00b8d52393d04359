"""English pages and their Welsh twins.

The i18n plugin would either publish an English page under /cy/ (fallback) or silently leave it out of
the Welsh navigation; neither is acceptable under the Welsh Language Standards, so a page without its
twin is an authoring mistake that stops the build.

Unfinished text carries a marker (written by the scaffold, toolkit.scaffold): ``TO TRANSLATE`` where the
Welsh is still to be written, ``TO WRITE`` where the English is. A strict build refuses to publish a
page while a marker remains (one line per marker), so a placeholder can never reach readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from . import headings
from .frontmatter import split
from .problems import Problem

WELSH = "cy"
LOCALE_LIKE = re.compile(r"^[a-z]{2}$")

TO_TRANSLATE = "TO TRANSLATE"
TO_WRITE = "TO WRITE"
# Upper case only: "to translate" is an ordinary phrase in English prose.
_MARKER = re.compile(r"\b(TO TRANSLATE|TO WRITE)\b")
_WHAT_TO_DO = {
    TO_TRANSLATE: "translate the text into Welsh and delete the marker",
    TO_WRITE: "write the text and delete the marker",
}


@dataclass(frozen=True)
class Pair:
    en: str  # docs-relative path of the English page, e.g. "co-production/index.md"
    cy: str  # docs-relative path of its Welsh twin, e.g. "cy/co-production/index.md"


def welsh_path(en_path: str) -> str:
    return f"{WELSH}/{en_path}"


def english_path(cy_path: str) -> str:
    return cy_path[len(WELSH) + 1:]


def pair_pages(paths: Iterable[str], docs_label: str = "docs") -> tuple[list[Pair], list[Problem]]:
    """Match English and Welsh Markdown pages by path; report the unmatched ones and stray folders."""
    pages = sorted(p for p in paths if p.endswith(".md"))
    cy = {p for p in pages if p.startswith(WELSH + "/")}
    en = [p for p in pages if p not in cy]
    pairs, problems = [], []
    for path in en:
        top = path.split("/", 1)[0]
        if "/" in path and LOCALE_LIKE.match(top):
            problems.append(Problem(f"{docs_label}/{path}",
                                    f"the folder '{top}/' looks like a language code, so the i18n plugin "
                                    f"would drop its pages; rename the folder (three letters or more)"))
            continue
        if welsh_path(path) in cy:
            pairs.append(Pair(path, welsh_path(path)))
        else:
            problems.append(Problem(f"{docs_label}/{path}",
                                    f"has no Welsh twin: create {docs_label}/{welsh_path(path)} "
                                    f"(same file name) with the Welsh text"))
    for path in sorted(cy):
        if english_path(path) not in en:
            problems.append(Problem(f"{docs_label}/{path}",
                                    f"has no English twin: expected {docs_label}/{english_path(path)}"))
    return pairs, problems


def check_headings(pair: Pair, read: Callable[[str], str], docs_label: str = "docs") -> list[Problem]:
    """Explicit, unique h2-h4 ids on both pages, identical between the languages."""
    en_label, cy_label = f"{docs_label}/{pair.en}", f"{docs_label}/{pair.cy}"
    parsed = {}
    problems: list[Problem] = []
    for path, label in ((pair.en, en_label), (pair.cy, cy_label)):
        _, body, offset = split(read(path))
        found = headings.parse(body, first_line=offset + 1)
        parsed[label] = found
        problems += headings.missing_ids(label, found) + headings.duplicate_ids(label, found)
    if not problems:
        problems += headings.compare(en_label, parsed[en_label], cy_label, parsed[cy_label])
    return problems


def check_site(paths: Iterable[str], read: Callable[[str], str], docs_label: str = "docs") -> list[Problem]:
    pairs, problems = pair_pages(paths, docs_label)
    for pair in pairs:
        problems += check_headings(pair, read, docs_label)
    return problems


def markers(text: str, path: str) -> list[Problem]:
    """One problem per line of ``text`` (a whole file, front matter included) that still has a marker.

    Fenced code is scanned too: a quiz is a fenced block, and its texts are translated like any other.
    """
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        found = _MARKER.search(line)
        if found:
            problems.append(Problem(path, f"still marked {found.group(1)}: {_WHAT_TO_DO[found.group(1)]}; "
                                          f"a page with a marker is not published", number))
    return problems


def check_markers(paths: Iterable[str], read: Callable[[str], str], docs_label: str = "docs") -> list[Problem]:
    """Markers left in any Markdown page of either language."""
    problems: list[Problem] = []
    for path in sorted(p for p in paths if p.endswith(".md")):
        problems += markers(read(path), f"{docs_label}/{path}")
    return problems
