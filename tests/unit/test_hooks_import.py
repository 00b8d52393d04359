"""Every hook, every module of the pure core and the authors' command import cleanly: a syntax or import
error fails the unit lane (`./run check`) in seconds, not a build later."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
import sys
from pathlib import Path

import pytest
import toolkit

ROOT = Path(__file__).resolve().parents[2]
HOOKS = sorted((ROOT / "hooks").glob("*.py"))


def test_the_hooks_folder_is_what_mkdocs_yml_lists():
    listed = re.findall(r"(?m)^\s*-\s*(hooks/\S+\.py)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert listed and sorted(listed) == sorted(f"hooks/{path.name}" for path in HOOKS)


@pytest.mark.parametrize("path", HOOKS + [ROOT / "tools" / "guides.py"], ids=lambda p: p.relative_to(ROOT).as_posix())
def test_a_hook_or_tool_imports(path, monkeypatch):
    # Loaded from its file under a name of its own and registered first, as MkDocs loads a hook (dataclasses
    # look their module up), without clashing with toolkit's modules of the same name.
    name = f"_import_check_{path.parent.name}_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)
    spec.loader.exec_module(module)


@pytest.mark.parametrize("name", sorted(m.name for m in pkgutil.walk_packages(toolkit.__path__, "toolkit.")))
def test_a_core_module_imports(name):
    importlib.import_module(name)
