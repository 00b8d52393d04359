"""axe and the Nu HTML Checker on the progress component's scripted states, in both languages and both
colour schemes: the guide's home with its counts and the navigation's marks, the last page's filled
summary, a page just marked read, and blocked storage; and the marks readable at 320 px.

On the fixture guide (tests/fixtures/docs/process-mapping/), with the record written as the quiz and
ladder components write it (tests/browser/test_progress.py's RECORD). The built pages' own HTML is checked
by test_html.py and test_axe.py.
"""

from __future__ import annotations

import pytest

from tests.browser.test_progress import RECORD, _scroll_to_end
from tests.conftest import BLOCK_STORAGE

from .conftest import NARROW, assert_scheme, describe, nu_errors, run_axe

pytestmark = pytest.mark.browser

HOME = "process-mapping/"
LAST = "process-mapping/sharing-decisions/"
CASES = [(lang, scheme) for lang in ("en", "cy") for scheme in ("light", "dark")]


@pytest.fixture
def served_site(fixture_url):
    return fixture_url


def _prefix(lang: str) -> str:
    return "" if lang == "en" else "cy/"


def _seeded(page, lang: str) -> None:
    page.goto(HOME)
    page.evaluate("r => localStorage.setItem('ic-record', JSON.stringify(r))", RECORD)
    page.goto(_prefix(lang) + HOME)


@pytest.mark.parametrize(("lang", "scheme"), CASES, ids=[f"{lang}-{scheme}" for lang, scheme in CASES])
def test_home_counts_marks_and_summary_pass_axe(fresh_page, axe_source, lang, scheme):
    page = fresh_page(scheme)
    _seeded(page, lang)
    assert_scheme(page, scheme)
    found = []
    assert page.locator(".ic-progress__home").is_visible()
    assert page.locator(".md-nav--primary .ic-progress__mark").count() == 2
    violations = run_axe(page, axe_source)
    if violations:
        found.append(f"home with counts and marks:\n{describe(violations)}")
    page.goto(_prefix(lang) + LAST)
    page.wait_for_selector(".ic-progress-summary__pages")
    violations = run_axe(page, axe_source)
    if violations:
        found.append(f"last page's summary:\n{describe(violations)}")
    assert not found, "\n".join(found)


def test_marked_read_and_blocked_storage_pass_axe(browser, served_site, axe_source):
    context = browser.new_context(base_url=served_site, viewport=NARROW)
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    page.clock.install()
    page.goto("cy/" + LAST)
    _scroll_to_end(page)
    page.clock.run_for(125_000)
    assert page.locator(".ic-progress-summary__not-kept").is_visible()
    assert page.locator(".ic-progress__status").text_content().startswith("Mae'r dudalen hon")
    violations = run_axe(page, axe_source)
    assert not violations, describe(violations)
    context.close()


def test_the_marks_reflow_at_320_px(fresh_page):
    page = fresh_page(viewport=NARROW)
    _seeded(page, "cy")
    page.locator("button.md-header__button[data-ic-for=__drawer]").click()
    mark = page.locator(".md-nav--primary .ic-progress__mark").last
    mark.wait_for(state="visible")
    box = mark.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= NARROW["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


# What the script writes, in a document of its own: the rest of the page as other scripts change it
# (a11y.js's menu repairs) is not this component's to judge.
_OWN = """() => {
    const parts = [...document.querySelectorAll('.ic-progress, .ic-progress-summary')].map(e => e.outerHTML);
    const marked = [...document.querySelectorAll('.md-nav--primary a.md-nav__link')]
        .filter(a => a.querySelector('.ic-progress__mark')).map(a => '<li>' + a.outerHTML + '</li>');
    return '<!doctype html><html lang="' + document.documentElement.lang + '"><head><meta charset="utf-8">'
        + '<title>t</title></head><body><nav><ul>' + marked.join('') + '</ul></nav><main>' + parts.join('')
        + '</main></body></html>';
}"""


def test_the_scripted_states_are_valid_html(fresh_page, vnu_jar, tmp_path):
    page = fresh_page()
    files = []
    for lang in ("en", "cy"):
        _seeded(page, lang)
        files.append(tmp_path / f"home-{lang}.html")
        files[-1].write_text(page.evaluate(_OWN), encoding="utf-8")
        page.goto(_prefix(lang) + LAST)
        page.wait_for_selector(".ic-progress-summary__pages")
        files.append(tmp_path / f"last-{lang}.html")
        files[-1].write_text(page.evaluate(_OWN), encoding="utf-8")
    assert "ic-progress__mark" in files[0].read_text(encoding="utf-8")
    errors = nu_errors(vnu_jar, files)
    assert not errors, "\n".join(errors[:20])
