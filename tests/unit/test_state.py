"""Per-build state (toolkit.state): one object per running build, a stack for static-i18n's nested
builds, nothing left behind, and nothing kept on MkDocs' own objects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT
from toolkit import state
from toolkit.languages import Languages

SITE = Languages(("en", "cy"), ("English", "Cymraeg"))


def build(language: str) -> state.Build:
    return state.Build(language, SITE, ROOT, ROOT / "docs", Path("/tmp/site"))


def test_the_welsh_build_nested_in_the_english_one_has_its_own_state():
    english = state.begin(build("en"), nested=False)
    english.of("quiz")["report"] = "en report"
    welsh = state.begin(build("cy"), nested=True)
    assert state.current() is welsh and welsh.of("quiz") == {}
    assert welsh.strings()["permalink_title"] != english.strings()["permalink_title"]
    assert state.end() is welsh
    assert state.current() is english and english.of("quiz")["report"] == "en report"
    assert state.end() is english


def test_a_new_top_level_build_forgets_an_earlier_failed_one():
    state.begin(build("en"), nested=False)
    state.begin(build("cy"), nested=True)  # never ended: the build failed
    fresh = state.begin(build("en"), nested=False)
    assert state.current() is fresh and state.end() is fresh
    with pytest.raises(RuntimeError, match="hooks/build.py must be the first hook"):
        state.current()


def test_page_state_is_dropped_once_used():
    running = state.begin(build("en"), nested=False)
    running.page("trainer", "trainers.md")["guide_pages"] = ("a",)
    assert running.drop_page("trainer", "trainers.md") == {"guide_pages": ("a",)}
    assert running.drop_page("trainer", "trainers.md") == {}
    state.abandon()


def test_no_hook_keeps_data_on_mkdocs_objects():
    for path in sorted((ROOT / "hooks").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\bsetattr\(|\.__dict__\b|\bdelattr\(", text), path.relative_to(ROOT)
