"""The fixture guide (tests/site/test_generator.py builds it next to the live site): its quiz and its
ladder work in a real browser, in both languages."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

from tests.conftest import _free_port, _QuietHandler
from tests.site.test_generator import GUIDE, generator_site

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    _, site = generator_site(tmp_path_factory)
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", _free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture
def tab(browser, served):
    context = browser.new_context(base_url=served)
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
