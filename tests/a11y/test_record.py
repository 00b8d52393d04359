"""The learning record page's states, as a reader reaches them: axe in both languages and colour schemes,
the Nu HTML Checker on the page as the script left it, 320 px reflow, and the keyboard alone. On the
fixture site (tests/fixtures/docs/process-mapping/), whose words the tests own."""

from __future__ import annotations

import json

import pytest

from tests.conftest import BLOCK_STORAGE

from .conftest import NARROW, assert_scheme, describe, nu_errors, run_axe

pytestmark = pytest.mark.browser

PAGE = "learning-record/"
GUIDE = "process-mapping"
RECORD = {
    "v": 1,
    "pages": {"process-mapping/": {"g": GUIDE, "read": "2026-11-30", "min": 2}},
    "quizzes": {"drawing-the-map": {"g": GUIDE, "page": "process-mapping/drawing-the-map/", "total": 3,
                                    "q": {"first-step": {"first": 0, "final": 1, "on": "2026-12-01"}}}},
    "ladders": {"involvement": {"g": GUIDE, "rung": "asked", "on": "2026-12-02"}},
    "notes": {GUIDE: [{"id": "n1", "created": "2026-12-01", "updated": "2026-12-02",
                       "activity": "A mapping session with a very long word: " + "x" * 80, "learned": "",
                       "changed": "", "code": "", "participatory": "no"}]},
}
CASES = [(lang, scheme) for lang in ("en", "cy") for scheme in ("light", "dark")]


@pytest.fixture
def served_site(fixture_url):
    return fixture_url


def _url(lang):
    return PAGE if lang == "en" else "cy/" + PAGE


def _seed(page, lang, record=RECORD):
    page.goto(_url(lang))
    page.evaluate("r => localStorage.setItem('ic-record', JSON.stringify(r))", record)
    page.reload()
    page.wait_for_selector(".ic-record__guide")


def _states(page, lang):
    """(state, action) pairs, in the order a reader meets them."""
    yield "empty record", lambda: page.goto(_url(lang))
    yield "record with an account", lambda: _seed(page, lang)

    def bad_import():
        page.set_input_files("#ic-record-import", files=[{"name": "x.json", "mimeType": "application/json",
                                                          "buffer": b"{nope"}])
        page.wait_for_function("() => document.querySelector('.ic-record__status').textContent !== ''")
    yield "bad import said", bad_import


@pytest.mark.parametrize(("lang", "scheme"), CASES, ids=[f"{lang}-{scheme}" for lang, scheme in CASES])
def test_axe_on_every_state(fresh_page, axe_source, lang, scheme):
    page = fresh_page(scheme)
    page.add_init_script(script=axe_source)
    found = []
    for state, action in _states(page, lang):
        action()
        assert_scheme(page, scheme)
        violations = run_axe(page, axe_source)
        if violations:
            found.append(f"{state}:\n{describe(violations)}")
    blocked = fresh_page(scheme)
    blocked.add_init_script(BLOCK_STORAGE)
    blocked.add_init_script(script=axe_source)
    blocked.goto(_url(lang))
    assert blocked.locator(".ic-record__not-kept").is_visible()
    violations = run_axe(blocked, axe_source)
    if violations:
        found.append(f"storage blocked:\n{describe(violations)}")
    assert not found, f"/{_url(lang)} ({scheme})\n" + "\n".join(found)


def test_nu_checker_on_the_page_as_the_script_leaves_it(fresh_page, vnu_jar, tmp_path):
    files = []
    for lang in ("en", "cy"):
        page = fresh_page()
        for state, action in _states(page, lang):
            action()
            path = tmp_path / f"{lang}-{state.replace(' ', '-')}.html"
            # The record's own markup as the script left it (other scripts' changes to Material's frame are
            # not this component's; the built page as a whole is checked by test_html.py).
            body = page.evaluate("document.querySelector('.ic-record').outerHTML")
            path.write_text(f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>t</title>'
                            f"</head><body><main>{body}</main></body></html>\n", encoding="utf-8")
            files.append(path)
    errors = nu_errors(vnu_jar, files)
    assert not errors, "\n".join(errors[:20])


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_no_horizontal_scrolling_at_320_px(fresh_page, lang):
    page = fresh_page(viewport=NARROW)
    _seed(page, lang)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= NARROW["width"], page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > innerWidth + 1 && e.checkVisibility())
        .slice(0, 5).map(e => e.tagName + '.' + e.className)""")


def test_keyboard_alone_adds_an_account_answers_and_deletes_it(fresh_page):
    page = fresh_page()
    _seed(page, "en", dict(RECORD, notes={}))
    add = page.locator('.ic-record__guide [data-action="add-account"]').last
    add.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.labels[0].textContent") == "What was the activity?"
    page.keyboard.type("Typed at the keyboard")
    for _ in range(4):  # the three other questions, then the yes/no group
        page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.type") == "radio"
    assert page.evaluate("document.activeElement.checked") is True
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Delete reflective account 1"
    page.once("dialog", lambda d: d.accept())
    page.keyboard.press("Enter")
    # Focus lands on the accounts' heading, not on the page's top.
    assert page.evaluate("document.activeElement.textContent") == "Reflective accounts"
    saved = json.loads(page.evaluate("localStorage.getItem('ic-record')"))
    assert GUIDE not in saved["notes"]
