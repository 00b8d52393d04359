"""The ladder and "Where is your project on the ladder?" in a real browser: keyboard, placement,
saving across the language switch, blocked storage, and the page without JavaScript.

On the fixture site's test-owned ladder (tests/fixtures/ladders/involvement.yml, five rungs, placed on
tests/fixtures/docs/process-mapping/sharing-decisions.md), so that rewording the live ladder cannot break
them; the live ladder's data and placement are checked by tests/site/test_ladder.py."""

from __future__ import annotations

import datetime

import pytest

from tests.conftest import BLOCK_STORAGE

pytestmark = pytest.mark.browser

PAGE = "process-mapping/sharing-decisions/"
# Rungs, bottom to top: watching, told, asked, drawing, deciding. These answers place the project on
# rung 3 ('asked'); the 'yes' to 'deciding' does not count, because 'drawing' is a 'no'.
ASKED = {"told": "yes", "asked": "yes", "drawing": "no", "deciding": "yes"}


@pytest.fixture
def served_site(fixture_url):
    return fixture_url


def _answer(page, answers: dict[str, str]) -> None:
    for rung, value in answers.items():
        # Click the label, as a reader would.
        page.locator(f'input[name="ladder-involvement-statement-{rung}"][value="{value}"]') \
            .locator("xpath=..").click()


def _submit(page) -> None:
    page.locator(".ic-ladder-check button[type=submit]").click()


def _badges(page) -> list[tuple[str, str]]:
    return page.eval_on_selector_all(
        ".ic-ladder__badge", "els => els.map(e => [e.closest('li').dataset.rung, e.textContent])")


def test_a_rung_opens_by_keyboard(page):
    page.goto(PAGE)
    page.locator("#ladder a.headerlink").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('li').dataset.rung") == "deciding"
    meaning = page.locator("#ladder-involvement-deciding .ic-ladder__meaning")
    assert not meaning.is_visible()
    page.keyboard.press("Enter")
    assert meaning.is_visible() and "as partners" in meaning.inner_text()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('li').dataset.rung") == "drawing"
    page.keyboard.press("Space")
    assert page.locator("#ladder-involvement-drawing .ic-ladder__meaning").is_visible()
    page.keyboard.press("Space")
    assert not page.locator("#ladder-involvement-drawing .ic-ladder__meaning").is_visible()


def test_a_link_to_a_rung_opens_it(page):
    # A search result or a trainer's deep link names one rung: the reader lands on it open, not closed.
    page.goto(PAGE + "#ladder-involvement-drawing")
    assert page.locator("#ladder-involvement-drawing .ic-ladder__meaning").is_visible()
    assert not page.locator("#ladder-involvement-told .ic-ladder__meaning").is_visible()
    # A result on the same page changes only the hash.
    page.evaluate("location.hash = '#ladder-involvement-told'")
    page.wait_for_function("() => document.getElementById('ladder-involvement-told').open")
    assert page.locator("#ladder-involvement-told .ic-ladder__meaning").is_visible()
    page.goto(PAGE + "#%E0%A4%A")  # a malformed address: the page still works
    assert page.locator(".ic-ladder-check button[type=submit]").is_visible()


def test_answers_that_mean_asked_highlight_asked(page):
    page.goto(PAGE)
    assert not page.locator(".ic-ladder-check__key").is_visible()
    assert not page.locator(".ic-ladder-check__rung").first.is_visible()  # no hints that sway answers
    _answer(page, ASKED)
    _submit(page)
    assert _badges(page) == [["asked", "Your project"]]
    rung = page.locator('li.ic-ladder__rung[data-rung="asked"]')
    assert "ic-ladder__rung--current" in rung.get_attribute("class")
    assert rung.locator(".ic-ladder__meaning").is_visible()  # opened to show what it means
    result = page.locator(".ic-ladder-check__result")
    assert result.get_attribute("role") == "status"
    text = result.inner_text()
    assert "Your project is on rung 3 of 5: Being asked, in the group ‘Heard’." in text
    assert "To move one rung up, to ‘Drawing together’: Invite people to draw the map with you" in text
    assert "You also said yes to statements further up." in text  # the 'yes' to deciding
    result.get_by_role("link").click()
    assert page.evaluate("location.hash") == "#ladder-involvement-asked"


def test_changing_an_answer_moves_the_project(page):
    page.goto(PAGE)
    _answer(page, ASKED)
    _submit(page)
    _answer(page, {"drawing": "yes"})  # the 'yes' to deciding now counts too
    assert _badges(page) == [["deciding", "Your project"]]
    _answer(page, {"deciding": "no"})
    assert _badges(page) == [["drawing", "Your project"]]
    _answer(page, {"told": "no"})
    assert _badges(page) == [["watching", "Your project"]]
    assert "rung 1 of 5: Watching" in page.locator(".ic-ladder-check__result").inner_text()


