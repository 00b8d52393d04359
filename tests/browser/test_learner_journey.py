"""One learner, start to finish, on a phone (issue 12): the progress, quiz and record components together,
as she meets them, rather than each on a record written for it.

She reads the fixture guide's first page and answers its quiz wrong, then right; reads the next page in
Welsh after the language switch; sees both counted on the guide's home; opens her learning record from
the footer; prints it to PDF; exports it, clears it, tries a wrong file, and imports her export back.
Then, in a browser that blocks storage, the same quiz still works and the record page says nothing is kept.
Time runs on Playwright's fake clock, so "read" (the end of the page on screen long enough) takes no real
minutes."""

from __future__ import annotations

import datetime
import json

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.test_quiz import check
from tests.conftest import BLOCK_STORAGE, page_errors

pytestmark = pytest.mark.browser

HOME = "process-mapping/"
SECOND = "process-mapping/involving-people/"
QUESTION = "#ic-quiz-process-mapping-introduction--who-draws"
PHONE = {"width": 360, "height": 640}


@pytest.fixture
def served_site(fixture_url):
    return fixture_url


def _read_to_the_end(page) -> None:
    # Twice, as a reader keeps scrolling: the "save for offline" panel may lengthen the page after a first scroll.
    for _ in range(2):
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        page.clock.run_for(100)
    page.clock.run_for(125_000)  # long enough for any page: the time asked is capped at two minutes
    expect(page.locator(".ic-progress__status")).not_to_be_empty()


def test_a_learner_reads_answers_switches_language_and_keeps_her_record(browser, served_site, tmp_path):
    context = browser.new_context(base_url=served_site, viewport=PHONE, accept_downloads=True)
    page = context.new_page()
    errors = page_errors(page)
    page.clock.install()
    today = datetime.date.today()

    # Page 1 of 5: a wrong first try is told, not given away; the second try is right.
    page.goto(HOME)
    assert page.locator(".ic-progress__meta").inner_text().startswith("Page 1 of 5")
    said = check(page, QUESTION, "A manager working alone")
    assert said.startswith("Not quite.") and "Drawing the map together" not in said
    page.locator(QUESTION).locator(".ic-quiz__retry").click()
    said = check(page, QUESTION, "The people who do the work and the people who use the service")
    assert said.startswith("Correct.") and "Drawing the map together" in said
    _read_to_the_end(page)
    assert page.locator(".ic-progress__status").inner_text() == "This page is now marked as read."

    # The next page, read in Welsh: the language switch keeps her on the same page.
    page.goto(SECOND)
    page.locator("header a[hreflang]").click()
    page.wait_for_url("**/cy/" + SECOND)
    assert page.locator(".ic-progress__meta").inner_text().startswith("Tudalen 2 o 5")
    _read_to_the_end(page)

    # Back in English, the guide's home counts both pages and the quiz.
    page.goto(HOME)
    expect(page.locator(".ic-progress__home")).to_contain_text("2 of 5 pages read")
    expect(page.locator(".ic-progress__home")).to_contain_text("1 of 3 quizzes")

    # Her record, from the footer link.
    page.locator(".ic-footer-links a", has_text="Your learning record").click()
    page.wait_for_url("**/learning-record/")
    guide = page.locator(".ic-record__guide").filter(has=page.locator("h2", has_text="Process mapping"))
    text = guide.inner_text()
    assert "2 of 5 pages read" in text
    day = f"{today.day} {today.strftime('%B')} {today.year}"
    assert day in text
    # Her first try was wrong, her final answer right.
    quiz_row = guide.locator("table").nth(1).locator("tr", has_text="Process mapping: introduction")
    assert quiz_row.inner_text().split("\t") == ["Process mapping: introduction", "0 of 1", "1 of 1", day]
    saved = page.evaluate("ic.record.load()")
    assert saved["quizzes"]["process-mapping-introduction"]["q"]["who-draws"] == {
        "first": 0, "final": 1, "on": today.isoformat(), "n": 2}
    assert set(saved["pages"]) == {"process-mapping/", "process-mapping/involving-people/"}

    # Printed to PDF: a dated record with her pages, without the page's buttons.
    page.emulate_media(media="print")
    pdf = tmp_path / "record.pdf"
    page.pdf(path=str(pdf), format="A4")
    (tmp_path.parent / "learner-record.pdf").write_bytes(pdf.read_bytes())  # to look at
    printed = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    printed = " ".join(printed.split())
    assert f"Learning record as of {day}" in printed
    assert "2 of 5 pages read" in printed and "Process mapping: introduction" in printed
    assert "Export my record" not in printed and "Clear my whole record" not in printed
    page.emulate_media(media="screen")

    # Export, clear (confirmed), a wrong file changes nothing, the export brings it all back.
    with page.expect_download() as info:
        page.get_by_role("button", name="Export my record").click()
    exported = tmp_path / info.value.suggested_filename
    info.value.save_as(exported)
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear my whole record").click()
    expect(guide).to_contain_text("0 of 5 pages read")
    page.set_input_files("#ic-record-import", files=[{"name": "notes.txt", "mimeType": "text/plain",
                                                      "buffer": b"my notes"}])
    # The status line still holds the export's message: wait for the import's own.
    expect(page.locator(".ic-record__status")).to_have_text("Nothing was changed: notes.txt is not a JSON file.")
    assert page.evaluate("ic.record.load()")["pages"] == {}
    page.set_input_files("#ic-record-import", str(exported))
    expect(page.locator(".ic-record__status")).to_contain_text("has been added to your record")
    assert page.evaluate("ic.record.load()") == json.loads(exported.read_text(encoding="utf-8"))["record"]
    expect(guide).to_contain_text("2 of 5 pages read")

    # The same record on the Welsh record page.
    page.goto("cy/learning-record/")
    welsh = page.locator(".ic-record__guide").filter(has=page.locator("h2", has_text="Mapio prosesau"))
    expect(welsh).to_contain_text("Tudalennau wedi'u darllen: 2 o 5")
    assert errors == []
    context.close()

    # A browser that keeps nothing: the quiz still answers, the record page says so, no script error.
    context = browser.new_context(base_url=served_site, viewport=PHONE)
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    errors = page_errors(page)
    page.goto(HOME)
    said = check(page, QUESTION, "The people who do the work and the people who use the service")
    assert said.startswith("Correct.")
    page.goto("learning-record/")
    expect(page.locator(".ic-record__not-kept")).to_be_visible()
    assert "not keeping a record" in page.locator(".ic-record__not-kept").inner_text()
    assert errors == []
    context.close()
