"""Review dates (hooks/review_dates.py) in builds of their own: the strict build fails, with one line each,
on twins that disagree, a guide page without dates, or a date not written YYYY-MM-DD."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import build_site, copy_project

pytestmark = pytest.mark.build


def _tiny_site(tmp_path: Path, en_front: str, cy_front: str) -> Path:
    files = {}
    for lang, title in (("", "Home"), ("cy/", "Hafan")):
        files[f"docs/{lang}index.md"] = f"---\ntitle: {title}\n---\n\n# {title} {{#home}}\n"
    for lang, front in (("", en_front), ("cy/", cy_front)):
        files[f"docs/{lang}guide/index.md"] = f"---\ntitle: Guide\n{front}---\n\n# Guide {{#guide}}\n"
    return copy_project(tmp_path, docs=False, files=files)


def _errors(result) -> list[str]:
    return [line.split("toolkit: ", 1)[1] for line in result.stderr.splitlines() if "toolkit: " in line]


def test_the_build_fails_when_twins_disagree_on_a_review_date(tmp_path):
    config = _tiny_site(tmp_path, "last_reviewed: 2026-11-25\nnext_review: 2027-11-25\n",
                        "last_reviewed: 2026-11-25\nnext_review: 2027-11-26\n")
    result = build_site(tmp_path / "out", "http://127.0.0.1/", config)
    assert result.returncode == 1
    assert _errors(result) == [
        "docs/cy/guide/index.md:4: front matter 'next_review' is 2027-11-26 but the English page "
        "docs/guide/index.md says 2027-11-25; the twins must have the same review dates"]


def test_the_build_fails_on_a_guide_page_without_dates_or_with_a_bad_date(tmp_path):
    config = _tiny_site(tmp_path, "", "last_reviewed: 25/11/2026\nnext_review: 2027-11-25\n")
    result = build_site(tmp_path / "out", "http://127.0.0.1/", config)
    assert result.returncode == 1
    assert _errors(result) == [
        "docs/guide/index.md: guide page has no review dates: add 'last_reviewed: YYYY-MM-DD' and "
        "'next_review: YYYY-MM-DD' to its front matter (the same in both languages)",
        "docs/cy/guide/index.md:3: front matter 'last_reviewed' must be a date written YYYY-MM-DD, e.g. "
        "2026-11-25 (found '25/11/2026')"]
