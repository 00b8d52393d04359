"""The LMS packages' pages (the fixture guide's, both languages), unzipped and served: axe-core finds no
WCAG 2.2 A/AA violation, and the Nu HTML Checker no error, in the pages as the package rewrote them (no
language switch, the footer's note, links out of the package gone), and the link a learner coming back
to the course finds below the title, in both languages and colour schemes."""

from __future__ import annotations

import zipfile

import pytest

from tests.conftest import _free_port, serve

from .conftest import assert_scheme, describe, nu_errors, run_axe

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


# An LMS's API in the page's own window (where an SCO looks first): a learner coming back, who left off at
# the guide's third page.
COMING_BACK = """window.API = (() => {
  const cmi = {"cmi.core.entry": "resume", "cmi.core.lesson_status": "incomplete",
               "cmi.core.lesson_location": "process-mapping/drawing-the-map/", "cmi.suspend_data": ""};
  const ok = () => "true";
  return {LMSInitialize: ok, LMSFinish: ok, LMSCommit: ok, LMSSetValue: ok, LMSGetLastError: () => "0",
          LMSGetValue: (name) => cmi[name] || ""};
})();"""


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_link_back_to_where_a_learner_left_off_passes_axe(browser, unzipped, axe_source, scheme):
    with serve(unzipped, _free_port()) as url:
        context = browser.new_context(color_scheme=scheme)
        context.add_init_script(COMING_BACK)
        page = context.new_page()
        failures = []
        for start in ("process-mapping-en/process-mapping/index.html",
                      "process-mapping-cy/cy/process-mapping/index.html"):
            page.goto(url + start)
            assert_scheme(page, scheme)
            assert page.locator(".ic-scorm-resume a").is_visible()
            violations = run_axe(page, axe_source)
            if violations:
                failures.append(f"{start}:\n{describe(violations)}")
        context.close()
    assert not failures, "\n".join(failures)
