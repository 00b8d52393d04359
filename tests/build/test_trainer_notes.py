"""Trainer notes in builds of their own: a mistake fails the strict build with one line naming file and
line; the offline zip holds no note."""

from __future__ import annotations

import shutil
import zipfile

import pytest

from tests.conftest import ROOT, build_site, copy_project

pytestmark = pytest.mark.build

PAGE = "docs/process-mapping/drawing-the-map.md"
WELSH = "docs/cy/process-mapping/drawing-the-map.md"


def _without_welsh_note(text: str) -> str:
    start = text.index("```trainer")
    end = text.index("```\n", start + 3) + 4
    return text[:start] + text[end:]


def test_a_note_in_english_only_fails_the_build_naming_the_welsh_file(tmp_path):
    config = copy_project(tmp_path, fixtures=True)
    welsh = tmp_path / WELSH
    welsh.write_text(_without_welsh_note(welsh.read_text(encoding="utf-8")), encoding="utf-8")
    line = next(n for n, l in enumerate((tmp_path / PAGE).read_text().splitlines(), 1) if l == "```trainer")
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", config)
    assert result.returncode != 0
    assert (f"{WELSH}: the ```trainer block of {PAGE} line {line} is missing here; write its notes in this "
            f"language too") in result.stderr
    assert "Traceback" not in result.stderr


def test_a_malformed_timing_fails_the_build_with_its_line(tmp_path):
    config = copy_project(tmp_path, fixtures=True)
    page = tmp_path / PAGE
    text = page.read_text(encoding="utf-8").replace("timing: 4 teaching, 11 activity", "timing: a quarter hour")
    page.write_text(text, encoding="utf-8")
    line = next(n for n, l in enumerate(text.splitlines(), 1) if l.startswith("timing:"))
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", config)
    assert result.returncode != 0
    assert (f"{PAGE}:{line}: a timing is minutes of teaching and of activity, e.g. 'timing: 5 teaching, "
            f"10 activity' (found 'timing: a quarter hour')") in result.stderr


def test_the_offline_zip_holds_no_trainer_note_but_the_trainer_pages(tmp_path):
    copy_project(tmp_path, fixtures=True)
    shutil.copy2(ROOT / "mkdocs.offline.yml", tmp_path / "mkdocs.offline.yml")
    result = build_site(tmp_path / "site", "https://example.org/", tmp_path / "mkdocs.offline.yml")
    assert result.returncode == 0, result.stderr
    zips = list(tmp_path.rglob("site-offline.zip"))
    assert len(zips) == 1
    holders = set()
    with zipfile.ZipFile(zips[0]) as bundle:
        for name in bundle.namelist():
            if "Fixture-ask-walrus" in bundle.read(name).decode("utf-8", "replace"):
                holders.add(name.split("/", 1)[1])
    assert holders == {"trainers-process-mapping.html"}


def test_a_page_whose_front_matter_is_broken_fails_the_build_and_still_holds_no_note(tmp_path):
    # The front matter is read by the checks and the page given its body without it; that body must not
    # bring back the ```trainer block the trainer hook blanks (the failed build still writes site/).
    config = copy_project(tmp_path, fixtures=True)
    page = tmp_path / PAGE
    text = page.read_text(encoding="utf-8").replace("order: 3", "order: 3\n  bad: indent", 1)
    page.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  bad: indent") + 1  # where YAML stops
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", config)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert errors == [f"ERROR   -  toolkit: {PAGE}:{line}: the front matter is not valid YAML: mapping values are not "
                      f"allowed here; write each setting as 'key: value' at the start of its line, and put a value "
                      f"holding ': ' or '#' in quotes"], result.stderr
    built = tmp_path / "site" / "process-mapping" / "drawing-the-map" / "index.html"
    html = built.read_text(encoding="utf-8")
    assert "Follow a patient, a sample or a form" in html  # the page itself was written
    assert "bad: indent" not in html  # nor its front matter as text
    holders = [p.relative_to(tmp_path / "site").as_posix() for p in (tmp_path / "site").rglob("*")
               if p.is_file() and p.suffix in (".html", ".json", ".xml")
               and "Fixture-ask-walrus" in p.read_text(encoding="utf-8", errors="replace")]
    assert [h for h in holders if not h.startswith(("trainers/", "cy/trainers/"))] == [], holders
