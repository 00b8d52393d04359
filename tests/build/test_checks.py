"""The real strict build and `./run status` agree, on a copy of the project with one mistake each (the
four cases where they once disagreed, and a complete site)."""

from __future__ import annotations

import io

import pytest

from tests.conftest import build_site, copy_project
from toolkit import cli

pytestmark = pytest.mark.build

TIPS = "docs/cy/co-production/tips.md"
CASES = {
    "complete": (None, None, None),
    "welsh order differs": (TIPS, "order: ", "order: 9"),
    "welsh title missing": (TIPS, "title: ", "x-title: "),
    "next review differs": (TIPS, "next_review: ", "next_review: 2099-01-01\nx-was: "),
    "trainer marker on one side": ("docs/cy/trainers.md", "<!-- toolkit:trainer-index -->", ""),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_strict_build_fails_exactly_when_the_status_says_there_is_work_to_do(tmp_path, case):
    copy_project(tmp_path)
    path, old, new = CASES[case]
    if path is not None:
        page = tmp_path / path
        text = page.read_text(encoding="utf-8")
        assert old in text
        page.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", tmp_path / "mkdocs.yml")
    out = io.StringIO()
    code = cli.main(["--root", str(tmp_path), "status"], out, io.StringIO())
    errors = [line.split("toolkit: ", 1)[1] for line in result.stderr.splitlines()
              if line.startswith("ERROR") and "toolkit: " in line]
    assert (result.returncode == 0) == (code == 0) == (path is None), (result.stderr, out.getvalue())
    for error in errors:
        assert error in out.getvalue(), f"the build said what the status does not:\n{error}\n{out.getvalue()}"
