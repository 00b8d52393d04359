"""The build refuses broken ladders (a throwaway copy of the project, edited), and shows nothing of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import build_site, copy_project
from tests.site.conftest import article, soup

pytestmark = pytest.mark.build

PAGE = "co-production/what-next/index.html"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_build_fails_on_a_ladder_mistake_and_shows_nothing_of_it(tmp_path):
    project = copy_project(tmp_path / "project").parent
    data = project / "ladders" / "co-production.yml"
    _edit(data, "      cy: Ymgynghori\n", "")
    line = next(n for n, text in enumerate(data.read_text().splitlines(), start=1) if "en: Consultation" in text)
    page = project / "docs" / "cy" / "co-production" / "what-next.md"
    _edit(page, "<!-- toolkit:ladder-assessment co-production -->", "<!-- toolkit:ladder-assessment nowhere -->")
    marker = next(n for n, text in enumerate(page.read_text().splitlines(), start=1) if "nowhere" in text)

    result = build_site(tmp_path / "site", "http://127.0.0.1:1/", project / "mkdocs.yml")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert f"ERROR   -  toolkit: ladders/co-production.yml:{line}: rung 'consultation': label has no " \
           f"Welsh (cy) text; every text needs en, cy" in errors
    assert f"ERROR   -  toolkit: docs/cy/co-production/what-next.md:{marker}: no ladder 'nowhere': expected a " \
           f"file ladders/nowhere.yml (ladders: co-production)" in errors
    # Each mistake once, although the site is built once per language; the misnamed ladder is not said a
    # second time as "differs from the English page".
    assert len(errors) == 2, errors

    # Without --strict the site is written: nothing of the broken ladder, not even half of it.
    out = tmp_path / "loose"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--no-strict", "-q", "-f", str(project / "mkdocs.yml"),
                    "-d", str(out)], capture_output=True, text=True, cwd=project,
                   env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    for language_root in (out, out / "cy"):
        html = soup(language_root / PAGE)
        assert html.select_one(".ic-ladder, .ic-ladder-check") is None
        assert "toolkit:ladder" not in str(html)
        text = article(html).get_text()
        assert "box-ticking" not in text and "ticio blychau" not in text  # the meaning of 'consultation'
        assert not html.select('link[href$="ladder.css"]')
