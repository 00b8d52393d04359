"""The Content-Security-Policy in a real browser (toolkit.csp): a script that got into a page anyway does
not run, nothing loads from another host, and every feature of the site works under the policy with no
violation reported. On the fixture site (its quiz, ladder and learning record are test-owned), which
holds the live site's pages too."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Every violation, reported to the test from each page as it happens (the binding outlives navigation),
# and the print dialog stood in for (headless Chromium would wait on it).
WATCH = """
document.addEventListener("securitypolicyviolation", function (event) {
  window.__icViolation([event.violatedDirective, event.blockedURI, event.sample || ""].join(" "));
}, true);
window.print = function () { window.__icPrinted = true; };
"""
QUIZ = "process-mapping/drawing-the-map/"
LADDER = "process-mapping/sharing-decisions/"
INJECTED = ('<script>window.__pwned = 1</script>'
            '<img src="/assets/images/favicon.png" alt="" onload="window.__pwnedByHandler = 1">'
            '<img src="https://tracker.example/pixel.png" alt="">')


@pytest.fixture
def served_site(fixture_url):
    return fixture_url


class Watched:
    def __init__(self, context):
        self.violations: list[str] = []
        self.errors: list[str] = []
        context.expose_binding("__icViolation", lambda source, text: self.violations.append(text))
        context.add_init_script(WATCH)
        self.page = context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def clean(self, *, expected_errors: str | None = None) -> None:
        """No violation and no script error so far (`expected_errors`: a pattern of console errors that
        belong to the test, such as a 404 page's own status)."""
        self.page.wait_for_timeout(200)  # a report is queued as a task after the blocked action
        errors = [e for e in self.errors if not (expected_errors and re.search(expected_errors, e))]
        assert self.violations == [], self.violations
        assert errors == [], errors


@pytest.fixture
def watched(browser, served_site):
    context = browser.new_context(base_url=served_site, permissions=["clipboard-read", "clipboard-write"],
                                  accept_downloads=True)
    yield Watched(context)
    context.close()


def test_an_injected_script_handler_and_tracker_are_blocked_and_the_page_still_works(watched):
    page = watched.page
    failed: dict[str, str] = {}
    page.on("requestfailed", lambda request: failed.update({request.url: request.failure}))

    def injected(route):
        response = route.fetch()
        body = response.text().replace("</article>", INJECTED + "</article>", 1)
        route.fulfill(response=response, body=body)

    page.route("**/" + QUIZ, injected)
    page.goto(QUIZ)
    assert page.evaluate("[...document.querySelectorAll('article script')]"
                         ".some(s => s.textContent.includes('__pwned'))"), "the script is in the page"
    page.wait_for_load_state("load")
    assert page.evaluate("[typeof window.__pwned, typeof window.__pwnedByHandler]") == ["undefined", "undefined"]
    page.wait_for_timeout(200)
    directives = sorted(v.split()[0] for v in watched.violations)
    assert directives == ["img-src", "script-src-attr", "script-src-elem"], watched.violations
    # Chromium stops the request itself, before it leaves the browser.
    assert failed.get("https://tracker.example/pixel.png") in ("csp", "net::ERR_BLOCKED_BY_CSP"), failed
    # The site's own scripts, inline and from files, still run: the quiz answers.
    page.locator("#ic-quiz-drawing-the-map--first-step--1").check()
    page.locator("#ic-quiz-drawing-the-map--first-step .ic-quiz__check").click()
    expect(page.locator("#ic-quiz-drawing-the-map--first-step .ic-quiz__result")).to_contain_text("Correct.")


def test_home_pages_colour_scheme_and_language_switch(watched):
    page = watched.page
    page.goto("")
    assert page.locator(".ic-guide-list__link").count() >= 2
    # Material's palette switch (three-way: device, light, dark): its inline script and stored choice.
    toggle = page.locator('[data-md-component="palette"] label:not([hidden])')
    toggle.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    toggle.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.reload()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.goto("process-mapping/drawing-the-map/#" + page.evaluate("'quiz-drawing-the-map'"))
    page.locator("a.ic-lang-switch__link").click()
    page.wait_for_url("**/cy/process-mapping/drawing-the-map/#quiz-drawing-the-map")
    assert page.locator("html").get_attribute("lang") == "cy"
    watched.clean()


def test_a_quiz_answered_and_a_footnote_tooltip(watched):
    page = watched.page
    page.goto(QUIZ)
    page.locator("#ic-quiz-drawing-the-map--first-step--2").check()
    page.locator("#ic-quiz-drawing-the-map--first-step .ic-quiz__check").click()
    result = page.locator("#ic-quiz-drawing-the-map--first-step .ic-quiz__result")
    expect(result).not_to_be_empty()
    assert not result.inner_text().startswith("Correct.")
    page.locator("#ic-quiz-drawing-the-map--first-step .ic-quiz__retry").click()
    page.locator("#ic-quiz-drawing-the-map--first-step--1").check()
    page.locator("#ic-quiz-drawing-the-map--first-step .ic-quiz__check").click()
    expect(result).to_contain_text("Correct.")
    # A live page with footnotes: Material positions its tooltip from a script.
    page.goto("co-production/rationale/")
    page.locator("a.footnote-ref").first.hover()
    expect(page.locator(".md-tooltip2").first).to_be_visible()
    watched.clean()


def test_the_ladder_a_rung_and_the_self_assessment(watched):
    page = watched.page
    page.goto(LADDER)
    meaning = page.locator("#ladder-involvement-drawing .ic-ladder__meaning")
    page.locator("#ladder-involvement-drawing summary").click()
    expect(meaning).to_be_visible()
    for rung, value in {"told": "yes", "asked": "yes", "drawing": "no", "deciding": "yes"}.items():
        page.locator(f'input[name="ladder-involvement-statement-{rung}"][value="{value}"]').check()
    page.locator(".ic-ladder-check button[type=submit]").click()
    expect(page.locator(".ic-ladder-check__result")).to_contain_text("rung 3 of 5")
    watched.clean()


def test_the_learning_record_exported_and_imported(watched, tmp_path):
    page = watched.page
    page.goto(QUIZ)  # a page read, so the record has something in it
    page.goto("learning-record/")
    with page.expect_download() as info:
        page.get_by_role("button", name="Export my record").click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "ic-learning-record"
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Import a record file").click()
    chooser.value.set_files(str(path))
    expect(page.locator(".ic-record__status")).to_contain_text(f"{path.name} has been added to your record.")
    watched.clean()


@pytest.mark.parametrize("start, words, found", [
    ("process-mapping/", "process", "/process-mapping/"),
    ("cy/process-mapping/", "prosesau", "/cy/process-mapping/"),
])
def test_search_in_english_and_welsh(watched, start, words, found):
    page = watched.page
    page.goto(start)
    field = page.locator("input.md-search__input")
    field.click()
    field.press_sequentially(words)  # Material searches on key presses
    page.wait_for_selector(".md-search-result__item a[href]", timeout=10_000)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a[href]", "a => a.map(l => new URL(l.href).pathname)")
    assert hrefs and all(h.startswith(found) for h in hrefs[:1]), hrefs
    watched.clean()


def test_trainer_pages_copy_a_link(watched, fixture_url):
    page = watched.page
    for address in ("trainers/", "trainers/co-production.html", "cy/trainers/process-mapping.html"):
        page.goto(address)
        link = page.locator("a.ic-trainer__link").first
        button = link.locator("xpath=following-sibling::button[1]")
        button.click()
        expect(page.locator(".ic-trainer__status")).not_to_be_empty()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith(fixture_url), copied
    watched.clean()


def test_whole_guide_pages_print(watched):
    page = watched.page
    for address in ("process-mapping/print.html", "cy/co-production/print.html"):
        page.goto(address)
        page.locator("button[data-ic-print]").click()
        assert page.evaluate("window.__icPrinted") is True
    watched.clean()


@pytest.mark.parametrize("address, heading, words", [("no-such-page/", "Page not found", "process"),
                                                     ("cy/no-such-page/", "Heb ddod o hyd i'r dudalen", "prosesau")])
def test_the_404_pages_and_their_search(watched, address, heading, words):
    page = watched.page
    response = page.goto(address)
    assert response.status == 404
    expect(page.locator("article h1")).to_have_text(heading)
    field = page.locator("input.md-search__input")
    field.click()
    field.press_sequentially(words)
    page.wait_for_selector(".md-search-result__item a[href]", timeout=10_000)
    watched.clean(expected_errors=r"^Failed to load resource: the server responded with a status of 404")


def test_a_video_plays_under_the_policy(watched):
    # The player's frame is the one other host the policy allows (frame-src), once the reader presses play;
    # a stand-in answers for it, so nothing leaves the machine.
    page = watched.page
    frames: list[str] = []

    def player(route):
        frames.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<!doctype html><title>player</title><p>player")

    page.route("https://www.youtube-nocookie.com/**", player)
    page.goto("process-mapping/reading-the-map/")
    page.locator(".ic-video__play").first.click()
    page.locator("iframe.ic-video__frame").first.wait_for()
    page.wait_for_timeout(300)  # the frame's document loads
    assert frames and frames[0].startswith("https://www.youtube-nocookie.com/embed/")
    watched.clean()


def test_a_guide_is_saved_to_read_offline_under_the_policy(watched):
    # The service worker is a script of the site's own (worker-src 'self'), registered when the reader asks.
    page = watched.page
    page.goto("process-mapping/reading-the-map/")
    page.locator(".ic-saved__save").click()
    page.locator(".ic-saved__kept").wait_for(timeout=30_000)
    assert page.evaluate("async () => (await navigator.serviceWorker.getRegistrations()).length") == 1
    page.locator(".ic-saved__remove").click()
    page.locator(".ic-saved__offer").wait_for()
    watched.clean()
