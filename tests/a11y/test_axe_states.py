"""axe-core on the interactive states of our components, in both languages and both colour schemes.

The states are reached the way a reader reaches them (choosing options, pressing the buttons), in a fresh
browser context each time, because quizzes and the self-assessment keep answers in the browser's storage.
On the fixture site's test-owned quiz and ladder (tests/fixtures/), so that rewording the live guide cannot
break them; every live page, in its first state, is audited by test_axe.py.
"""

from __future__ import annotations

import pytest

from .conftest import assert_scheme, describe, run_axe

pytestmark = pytest.mark.browser

QUIZ_PAGE = "process-mapping/drawing-the-map/"
QUESTION = "#ic-quiz-drawing-the-map--first-step"   # single choice; the first option is the right one
LADDER_PAGE = "process-mapping/sharing-decisions/"
ASKED = {"told": "yes", "asked": "yes", "drawing": "no", "deciding": "yes"}  # rung 3 of 5, 'asked'
CASES = [(lang, scheme) for lang in ("en", "cy") for scheme in ("light", "dark")]


@pytest.fixture
def served_site(fixture_url):
    return fixture_url


def _url(lang: str, path: str) -> str:
    return path if lang == "en" else f"cy/{path}"


def _audit(page, axe_source, state: str, found: list[str]) -> None:
    violations = run_axe(page, axe_source)
    if violations:
        found.append(f"{state}:\n{describe(violations)}")


def _check(page, option: int) -> None:
    page.locator(f"{QUESTION}--{option}").check()
    page.locator(f"{QUESTION} .ic-quiz__check").click()
    page.wait_for_function(f"() => document.querySelector('{QUESTION} .ic-quiz__result').textContent.trim() !== ''")


@pytest.mark.parametrize(("lang", "scheme"), CASES, ids=[f"{lang}-{scheme}" for lang, scheme in CASES])
def test_quiz_unanswered_checked_wrong_and_checked_right(fresh_page, axe_source, lang, scheme):
    page = fresh_page(scheme)
    page.add_init_script(script=axe_source)
    page.goto(_url(lang, QUIZ_PAGE))
    assert_scheme(page, scheme)
    found: list[str] = []
    _audit(page, axe_source, "unanswered", found)

    _check(page, 2)
    result = page.locator(f"{QUESTION} .ic-quiz__result")
    assert not result.inner_text().startswith(("Correct", "Cywir")), "option 2 should be wrong"
    assert page.locator(f"{QUESTION} .ic-quiz__result .ic-quiz__clue-given").count() == 1, "a first try's hint"
    _audit(page, axe_source, "checked wrong: feedback and hint", found)

    # Try again if the quiz asks for it: a second wrong try, told the explanation, then the right answer.
    retry = page.locator(f"{QUESTION} .ic-quiz__retry")
    if retry.is_visible():
        retry.click()
    _check(page, 3)
    assert page.locator(f"{QUESTION} .ic-quiz__result .ic-quiz__explanation").count() == 1
    _audit(page, axe_source, "checked wrong twice: explanation", found)
    if retry.is_visible():
        retry.click()
    _check(page, 1)
    assert result.inner_text().startswith(("Correct", "Cywir")), result.inner_text()
    _audit(page, axe_source, "checked right", found)

    page.locator(f"{QUESTION} .ic-quiz__summary").click()  # the worked answer, opened
    _audit(page, axe_source, "answer shown", found)
    assert not found, f"/{_url(lang, QUIZ_PAGE)} ({scheme})\n" + "\n".join(found)


@pytest.mark.parametrize(("lang", "scheme"), CASES, ids=[f"{lang}-{scheme}" for lang, scheme in CASES])
def test_ladder_rung_open_and_self_assessment_completed(fresh_page, axe_source, lang, scheme):
    page = fresh_page(scheme)
    page.add_init_script(script=axe_source)
    page.goto(_url(lang, LADDER_PAGE))
    assert_scheme(page, scheme)
    found: list[str] = []

    summary = page.locator("#ladder-involvement-drawing summary")
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator("#ladder-involvement-drawing .ic-ladder__meaning").is_visible()
    _audit(page, axe_source, "a rung open", found)

    for rung, value in ASKED.items():
        page.locator(f'input[name="ladder-involvement-statement-{rung}"][value="{value}"]').check()
    page.locator(".ic-ladder-check button[type=submit]").click()
    result = page.locator(".ic-ladder-check__result")
    assert "3" in result.inner_text() and page.locator(".ic-ladder__badge").count() == 1
    _audit(page, axe_source, "self-assessment completed", found)
    assert not found, f"/{_url(lang, LADDER_PAGE)} ({scheme})\n" + "\n".join(found)


VIDEO_PAGE = "process-mapping/reading-the-map/"


@pytest.mark.parametrize(("lang", "scheme"), CASES, ids=[f"{lang}-{scheme}" for lang, scheme in CASES])
def test_video_before_and_after_play(fresh_page, axe_source, lang, scheme, served_site):
    page = fresh_page(scheme)
    # Nothing leaves the machine: the player is a stand-in page (tests/browser/test_video.py checks its address).
    page.context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(served_site)
                       else route.fulfill(status=200, content_type="text/html",
                                          body='<!doctype html><html lang="en"><title>player</title><p>player'))
    page.add_init_script(script=axe_source)
    page.goto(_url(lang, VIDEO_PAGE))
    assert_scheme(page, scheme)
    found: list[str] = []
    _audit(page, axe_source, "before play", found)
    page.locator(".ic-video__play").click()
    page.locator("iframe.ic-video__frame").wait_for()
    _audit(page, axe_source, "playing", found)
    assert not found, f"/{_url(lang, VIDEO_PAGE)} ({scheme})\n" + "\n".join(found)


SAVED_PAGE = "process-mapping/reading-the-map/"


@pytest.mark.parametrize(("lang", "scheme"), CASES, ids=[f"{lang}-{scheme}" for lang, scheme in CASES])
def test_guide_offered_saved_and_removed(fresh_page, axe_source, lang, scheme):
    """"Save this guide to read offline": offered, saving (progress), saved (remove, add the other
    language), removed. Each context is new, so the service worker and caches are this test's own."""
    page = fresh_page(scheme)
    page.add_init_script(script=axe_source)
    page.goto(_url(lang, SAVED_PAGE))
    assert_scheme(page, scheme)
    found: list[str] = []
    control = page.locator(".ic-saved")
    control.wait_for()
    _audit(page, axe_source, "offered", found)

    control.locator(".ic-saved__save").click()
    page.locator(".ic-saved__kept").wait_for(timeout=30_000)
    page.locator(".ic-saved__progress").wait_for(state="hidden")
    assert control.locator(".ic-saved__add").is_visible(), "the other language can be added"
    _audit(page, axe_source, "saved", found)

    control.locator(".ic-saved__remove").click()
    page.locator(".ic-saved__offer").wait_for()
    _audit(page, axe_source, "removed", found)
    assert not found, f"/{_url(lang, SAVED_PAGE)} ({scheme})\n" + "\n".join(found)
