"""MkDocs' link messages with the file relative to the repository and the link's line (toolkit.links)."""

from __future__ import annotations

import logging

import pytest

from toolkit import links

from .site import sources_of

PAGE = ("---\ntitle: Tips\n---\n\n# Tips {#tips}\n\nSee [the rationale](rationale.md#nope).\n\n"
        "And [a page](nowhere.md), [this](#nix), [odd](nothing) and [root](/abs.md).\n")
SOURCES = sources_of({"g/tips.md": PAGE, "cy/g/tips.md": PAGE})
TO_A_FILE = "link to the page's .md file, relative to this page, e.g. 'tips.md' or '../index.md'"

CASES = {
    "missing anchor": (
        "Doc file 'g/tips.md' contains a link 'rationale.md#nope', but the doc 'g/rationale.md' does not contain "
        "an anchor '#nope'.",
        "docs/g/tips.md:7: the link 'rationale.md#nope' goes to a section '#nope' that docs/g/rationale.md does "
        "not have; use one of its heading ids, or give the heading that id"),
    "missing anchor on the page": (
        "Doc file 'cy/g/tips.md' contains a link '#nix', but there is no such anchor on this page.",
        "docs/cy/g/tips.md:9: the link '#nix' goes to a section that this page does not have; use one of its "
        "heading ids, or give the heading that id"),
    "missing page": (
        "Doc file 'g/tips.md' contains a link 'nowhere.md', but the target 'g/nowhere.md' is not found among "
        "documentation files. Did you mean 'elsewhere.md'?",
        f"docs/g/tips.md:9: the link 'nowhere.md' goes to docs/g/nowhere.md, which does not exist (did you mean "
        f"'elsewhere.md'?); {TO_A_FILE}"),
    "unrecognised link": (
        "Doc file 'g/tips.md' contains an unrecognized relative link 'nothing', it was left as is.",
        f"docs/g/tips.md:9: the link 'nothing' is neither a page nor a file; {TO_A_FILE}"),
    "absolute link": (
        "Doc file 'g/tips.md' contains an absolute link '/abs.md', it was left as is.",
        f"docs/g/tips.md:9: the link '/abs.md' starts with '/'; {TO_A_FILE}"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_link_message_names_the_file_and_line(case):
    message, expected = CASES[case]
    assert str(links.locate(message, SOURCES)) == expected


def test_other_messages_are_left_alone():
    assert links.locate("Something else entirely.", SOURCES) is None
    assert links.locate(CASES["absolute link"][0].replace("g/tips.md", "g/other.md"), SOURCES) is None


def test_the_filter_rewrites_the_record_as_an_error():
    record = logging.LogRecord(links.LOGGER, logging.WARNING, __file__, 1, CASES["unrecognised link"][0], (), None)
    build = type("Build", (), {"sources": SOURCES, "of": lambda self, name, d={}: d.setdefault(name, {})})()
    assert links.LinkLines(lambda: build).filter(record)
    assert (record.getMessage(), record.levelname) == (CASES["unrecognised link"][1], "ERROR")


def test_each_time_a_link_is_written_names_its_own_line():
    sources = sources_of({"g/tips.md": "[a](gone.md)\n\n[b](gone.md)\n"}, {"small": "credit: '[c](gone.md)'\n"})
    message = "Doc file 'g/tips.md' contains a link 'gone.md', but the target 'g/gone.md' is not found among " \
              "documentation files."
    assert [f"{p.path}:{p.line}" for p in (links.locate(message, sources, n) for n in range(3))] == [
        "docs/g/tips.md:1", "docs/g/tips.md:3", "ladders/small.yml:1"]
