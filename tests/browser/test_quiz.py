"""Quizzes in a real browser: keyboard only, check / try again / score, saved progress, both languages,
no JavaScript, and storage that refuses to work.

On the fixture site's test-owned quizzes (tests/fixtures/docs/process-mapping/), so that rewording the live
guide cannot break them; the live guide's own quizzes are checked by tests/site/test_quiz.py, and answered
once in the browser at the end of this file."""

from __future__ import annotations

import datetime

import pytest

from tests.conftest import BLOCK_STORAGE, page_errors

pytestmark = pytest.mark.browser

# single (1st right, with a hint), multiple (1st-3rd right), true-false (true); reveal: after-second-try
HOW = "process-mapping/drawing-the-map/"
RATIONALE = "process-mapping/reading-the-map/"  # multiple (1, 2, 4 right), single (1st right); reveal: at-once


@pytest.fixture
def served_site(fixture_url):
    return fixture_url


def question(page, index: int):
    return page.locator(".ic-quiz__question").nth(index)


def result(page, index: int) -> str:
    return question(page, index).locator(".ic-quiz__result").inner_text().strip()


def score(page) -> str:
    return page.locator(".ic-quiz__score").first.inner_text().strip()


def active(page, expression: str):
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {expression}; }})()")


def tab_to(page, selector: str, limit: int = 15) -> None:
    """Press Tab until the focused element matches `selector`, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if active(page, f"el.matches({selector!r})"):
            return
    pytest.fail(f"{selector} cannot be reached with the Tab key")


def test_a_quiz_completed_with_the_keyboard_alone(page):
    errors = page_errors(page)
    page.goto(HOW + "#quiz-drawing-the-map")   # as from a link to the section; focus starts there
    # Question 1, single choice: the first option is right.
    tab_to(page, "#ic-quiz-drawing-the-map--first-step--1")
    page.keyboard.press("Space")
    tab_to(page, "#ic-quiz-drawing-the-map--first-step .ic-quiz__check")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#ic-quiz-drawing-the-map--first-step .ic-quiz__result')"
                           ".textContent.includes('Correct.')")
    assert active(page, "el.classList.contains('ic-quiz__check')"), "focus stays on the button"
    # Question 2, select all that apply: options 1 to 3.
    for option in (1, 2, 3):
        tab_to(page, f"#ic-quiz-drawing-the-map--materials--{option}")
        page.keyboard.press("Space")
    tab_to(page, "#ic-quiz-drawing-the-map--materials .ic-quiz__check")
    page.keyboard.press("Enter")
    # Question 3, true or false: true.
    tab_to(page, "#ic-quiz-drawing-the-map--walk--1")
    page.keyboard.press("Space")
    tab_to(page, "#ic-quiz-drawing-the-map--walk .ic-quiz__check")
    page.keyboard.press("Space")
    page.wait_for_function("() => document.querySelector('#ic-quiz-drawing-the-map--walk .ic-quiz__result')"
                           ".textContent.includes('Correct.')")
    assert result(page, 1).startswith("Correct.")
    assert score(page) == "Score: 3 of 3 correct"
    # The reset control is reachable too, and puts focus back on the first question.
    tab_to(page, ".ic-quiz__reset", limit=10)
    page.keyboard.press("Enter")
    assert score(page) == "Score: 0 of 3 correct"
    assert active(page, "el.id") == "ic-quiz-drawing-the-map--first-step--1"
    assert errors == []


def test_arrow_keys_move_through_options_without_checking(page):
    page.goto(HOW)
    first = page.locator("#ic-quiz-drawing-the-map--first-step--1")
    first.focus()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.locator("#ic-quiz-drawing-the-map--first-step--3").is_checked()
    page.wait_for_timeout(200)
    assert result(page, 0) == "" and question(page, 0).locator(".ic-quiz__badge").count() == 0
    assert score(page) == "Score: 0 of 3 correct"


def test_check_try_again_and_score(page):
    errors = page_errors(page)
    page.goto(RATIONALE)
    signs, focus = question(page, 0), question(page, 1)
    assert page.locator(".ic-quiz__result").first.get_attribute("aria-live") == "polite"

    signs.locator(".ic-quiz__check").click()
    page.wait_for_function("() => document.querySelector('.ic-quiz__result').textContent.length > 0")
    assert result(page, 0) == "Choose an answer first, then check it."

    # Two right answers out of three: told there is more to choose, nothing marked wrong.
    signs.get_by_label("Waiting between steps").check()
    signs.get_by_label("Steps that are done twice").check()
    signs.locator(".ic-quiz__check").click()
    page.wait_for_function("() => document.querySelector('.ic-quiz__result').textContent.includes('Not quite')")
    assert result(page, 0).startswith("Not quite: there are more correct answers to choose.")
    assert "Explanation: A map shows the steps, the waits between them" in result(page, 0)
    badges = signs.locator(".ic-quiz__badge")
    assert badges.all_inner_texts() == ["✓ Correct", "✓ Correct"]

    # A wrong option: badge in words, its feedback, and Try again.
    signs.get_by_label("Who is to blame for a delay").check()
    assert badges.count() == 0 and result(page, 0) == "", "a changed answer clears the stale result"
    signs.locator(".ic-quiz__check").click()
    page.wait_for_function("() => document.querySelector('.ic-quiz__result').textContent.startsWith('Not quite.')")
    assert "✗ Incorrect" in signs.locator(".ic-quiz__option").nth(2).inner_text()
    assert "A map shows the process, not who is at fault." in signs.locator(".ic-quiz__given").inner_text()
    assert page.locator("#ic-quiz-reading-the-map--signs--3").get_attribute("aria-describedby")
    retry = signs.locator(".ic-quiz__retry")
    assert retry.is_visible()
    assert score(page) == "Score: 0 of 2 correct"

    retry.click()
    assert signs.locator("input:checked").count() == 0 and result(page, 0) == ""
    assert not retry.is_visible()
    assert active(page, "el.id") == "ic-quiz-reading-the-map--signs--1"

    for label in ("Waiting between steps", "Steps that are done twice", "Hand-offs between teams"):
        signs.get_by_label(label).check()
    signs.locator(".ic-quiz__check").click()
    focus.get_by_label("The longest wait that patients notice").check()
    focus.locator(".ic-quiz__check").click()
    page.wait_for_function("() => [...document.querySelectorAll('.ic-quiz__result')]"
                           ".every(r => r.textContent.startsWith('Correct.'))")
    assert not retry.is_visible()
    assert score(page) == "Score: 2 of 2 correct"
    assert errors == []


def test_progress_survives_a_reload_and_reset_clears_it(page):
    page.goto(RATIONALE)
    page.get_by_label("The longest wait that patients notice").check()
    question(page, 1).locator(".ic-quiz__check").click()
    page.get_by_label("Waiting between steps").check()   # chosen, not checked yet
    page.reload()
    assert page.get_by_label("The longest wait that patients notice").is_checked()
    assert page.get_by_label("Waiting between steps").is_checked()
    assert result(page, 1).startswith("Correct.") and result(page, 0) == ""
    assert score(page) == "Score: 1 of 2 correct"

    page.locator(".ic-quiz__reset").click()
    assert page.locator(".ic-quiz input:checked").count() == 0
    page.wait_for_function("() => document.querySelector('.ic-quiz__status').textContent.length > 0")
    assert page.locator(".ic-quiz__status").inner_text() == "Your answers to this quiz have been cleared."
    page.reload()
    assert page.locator(".ic-quiz input:checked").count() == 0
    assert score(page) == "Score: 0 of 2 correct"


def test_answers_carry_across_the_language_switch(page):
    page.goto(RATIONALE)
    page.get_by_label("The step that staff like least").check()
    question(page, 1).locator(".ic-quiz__check").click()
    page.locator("header a[hreflang]").click()
    page.wait_for_url("**/cy/process-mapping/reading-the-map/**")
    welsh = question(page, 1)
    assert welsh.locator("input").nth(1).is_checked()
    assert result(page, 1).startswith("Ddim yn hollol gywir.")
    assert "✗ Anghywir" in welsh.locator(".ic-quiz__option").nth(1).inner_text()
    assert "Mae staff yn bwysig hefyd, ond dechreuwch gyda'r hyn" in welsh.locator(".ic-quiz__given").inner_text()
    assert score(page) == "Sgôr: 0 o 2 yn gywir"
    welsh.locator(".ic-quiz__retry").click()
    welsh.get_by_label("Yr aros hiraf y mae cleifion yn sylwi arno").check()
    welsh.locator(".ic-quiz__check").click()
    assert score(page) == "Sgôr: 1 o 2 yn gywir"
    page.locator("header a[hreflang]").click()
    page.wait_for_url("**/process-mapping/reading-the-map/**")
    assert page.get_by_label("The longest wait that patients notice").is_checked()
    assert score(page) == "Score: 1 of 2 correct"


def test_without_javascript_every_answer_is_behind_show_answer(page_without_js):
    page = page_without_js
    page.goto(RATIONALE)
    focus = question(page, 1)
    assert not focus.locator(".ic-quiz__check").is_visible()
    assert not page.locator(".ic-quiz__reset").is_visible()
    answer = focus.locator("details.ic-quiz__answer")
    assert not answer.locator(".ic-quiz__key").is_visible()
    focus.get_by_label("The longest wait that patients notice").check()     # the inputs work on their own
    answer.locator("summary").click()
    assert answer.locator(".ic-quiz__key").inner_text() == \
        "Correct answer: The longest wait that patients notice"
    assert "Incorrect: The step that costs least to change — Cost comes later; first find what matters " \
           "to patients." in answer.inner_text()
    assert answer.locator(".ic-quiz__explanation").is_visible()
    assert page.locator("link[href*='assets/quiz/quiz.css']").count() == 1




def test_quizzes_work_when_storage_is_blocked(browser, served_site):
    context = browser.new_context(base_url=served_site)
    context.add_init_script(BLOCK_STORAGE)
    # Material's own scripts also read localStorage and fail here; only errors from quiz.js count.
    context.add_init_script("window.__errors = []; window.addEventListener('error', "
                            "e => window.__errors.push(e.filename || ''));")
    page = context.new_page()
    page.goto(RATIONALE)
    # Blocked: the page's guard (partials/ic-storage-guard.html) has put its in-memory stand-in in its place.
    assert page.evaluate("localStorage.icStandIn") is True
    assert "does not let the page keep them" in page.locator(".ic-quiz__note").inner_text()
    page.get_by_label("The longest wait that patients notice").check()
    question(page, 1).locator(".ic-quiz__check").click()
    page.wait_for_function("() => document.querySelectorAll('.ic-quiz__result')[1].textContent.length > 0")
    assert result(page, 1).startswith("Correct.")
    assert score(page) == "Score: 1 of 2 correct"
    page.locator(".ic-quiz__reset").click()
    assert score(page) == "Score: 0 of 2 correct"
    assert not [f for f in page.evaluate("window.__errors") if "quiz" in f]
    context.close()


def test_full_storage_is_survived_too(page):
    page.add_init_script("Storage.prototype.setItem = function () { throw new DOMException('full', "
                         "'QuotaExceededError'); };")
    errors = page_errors(page)
    page.goto(RATIONALE)
    page.get_by_label("The longest wait that patients notice").check()
    question(page, 1).locator(".ic-quiz__check").click()
    assert "does not let the page keep them" in page.locator(".ic-quiz__note").inner_text()
    page.wait_for_function("() => document.querySelectorAll('.ic-quiz__result')[1].textContent.length > 0")
    assert result(page, 1).startswith("Correct.") and errors == []


# ---- teach before telling, and the learning record ------------------------------------------------------

FIRST = "#ic-quiz-drawing-the-map--first-step"


def check(page, selector: str, label: str | None = None, option: int | None = None) -> str:
    """Choose an option (by its label or number) and press Check answer; the result, once announced."""
    q = page.locator(selector)
    if label:
        q.get_by_label(label, exact=True).check()
    else:
        page.locator(f"{selector}--{option}").check()
    q.locator(".ic-quiz__check").click()
    page.wait_for_function("el => el.textContent.trim() !== ''",
                           arg=q.locator(".ic-quiz__result").element_handle())
    return q.locator(".ic-quiz__result").inner_text().strip()


def record(page) -> dict:
    return page.evaluate("ic.record.load()")


def today() -> str:
    return datetime.date.today().isoformat()


def test_a_first_wrong_try_gets_feedback_and_a_hint_and_the_second_the_explanation(page):
    errors = page_errors(page)
    page.goto(HOW)
    first = page.locator(FIRST)
    said = check(page, FIRST, "Buy software for the map")
    assert said.startswith("Not quite.")
    assert "Hint: Think about where a walk through the process has to begin." in said
    assert first.locator(".ic-quiz__result em").inner_text() == "walk", "the hint's Markdown, converted"
    assert "The explanation is shown after your next try, or under ‘Show answer’." in said
    assert "Explanation" not in said and "Start by agreeing" not in said, "the answer is not given away"
    assert "A wall, sticky notes and a pen are enough." in first.locator(".ic-quiz__given").inner_text()
    assert "✗ Incorrect" in first.locator(".ic-quiz__option").nth(1).inner_text()

    first.locator(".ic-quiz__retry").click()
    said = check(page, FIRST, "Count the delays")
    assert said.startswith("Not quite.") and "Hint:" not in said
    assert "Explanation: Start by agreeing the first and the last step" in said, "after a second try"

    first.locator(".ic-quiz__retry").click()
    said = check(page, FIRST, "Agree where the process starts and ends")
    assert said.startswith("Correct.") and "Explanation: Start by agreeing" in said
    assert record(page)["quizzes"]["drawing-the-map"] == {
        "g": "process-mapping", "page": "process-mapping/drawing-the-map/", "total": 3,
        "q": {"first-step": {"first": 0, "final": 1, "on": today(), "n": 3}}}
    assert errors == []


def test_a_question_without_a_hint_gets_the_generic_one_and_a_right_first_try_tells_at_once(page):
    page.goto(HOW)
    said = check(page, "#ic-quiz-drawing-the-map--materials", "A finished map drawn in advance")
    assert "Look again at your answer and any feedback on it, then try again." in said
    assert "Explanation" not in said
    said = check(page, "#ic-quiz-drawing-the-map--walk", "True")
    assert said.startswith("Correct.") and "Explanation: Following a patient" in said
    quiz = record(page)["quizzes"]["drawing-the-map"]["q"]
    assert quiz["materials"] == {"first": 0, "final": 0, "on": today(), "n": 1}
    assert quiz["walk"] == {"first": 1, "final": 1, "on": today(), "n": 1}


def test_show_answer_tells_at_once_and_a_first_try_after_it_is_not_counted_right(page):
    page.goto(HOW)
    walk = page.locator("#ic-quiz-drawing-the-map--walk")
    walk.locator(".ic-quiz__summary").click()
    assert walk.locator("details .ic-quiz__explanation").is_visible()
    said = check(page, "#ic-quiz-drawing-the-map--walk", "False")
    assert "Explanation: Following a patient" in said, "nothing left to hide once the answer is shown"
    walk.locator(".ic-quiz__retry").click()
    assert check(page, "#ic-quiz-drawing-the-map--walk", "True").startswith("Correct.")
    assert record(page)["quizzes"]["drawing-the-map"]["q"]["walk"]["first"] == 0


def test_the_welsh_quiz_writes_the_same_record_and_reset_keeps_the_first_try(page):
    errors = page_errors(page)
    page.goto("cy/" + HOW)
    said = check(page, FIRST, option=2)
    assert said.startswith("Ddim yn hollol gywir.")
    assert "Awgrym: Meddyliwch ble mae'n rhaid i daith drwy'r broses ddechrau." in said
    assert "Bydd yr esboniad yn ymddangos ar ôl eich cynnig nesaf" in said
    assert "Esboniad" not in said
    page.locator(FIRST).locator(".ic-quiz__retry").click()
    assert check(page, FIRST, option=1).startswith("Cywir.")
    entry = record(page)["quizzes"]["drawing-the-map"]
    assert (entry["g"], entry["page"], entry["total"]) == \
        ("process-mapping", "process-mapping/drawing-the-map/", 3), "the same keys as the English page"
    assert entry["q"]["first-step"] == {"first": 0, "final": 1, "on": today(), "n": 2}

    # In English, the same record: a reset clears the answers, not the record, and the explanation is
    # no longer held back (this reader has tried before).
    page.locator("header a[hreflang]").click()
    page.wait_for_url("**/process-mapping/drawing-the-map/**")
    page.locator(".ic-quiz__reset").click()
    assert page.locator(".ic-quiz input:checked").count() == 0
    said = check(page, FIRST, "Count the delays")
    assert "Explanation: Start by agreeing" in said
    assert record(page)["quizzes"]["drawing-the-map"]["q"]["first-step"] == {
        "first": 0, "final": 0, "on": today(), "n": 3}
    assert errors == []


def test_a_returning_reader_keeps_a_first_right_answer_in_the_record(page):
    page.goto(HOW)
    check(page, FIRST, "Agree where the process starts and ends")
    page.reload()
    assert page.locator(FIRST).locator(".ic-quiz__result").inner_text().startswith("Correct.")
    page.locator(".ic-quiz__reset").click()
    check(page, FIRST, "Buy software for the map")
    assert record(page)["quizzes"]["drawing-the-map"]["q"]["first-step"] == {
        "first": 1, "final": 0, "on": today(), "n": 2}
    # The quiz's own answers and the one record; no other key of ours (Material keeps its own).
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('ic')).sort()") == [
        "ic-quiz:drawing-the-map", "ic-record"]


@pytest.mark.parametrize("lang", ["", "cy/"])
def test_the_hint_reflows_at_320_px(page, lang):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(lang + HOW)
    check(page, FIRST, option=2)
    assert page.locator(f"{FIRST} .ic-quiz__clue-given").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, "no sideways scrolling"
    box = page.locator(f"{FIRST} .ic-quiz__later").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320


def test_an_odd_entry_in_the_record_is_replaced_not_thrown_on(page):
    # As an imported or older record might hold: the quiz's entry and a question's are not what it writes.
    page.add_init_script("""localStorage.setItem('ic-record', JSON.stringify({v: 1, quizzes: {
        'drawing-the-map': {g: 'x', q: {'first-step': '<img src=x onerror=alert(1)>', walk: {n: '9'}}}}}));""")
    errors = page_errors(page)
    page.goto(HOW)
    said = check(page, FIRST, "Buy software for the map")
    assert "Hint:" in said, "no earlier try is counted from a value that is not one"
    assert check(page, "#ic-quiz-drawing-the-map--walk", "True").startswith("Correct.")
    q = record(page)["quizzes"]["drawing-the-map"]["q"]
    assert q["first-step"] == {"first": 0, "final": 0, "on": today(), "n": 1}
    assert q["walk"] == {"first": 1, "final": 1, "on": today(), "n": 2}, "a checked entry, kept and counted"
    assert errors == []


def test_teach_before_telling_works_with_storage_blocked(browser, served_site):
    context = browser.new_context(base_url=served_site)
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    errors = page_errors(page)
    page.goto(HOW)
    said = check(page, FIRST, "Buy software for the map")
    assert "Hint: Think about where" in said and "Explanation" not in said
    page.locator(FIRST).locator(".ic-quiz__retry").click()
    assert "Explanation: Start by agreeing" in check(page, FIRST, "Count the delays")
    page.locator(FIRST).locator(".ic-quiz__retry").click()
    assert check(page, FIRST, "Agree where the process starts and ends").startswith("Correct.")
    # Kept for this visit only (ic.record's memory), for the record page's print and export.
    assert record(page)["quizzes"]["drawing-the-map"]["q"]["first-step"]["final"] == 1
    assert not [e for e in errors if "quiz" in e or "record" in e]
    context.close()


# ---- the live guide's own quizzes (about the live content; no wording assumed) ---------------------------

LIVE = ["co-production/", "co-production/rationale/", "co-production/background/", "co-production/when-to-use/",
        "co-production/how-to-use/", "co-production/what-next/", "co-production/tips/"]


@pytest.mark.parametrize("lang", ["", "cy/"])
def test_every_live_quiz_can_be_answered_right(browser, site_url, lang):
    # The right options are read from the page itself (data-correct), so an author may reword freely.
    context = browser.new_context(base_url=site_url)
    page = context.new_page()
    errors = page_errors(page)
    right = "Cywir." if lang else "Correct."
    for path in LIVE:
        page.goto(lang + path)
        quizzes = page.locator('[data-module="ic-quiz"]')
        assert quizzes.count(), f"/{lang}{path} has no quiz"
        for quiz in quizzes.all():
            questions = quiz.locator(".ic-quiz__question").all()
            for each in questions:
                for option in each.locator('.ic-quiz__option[data-correct="true"] input').all():
                    option.check()
                each.locator(".ic-quiz__check").click()
                page.wait_for_function("el => el.textContent.trim() !== ''",
                                       arg=each.locator(".ic-quiz__result").element_handle())
                assert each.locator(".ic-quiz__result").inner_text().strip().startswith(right), path
            n = len(questions)
            assert quiz.locator(".ic-quiz__score").inner_text().strip() == \
                (f"Sgôr: {n} o {n} yn gywir" if lang else f"Score: {n} of {n} correct"), path
    assert errors == []
    context.close()
