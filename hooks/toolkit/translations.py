"""Every page and its translations (the Welsh twin of each English page).

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

from . import headings, languages
from .problems import Problem
from .sources import Sources

LOCALE_LIKE = re.compile(r"^[a-z]{2}$")

TO_TRANSLATE = "TO TRANSLATE"
TO_WRITE = "TO WRITE"
# Upper case only: "to translate" is an ordinary phrase in English prose.
_MARKER = re.compile(r"\b(TO TRANSLATE|TO WRITE)\b")
_WHAT_TO_DO = {
    TO_TRANSLATE: "translate the text into Welsh and delete the marker",
    TO_WRITE: "write the text and delete the marker",
}
english_name = languages.english_name


@dataclass(frozen=True)
class Pair:
    """A page in the default language and its translation into one other language."""
    default: str   # docs-relative path in the default language, e.g. "co-production/index.md"
    other: str     # docs-relative path of its translation, e.g. "cy/co-production/index.md"
    language: str  # the translation's language, e.g. "cy"


def pair_pages(sources: Sources) -> tuple[list[Pair], list[Problem]]:
    """Match every page with its translations by path; report the missing ones and stray folders."""
    langs = sources.languages
    label = sources.label
    pairs, problems = [], []
    for base in sources.bases:
        top = base.split("/", 1)[0]
        if "/" in base and LOCALE_LIKE.match(top):
            for path in (langs.path_in(base, lang) for lang in langs.codes):
                if path in sources.pages:
                    problems.append(Problem(label(path), f"the folder '{top}/' looks like a language code, so the "
                                                         f"i18n plugin would drop its pages; rename the folder "
                                                         f"(three letters or more)"))
                    break
            continue
        default = langs.path_in(base, langs.default)
        if default not in sources.pages:
            for lang in langs.others(langs.default):
                path = langs.path_in(base, lang)
                if path in sources.pages:
                    problems.append(Problem(label(path), f"has no {english_name(langs.default)} twin: expected "
                                                         f"{label(default)}"))
            continue
        for lang in langs.others(langs.default):
            path = langs.path_in(base, lang)
            if path in sources.pages:
                pairs.append(Pair(default, path, lang))
            else:
                problems.append(Problem(label(default), f"has no {english_name(lang)} twin: create {label(path)} "
                                                        f"(same file name) with the {english_name(lang)} text"))
    return pairs, problems


def check_headings(pair: Pair, sources: Sources) -> list[Problem]:
    """Explicit, unique h2-h4 ids on both pages, identical between the languages."""
    parsed = {}
    problems: list[Problem] = []
    for path in (pair.default, pair.other):
        page = sources.pages[path]
        found = headings.parse(page.body, first_line=page.first_body_line)
        parsed[path] = found
        problems += (headings.bad_ids(page.label, found) + headings.missing_ids(page.label, found)
                     + headings.duplicate_ids(page.label, found)
                     + headings.html_headings(page.label, page.body, page.first_body_line))
    if not problems:
        problems += headings.compare(sources.label(pair.default), parsed[pair.default],
                                     sources.label(pair.other), parsed[pair.other])
    return problems


def check_site(sources: Sources) -> list[Problem]:
    """Every page has its translations, and their heading ids agree."""
    pairs, problems = pair_pages(sources)
    for pair in pairs:
        problems += check_headings(pair, sources)
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


def check_markers(sources: Sources) -> list[Problem]:
    """Markers left in any page of any language, and in the ladder data files."""
    problems: list[Problem] = []
    for path in sources.paths:
        problems += markers(sources.read(path), sources.label(path))
    for data in sources.ladders.values():
        problems += markers(data.text, data.label)
    return problems
