"""The LMS packages' pages (the fixture guide's, both languages), unzipped and served: axe-core finds no
WCAG 2.2 A/AA violation, and the Nu HTML Checker no error, in the pages as the package rewrote them (no
language switch, the footer's note, links out of the package gone)."""

from __future__ import annotations

import zipfile

import pytest

from tests.conftest import _free_port, serve

from .conftest import describe, nu_errors, run_axe

PACKAGES = ("process-mapping-en", "process-mapping-cy")


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory, scorm_packages):
    root = tmp_path_factory.mktemp("scorm-a11y")
    for name in PACKAGES:
        with zipfile.ZipFile(scorm_packages / f"{name}.zip") as bundle:
            bundle.extractall(root / name)
    return root


def _pages(root):
    return sorted(p for p in root.rglob("*.html") if "assets" not in p.parts)


@pytest.mark.browser
def test_every_package_page_passes_axe(browser, unzipped, axe_source):
    pages = _pages(unzipped)
    assert len(pages) == 12  # five pages and the whole-guide page, in each language
    with serve(unzipped, _free_port()) as url:
        context = browser.new_context()
        page = context.new_page()
        failures = []
        for path in pages:
            page.goto(url + path.relative_to(unzipped).as_posix())
            violations = run_axe(page, axe_source)
            if violations:
                failures.append(f"{path.relative_to(unzipped)}:\n{describe(violations)}")
        context.close()
    assert not failures, "\n".join(failures)


def test_every_package_page_is_valid_html(unzipped, vnu_jar):
    errors = nu_errors(vnu_jar, _pages(unzipped), name=lambda url: url.split(str(unzipped), 1)[-1])
    assert not errors, "\n".join(errors[:30])
