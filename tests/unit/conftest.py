"""The unit lane (`./run check`): pure code, no site build, seconds. A test that needs `mkdocs build`
belongs in tests/build/ (marked `build`); this guard makes one that slips in here fail at once."""

from __future__ import annotations

import subprocess

import pytest


def _refuse(*args, **kwargs):
    pytest.fail("tests/unit must not run mkdocs: a test that builds a site goes in tests/build/ (marked build)",
                pytrace=False)


@pytest.fixture(autouse=True)
def _no_mkdocs_build(monkeypatch):
    monkeypatch.setattr("mkdocs.commands.build.build", _refuse)
    popen = subprocess.Popen.__init__

    def guarded(self, args, *rest, **kwargs):
        words = [str(a) for a in args] if isinstance(args, (list, tuple)) else [str(args)]
        if any("mkdocs" in word.rsplit("/", 1)[-1] for word in words):
            _refuse()
        popen(self, args, *rest, **kwargs)

    monkeypatch.setattr(subprocess.Popen, "__init__", guarded)
