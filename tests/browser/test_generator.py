"""The fixture guide (the shared fixture site of tests/conftest.py, read by tests/site/test_generator.py):
its quiz and its ladder work in a real browser, in both languages."""

from __future__ import annotations

import pytest

from tests.site.test_generator import GUIDE

pytestmark = pytest.mark.browser


@pytest.fixture
def tab(browser, fixture_url):
    context = browser.new_context(base_url=fixture_url)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_new_guides_quiz_and_ladder_work(tab, lang):
    page = tab
    prefix = "cy/" if lang == "cy" else ""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # (Material's language selector also asks for a per-page sitemap.xml, a known 404: not ours.)
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 and "/assets/" in r.url else None)

    page.goto(f"{prefix}{GUIDE}/")
    question = page.locator("#ic-quiz-process-mapping-introduction--who-draws")
    question.locator("input[type=radio]").first.check()
    question.locator(".ic-quiz__check").click()
    right = {"en": "Correct", "cy": "Cywir"}[lang]
    page.wait_for_function("([el, word]) => el.querySelector('.ic-quiz__result').textContent.includes(word)",
                           arg=[question.element_handle(), right])

    page.goto(f"{prefix}{GUIDE}/involving-people/")
    meaning = page.locator("#ladder-co-production-co-production .ic-ladder__meaning")
    assert not meaning.is_visible()
    page.locator("#ladder-co-production-co-production summary").click()
    assert meaning.is_visible() and meaning.inner_text().strip()
    assert page.evaluate("[...document.scripts].some(s => s.src.includes('assets/ladder/ladder.js'))")
    assert not failed, failed
    assert not errors, errors
