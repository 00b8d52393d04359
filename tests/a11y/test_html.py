"""The Nu HTML Checker (vnu.jar) on every built page: no errors. One JVM for all pages (a few seconds)."""

from __future__ import annotations

from .conftest import nu_errors


def _pages(site_dir):
    return sorted(p for p in site_dir.rglob("*.html")
                  if p.relative_to(site_dir).parts[0] not in ("assets", "search"))


def test_every_page_is_valid_html(site_dir, vnu_jar):
    pages = _pages(site_dir)
    assert len(pages) >= 20
    errors = nu_errors(vnu_jar, pages, name=lambda url: url.split(str(site_dir), 1)[-1])
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors[:30])