def test_the_top_rung_says_how_to_stay_there(page):
    page.goto(PAGE)
    _answer(page, {rung: "yes" for rung in ASKED})
    _submit(page)
    assert _badges(page) == [["deciding", "Your project"]]
    assert "This is the top of the ladder. Keep deciding together" in \
        page.locator(".ic-ladder-check__result").inner_text()


def test_the_result_survives_the_language_switch(page):
    page.goto(PAGE)
    _answer(page, ASKED)
    _submit(page)
    page.locator("header a[hreflang]").click()
    page.wait_for_url("**/cy/process-mapping/sharing-decisions/**")
    assert _badges(page) == [["asked", "Eich prosiect"]]
    assert "Mae eich prosiect ar ffon 3 o 5: Cael eu holi, yn y grŵp ‘Yn cael eu clywed’." in \
        page.locator(".ic-ladder-check__result").inner_text()
    assert page.locator('input[name="ladder-involvement-statement-drawing"][value="no"]').is_checked()
    # And back again, after a change made in Welsh.
    _answer(page, {"drawing": "yes", "deciding": "no"})
    page.locator("header a[hreflang]").click()
    page.wait_for_url("**/process-mapping/sharing-decisions/**")
    assert _badges(page) == [["drawing", "Your project"]]


def _ladders(page) -> dict:
    return page.evaluate("ic.record.load().ladders")


def test_the_result_goes_into_the_learning_record_in_either_language(page):
    today = datetime.date.today().isoformat()
    page.goto(PAGE)
    assert _ladders(page) == {}, "answering is not a result"
    _answer(page, ASKED)
    assert _ladders(page) == {}
    _submit(page)
    assert _ladders(page) == {"involvement": {"g": "process-mapping", "rung": "asked", "on": today}}
    page.locator("header a[hreflang]").click()
    page.wait_for_url("**/cy/process-mapping/sharing-decisions/**")
    _answer(page, {"drawing": "yes"})   # the result moves, in Welsh: the same record
    assert _ladders(page) == {"involvement": {"g": "process-mapping", "rung": "deciding", "on": today}}
    # Clearing the self-assessment's answers leaves the record (it is cleared on the record page).
    page.locator('.ic-ladder-check [data-action="clear"]').click()
    assert _ladders(page)["involvement"]["rung"] == "deciding"


def test_unanswered_statements_are_named_and_focused(page):
    page.goto(PAGE)
    _answer(page, {"told": "yes"})
    _submit(page)
    assert page.locator(".ic-ladder-check__result").inner_text() == \
        "Answer every statement first: 3 not answered yet."
    assert page.locator(".ic-ladder-check__missing").count() == 3
    assert page.evaluate("document.activeElement.name") == "ladder-involvement-statement-asked"
    assert _badges(page) == []


def test_clearing_forgets_the_answers(page):
    page.goto(PAGE)
    _answer(page, ASKED)
    _submit(page)
    page.locator('.ic-ladder-check [data-action="clear"]').click()
    assert _badges(page) == []
    assert page.locator(".ic-ladder-check input:checked").count() == 0
    assert page.locator(".ic-ladder-check__result").inner_text() == "Your answers have been cleared."
    page.reload()
    assert page.locator(".ic-ladder-check input:checked").count() == 0 and _badges(page) == []


def test_blocked_storage_still_places_the_project(browser, served_site):
    context = browser.new_context(base_url=served_site)
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    page.goto(PAGE)
    assert page.locator(".ic-ladder-check__storage").is_visible()
    _answer(page, ASKED)
    _submit(page)
    assert _badges(page) == [["asked", "Your project"]]
    assert page.evaluate("ic.record.load().ladders.involvement.rung") == "asked", "kept for this visit"
    # Material's own scripts trip over the blocked storage; ours must not.
    assert [e for e in errors if "ladder.js" in (e.stack or "")] == []
    context.close()


def test_without_javascript_everything_is_readable(page_without_js):
    page = page_without_js
    page.goto(PAGE)
    assert page.locator(".ic-ladder__rung").count() == 5
    key = page.locator(".ic-ladder-check__key")
    assert key.is_visible() and "How to read the statements" in key.inner_text()
    assert page.locator(".ic-ladder-check__text").count() == 4
    assert page.locator(".ic-ladder-check__rung").first.inner_text() == "If this is true: rung 2, Being told"
    assert not page.locator(".ic-ladder-check input").first.is_visible()
    assert not page.locator(".ic-ladder-check button").first.is_visible()
    # Native <details>: a rung opens without any script.
    page.locator("#ladder-involvement-asked summary").click()
    assert page.locator("#ladder-involvement-asked .ic-ladder__meaning").is_visible()


def test_printing_shows_every_meaning_and_no_buttons(page_without_js):
    page = page_without_js
    page.goto(PAGE)
    meanings = page.locator(".ic-ladder__meaning")
    assert meanings.count() == 5
    assert not any(meanings.nth(i).is_visible() for i in range(5))
    page.emulate_media(media="print")
    assert all(meanings.nth(i).is_visible() for i in range(5))
    assert not page.locator(".ic-ladder-check button").first.is_visible()
