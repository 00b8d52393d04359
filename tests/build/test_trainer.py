"""The trainer page in a build of its own: a marker in one language only fails the strict build."""

from __future__ import annotations

import pytest

from tests.conftest import build_site, copy_project

pytestmark = pytest.mark.build


def test_the_build_fails_when_the_welsh_trainer_page_lacks_the_marker(tmp_path):
    config = copy_project(tmp_path, docs=False, files={
        "docs/index.md": "---\ntitle: Home\n---\n\n# Home {#home}\n",
        "docs/cy/index.md": "---\ntitle: Hafan\n---\n\n# Hafan {#home}\n",
        "docs/trainers.md": "# Trainers {#t}\n\n<!-- toolkit:trainer-index -->\n",
        "docs/cy/trainers.md": "# Hyfforddwyr {#t}\n",
    })
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", config)
    assert result.returncode != 0
    assert ("docs/cy/trainers.md: <!-- toolkit:trainer-index --> is missing: docs/trainers.md has it on line 3; "
            "both languages need the same markers, in the same order") in result.stderr
