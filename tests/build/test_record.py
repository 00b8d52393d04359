"""The learning record page in a build of its own: an authoring mistake in its marker is one error line,
and the strict build fails."""

from __future__ import annotations

import pytest

from tests.conftest import build_site, copy_project, toolkit_errors

pytestmark = pytest.mark.build

HOME = {
    "docs/index.md": "---\ntitle: Home\n---\n\n# Home {#home}\n",
    "docs/cy/index.md": "---\ntitle: Hafan\n---\n\n# Hafan {#home}\n",
}


def test_a_marker_with_an_id_or_in_one_language_only_fails_the_build(tmp_path):
    config = copy_project(tmp_path, docs=False, files=dict(HOME, **{
        "docs/learning-record.md": "---\nin_nav: false\n---\n\n# Record {#r}\n\n<!-- toolkit:learning-record x -->\n",
        "docs/cy/learning-record.md": "---\nin_nav: false\n---\n\n# Cofnod {#r}\n",
    }))
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", config)
    assert result.returncode != 0
    assert toolkit_errors(result) == [
        "docs/learning-record.md:7: 'toolkit:learning-record' takes nothing after its name: write "
        "<!-- toolkit:learning-record -->"], result.stderr


def test_the_page_builds_with_no_guide_at_all(tmp_path):
    config = copy_project(tmp_path, docs=False, files=dict(HOME, **{
        "docs/learning-record.md": "---\nin_nav: false\n---\n\n# Record {#r}\n\n<!-- toolkit:learning-record -->\n",
        "docs/cy/learning-record.md": "---\nin_nav: false\n---\n\n# Cofnod {#r}\n\n<!-- toolkit:learning-record -->\n",
    }))
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", config)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/cy/learning-record/index.html").read_text(encoding="utf-8")
    assert '{"guides":[]}' in html and "toolkit:" not in html.split("<article", 1)[1]
