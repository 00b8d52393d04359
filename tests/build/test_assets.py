"""The assets on a copy of the project: what readers download is minified, and a script the minifier
cannot read fails the strict build with one message naming its file and line (never a traceback)."""

from __future__ import annotations

import pytest

from tests.conftest import build_site, copy_project

pytestmark = pytest.mark.build


def test_a_component_script_that_is_not_es5_fails_the_build_naming_file_and_line(tmp_path):
    config = copy_project(tmp_path, docs=True)
    script = tmp_path / "overrides/assets/video/video.js"
    text = script.read_text(encoding="utf-8")
    line = text[:text.index('"use strict";')].count("\n") + 1
    script.write_text(text.replace('"use strict";', '"use strict";\n  const later = () => 1;', 1), encoding="utf-8")
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", config)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"ERROR   -  toolkit: overrides/assets/video/video.js:{line + 1}: is not ES5 JavaScript"), errors
    assert "component scripts are ES5" in errors[0]
