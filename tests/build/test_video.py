"""The build refuses a broken video (a throwaway copy of the project, edited), and shows nothing of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import build_site, copy_project
from tests.site.conftest import article, soup

pytestmark = pytest.mark.build


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_build_fails_on_a_video_mistake_with_its_file_and_line(tmp_path):
    project = copy_project(tmp_path / "project").parent
    page = project / "docs" / "cy" / "co-production" / "what-next.md"
    _edit(page, "(https://www.youtube.com/watch?v=Vo_1VQEjI3M)", "(https://vimeo.com/1234)")
    line = next(n for n, text in enumerate(page.read_text().splitlines(), start=1) if "vimeo" in text)

    result = build_site(tmp_path / "site", "http://127.0.0.1:1/", project / "mkdocs.yml")
    assert result.returncode == 1
    errors = [text for text in result.stderr.splitlines() if text.startswith("ERROR")]
    assert errors == [f"ERROR   -  toolkit: docs/cy/co-production/what-next.md:{line}: the video's address must be "
                      f"a YouTube address, https://www.youtube.com/watch?v=<id> or https://youtu.be/<id> (found "
                      f"'https://vimeo.com/1234')"], result.stderr


def test_without_strict_a_broken_video_shows_nothing_and_the_others_play(tmp_path):
    import subprocess
    import sys
    project = copy_project(tmp_path / "project").parent
    page = project / "docs" / "co-production" / "what-next.md"
    _edit(page, "[Knocking on the door](https://www.youtube.com/watch?v=zj0Av6u7PQ0)\n", "")
    out = tmp_path / "loose"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--no-strict", "-q", "-f",
                             str(project / "mkdocs.yml"), "-d", str(out)], capture_output=True, text=True,
                            cwd=project, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert "what-next.md" in result.stderr and "toolkit:video nhs-england-knocking" in result.stderr
    body = article(soup(out / "co-production/what-next/index.html"))
    assert [f["data-ic-video-embed"].split("?")[0].rsplit("/", 1)[1] for f in body.select("figure.ic-video")] \
        == ["Vo_1VQEjI3M"]
    assert "toolkit:video" not in str(body)
