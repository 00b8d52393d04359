"""docs-authoring/messages.md lists every message the code can give an author (toolkit.messages), and the
messages the checks give in practice are on it."""

from __future__ import annotations

import re

from tests.conftest import ROOT
from toolkit import messages

from . import test_authoring_files, test_authoring_headings, test_authoring_links, test_authoring_safety

PAGE = ROOT / "docs-authoring" / "messages.md"


def test_the_list_of_messages_is_the_one_in_the_code():
    page = PAGE.read_text(encoding="utf-8")
    assert page == messages.with_list(page, messages.collect(ROOT / "hooks")), \
        "docs-authoring/messages.md differs from the code: run python tools/messages.py"


def _pattern(template: str):
    parts = [re.escape(part) for part in template.split(messages.GAP)]
    return re.compile(".*".join(parts), re.S)


def test_every_message_the_tests_pin_matches_one_listed():
    templates = [t for texts in messages.collect(ROOT / "hooks").values() for t in texts]
    patterns = [_pattern(t) for t in templates]
    expected = ([e for _, e in test_authoring_files.CASES.values()] + [e for _, e in test_authoring_headings.CASES.values()]
                + [e for _, e in test_authoring_links.CASES.values()] + [e for _, e in test_authoring_safety.PAGE_CASES.values()])
    for message in expected:
        text = message.split(": ", 1)[1]  # without "file:line"
        assert any(p.fullmatch(text) for p in patterns), f"not in docs-authoring/messages.md: {text}"


def test_the_markers_and_component_texts_messages_are_listed():
    # Messages worded by helpers (the marker scanner, the component texts' check), not by a Problem call of
    # a hook: the list must hold them too.
    from toolkit import markers, safety

    patterns = [_pattern(t) for texts in messages.collect(ROOT / "hooks").values() for t in texts]
    found = []
    for line in ("<!-- toolkit: ladder co-production -->", "<!-- toolkit:trainer-idx -->", "<!-- toolkit:ladder -->",
                 "<!-- toolkit:guide-list all -->", "See <!-- toolkit:guide-list --> here",
                 "<!-- toolkit:ladder Co Production -->", "Text\n<!-- toolkit:guide-list -->"):
        found += markers.scan(line + "\n", "docs/p.md")[1]
    found += safety.text_problems("```trainer\nask: <b>x</b>\nactivity: [y](javascript:z)\n```\n", "docs/p.md")
    found += safety.text_problems("```quiz\nq: [y](javascript:z)\n```\n", "docs/p.md")
    assert len(found) == 10
    for problem in found:
        assert any(p.fullmatch(problem.message) for p in patterns), f"not in docs-authoring/messages.md: {problem}"
