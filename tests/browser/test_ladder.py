"""The ladder and "Where is your project on the ladder?" in a real browser: keyboard, placement,
saving across the language switch, blocked storage, and the page without JavaScript."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PAGE = "co-production/what-next/"
CONSULTATION = {"educating": "yes", "informing": "yes", "consultation": "yes", "engagement": "no",
                "co-design": "yes", "co-production": "no"}


def _answer(page, answers: dict[str, str]) -> None:
    for rung, value in answers.items():
        # Click the label, as a reader would.
        page.locator(f'input[name="ladder-co-production-statement-{rung}"][value="{value}"]') \
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
    assert page.evaluate("document.activeElement.closest('li').dataset.rung") == "co-production"
    meaning = page.locator("#ladder-co-production-co-production .ic-ladder__meaning")
    assert not meaning.is_visible()
    page.keyboard.press("Enter")
    assert meaning.is_visible() and "as equals" in meaning.inner_text()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('li').dataset.rung") == "co-design"
    page.keyboard.press("Space")
    assert page.locator("#ladder-co-production-co-design .ic-ladder__meaning").is_visible()
    page.keyboard.press("Space")
    assert not page.locator("#ladder-co-production-co-design .ic-ladder__meaning").is_visible()


def test_answers_that_mean_consultation_highlight_consultation(page):
    page.goto(PAGE)
    assert not page.locator(".ic-ladder-check__key").is_visible()
    assert not page.locator(".ic-ladder-check__rung").first.is_visible()  # no hints that sway answers
    _answer(page, CONSULTATION)
    _submit(page)
    assert _badges(page) == [["consultation", "Your project"]]
    rung = page.locator('li.ic-ladder__rung[data-rung="consultation"]')
    assert "ic-ladder__rung--current" in rung.get_attribute("class")
    assert rung.locator(".ic-ladder__meaning").is_visible()  # opened to show what it means
    result = page.locator(".ic-ladder-check__result")
    assert result.get_attribute("role") == "status"
    text = result.inner_text()
    assert "Your project is on rung 4 of 7: Consultation, in the group ‘Doing for’." in text
    assert "To move one rung up, to ‘Engagement’: Give people more chances" in text
    assert "You also said yes to statements further up." in text  # the 'yes' to co-design
    result.get_by_role("link").click()
    assert page.evaluate("location.hash") == "#ladder-co-production-consultation"


def test_changing_an_answer_moves_the_project(page):
    page.goto(PAGE)
    _answer(page, CONSULTATION)
    _submit(page)
    _answer(page, {"engagement": "yes"})  # the 'yes' to co-design now counts too
    assert _badges(page) == [["co-design", "Your project"]]
    _answer(page, {"co-design": "no"})
    assert _badges(page) == [["engagement", "Your project"]]
    _answer(page, {"educating": "no"})
    assert _badges(page) == [["coercion", "Your project"]]
    assert "rung 1 of 7: Coercion" in page.locator(".ic-ladder-check__result").inner_text()


def test_the_top_rung_says_how_to_stay_there(page):
    page.goto(PAGE)
    _answer(page, {rung: "yes" for rung in CONSULTATION})
    _submit(page)
    assert _badges(page) == [["co-production", "Your project"]]
    assert "This is the top of the ladder. Keep sharing power" in \
        page.locator(".ic-ladder-check__result").inner_text()


def test_the_result_survives_the_language_switch(page):
    page.goto(PAGE)
    _answer(page, CONSULTATION)
    _submit(page)
    page.locator("header a[hreflang]").click()
    page.wait_for_url("**/cy/co-production/what-next/**")
    assert _badges(page) == [["consultation", "Eich prosiect"]]
    assert "Mae eich prosiect ar ffon 4 o 7: Ymgynghori, yn y grŵp ‘Gwneud ar ran pobl’." in \
        page.locator(".ic-ladder-check__result").inner_text()
    assert page.locator('input[name="ladder-co-production-statement-engagement"][value="no"]').is_checked()
    # And back again, after a change made in Welsh.
    _answer(page, {"engagement": "yes", "co-design": "no"})
    page.locator("header a[hreflang]").click()
    page.wait_for_url("**/co-production/what-next/**")
    assert _badges(page) == [["engagement", "Your project"]]


def test_unanswered_statements_are_named_and_focused(page):
    page.goto(PAGE)
    _answer(page, {"educating": "yes"})
    _submit(page)
    assert page.locator(".ic-ladder-check__result").inner_text() == \
        "Answer every statement first: 5 not answered yet."
    assert page.locator(".ic-ladder-check__missing").count() == 5
    assert page.evaluate("document.activeElement.name") == "ladder-co-production-statement-informing"
    assert _badges(page) == []


def test_clearing_forgets_the_answers(page):
    page.goto(PAGE)
    _answer(page, CONSULTATION)
    _submit(page)
    page.locator('.ic-ladder-check [data-action="clear"]').click()
    assert _badges(page) == []
    assert page.locator(".ic-ladder-check input:checked").count() == 0
    assert page.locator(".ic-ladder-check__result").inner_text() == "Your answers have been cleared."
    page.reload()
    assert page.locator(".ic-ladder-check input:checked").count() == 0 and _badges(page) == []


def test_blocked_storage_still_places_the_project(browser, site_url):
    context = browser.new_context(base_url=site_url)
    context.add_init_script("""Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('blocked', 'SecurityError'); } });""")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    page.goto(PAGE)
    assert page.locator(".ic-ladder-check__storage").is_visible()
    _answer(page, CONSULTATION)
    _submit(page)
    assert _badges(page) == [["consultation", "Your project"]]
    # Material's own scripts trip over the blocked storage; ours must not.
    assert [e for e in errors if "ladder.js" in (e.stack or "")] == []
    context.close()


def test_without_javascript_everything_is_readable(page_without_js):
    page = page_without_js
    page.goto(PAGE)
    assert page.locator(".ic-ladder__rung").count() == 7
    key = page.locator(".ic-ladder-check__key")
    assert key.is_visible() and "How to read the statements" in key.inner_text()
    assert page.locator(".ic-ladder-check__text").count() == 6
    assert page.locator(".ic-ladder-check__rung").first.inner_text() == "If this is true: rung 2, Educating"
    assert not page.locator(".ic-ladder-check input").first.is_visible()
    assert not page.locator(".ic-ladder-check button").first.is_visible()
    # Native <details>: a rung opens without any script.
    page.locator("#ladder-co-production-consultation summary").click()
    assert page.locator("#ladder-co-production-consultation .ic-ladder__meaning").is_visible()


def test_printing_shows_every_meaning_and_no_buttons(page_without_js):
    page = page_without_js
    page.goto(PAGE)
    meanings = page.locator(".ic-ladder__meaning")
    assert not any(meanings.nth(i).is_visible() for i in range(7))
    page.emulate_media(media="print")
    assert all(meanings.nth(i).is_visible() for i in range(7))
    assert not page.locator(".ic-ladder-check button").first.is_visible()
