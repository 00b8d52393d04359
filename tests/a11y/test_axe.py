"""axe-core on every page of the site, in both languages and both colour schemes: no WCAG 2.0/2.1/2.2 A or
AA violation. Interactive states (quizzes, the ladder) are in test_axe_states.py."""

from __future__ import annotations

import pytest

from .conftest import assert_scheme, built_pages, describe, open_page, page_id, run_axe, site_pages

pytestmark = pytest.mark.browser

PAGES = site_pages()


def _audit_both_schemes(tabs, axe_source, path) -> list[str]:
    found = []
    for scheme in ("light", "dark"):
        page = open_page(tabs(scheme), path)
        assert_scheme(page, scheme)
        violations = run_axe(page, axe_source)
        if violations:
            found.append(f"/{path} ({scheme} scheme):\n{describe(violations)}")
    return found


@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_no_axe_violations_in_light_or_dark_scheme(tabs, axe_source, path):
    found = _audit_both_schemes(tabs, axe_source, path)
    assert not found, "\n".join(found)


def test_no_axe_violations_on_built_pages_without_markdown_source(tabs, axe_source, site_dir):
    # Pages a hook generates (no docs/*.md of their own) are audited too, so no built page is missed.
    extra = [p for p in built_pages(site_dir) if p not in PAGES]
    found = [problem for path in extra for problem in _audit_both_schemes(tabs, axe_source, path)]
    assert not found, "\n".join(found)
