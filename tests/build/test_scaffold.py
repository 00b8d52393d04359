"""A guide made by `./run new-guide` (issue 7), in builds of its own: refused by a strict build while its
TO WRITE / TO TRANSLATE markers remain (with --quiet too), built once they are gone."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from toolkit import cli

from tests.conftest import build_site, copy_project, toolkit_errors
from tests.site.conftest import nav_links, soup

pytestmark = pytest.mark.build

KEEP_HOOKS = ("hooks/navigation.py", "hooks/strings.py", "hooks/review_dates.py",
              "hooks/quiz.py", "hooks/ladder.py")


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory) -> Path:
    """A tiny site (home page only) plus a guide made by `new-guide`, nothing written in it yet."""
    root = tmp_path_factory.mktemp("scaffold")
    # Only the hooks this test is about, so another component's page rules cannot fail it.
    copy_project(root, docs=False, hooks=KEEP_HOOKS,
                 files={f"docs/{language}index.md": "# Home {#home}\n" for language in ("", "cy/")})
    assert cli.main(["--root", str(root), "new-guide", "process-mapping", "--name", "Process mapping",
                     "--page", "tips=Helpful tips"]) == 0
    return root


def test_a_new_guide_is_refused_while_markers_remain(scaffolded):
    result = build_site(scaffolded / "site", "http://127.0.0.1:8000/", scaffolded / "mkdocs.yml")
    assert result.returncode == 1, "a strict build must not publish the placeholders"
    errors = toolkit_errors(result)
    expected = []
    for path in sorted((scaffolded / "docs").rglob("*.md")):
        label = path.relative_to(scaffolded).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for marker, what in (("TO WRITE", "write the text"), ("TO TRANSLATE", "translate the text into Welsh")):
                if marker in line:
                    expected.append(f"{label}:{number}: still marked {marker}: {what} and delete the marker; "
                                    f"a page with a marker is not published")
    assert expected and sorted(errors) == sorted(expected), "one line per page and line, nothing else"
    assert "WARNING" not in result.stderr, "the scaffold itself is right: headings, quiz and dates pass"


def test_a_quiet_strict_build_refuses_the_markers_too(scaffolded, tmp_path):
    # MkDocs' --quiet hides warnings from strict mode (mkdocs/mkdocs#4126): markers must not depend on them.
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f",
                             str(scaffolded / "mkdocs.yml"), "-d", str(tmp_path / "site")],
                            capture_output=True, text=True, env=env, cwd=scaffolded)
    assert result.returncode == 1, result.stderr
    assert "still marked TO TRANSLATE" in result.stderr


def test_once_every_marker_is_gone_the_guide_builds(scaffolded, tmp_path):
    root = tmp_path / "done"
    # Not the scaffolded copy's own build (its site/ at the top); overrides/assets/site/ is the theme's.
    shutil.copytree(scaffolded, root, ignore=lambda folder, names: ["site"] if Path(folder) == scaffolded else [])
    for path in (root / "docs" / "process-mapping").rglob("*.md"):
        # An author writes every text (distinct quiz options stay distinct).
        text = re.sub(r"TO (?:WRITE|TRANSLATE): ", "", path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
    for path in (root / "docs" / "cy" / "process-mapping").rglob("*.md"):
        text = re.sub(r"TO (?:WRITE|TRANSLATE): ", "Cymraeg ", path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
    result = build_site(root / "site", "http://127.0.0.1:8000/", root / "mkdocs.yml")
    assert result.returncode == 0, result.stderr
    nav = nav_links(soup(root / "site" / "cy" / "process-mapping" / "tips" / "index.html"))
    assert ("Cymraeg Process mapping", "../") in nav, nav
