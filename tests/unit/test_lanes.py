"""The test lanes themselves: every test folder is collected, and every test of tests/build/ is marked
`build`, so `-m build` / `-m "not build"` select exactly that lane."""

from __future__ import annotations

import configparser
import fnmatch
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"


def test_no_test_folder_is_skipped_by_norecursedirs():
    # pytest's default norecursedirs contains 'build', which would silently drop tests/build/.
    ini = configparser.ConfigParser()
    ini.read(ROOT / "pytest.ini", encoding="utf-8")
    patterns = ini["pytest"]["norecursedirs"].split()
    folders = [p.name for p in TESTS.iterdir() if p.is_dir() and any(p.glob("test_*.py"))]
    assert {"unit", "build", "site", "browser", "a11y"} <= set(folders)
    skipped = [(f, pat) for f in folders for pat in patterns if fnmatch.fnmatch(f, pat)]
    assert not skipped, skipped


def test_every_build_test_file_is_marked_build():
    for path in sorted((TESTS / "build").glob("test_*.py")):
        text = path.read_text(encoding="utf-8")
        marked = re.search(r"(?m)^pytestmark = pytest\.mark\.build$", text)
        assert marked, f"{path.relative_to(ROOT)} is not marked build"
