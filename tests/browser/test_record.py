"""The learning record page in a real browser, acting as a learner on the fixture site's guide
(tests/fixtures/docs/process-mapping/): a record seeded as the progress and quiz components write it, the
summary, reflective accounts kept across a reload, export → clear → import, bad imports, the Welsh page,
blocked storage, no JavaScript, print to PDF."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.conftest import BLOCK_STORAGE, page_errors

pytestmark = pytest.mark.browser

PAGE = "learning-record/"
WELSH = "cy/learning-record/"
GUIDE = "process-mapping"

SEED = {
    "v": 1,
    "pages": {
        "process-mapping/": {"g": GUIDE, "read": "2026-11-30", "min": 2},
        "process-mapping/drawing-the-map/": {"g": GUIDE, "read": "2026-12-01", "min": 3},
    },
    "quizzes": {
        "drawing-the-map": {"g": GUIDE, "page": "process-mapping/drawing-the-map/", "total": 3, "q": {
            "first-step": {"first": 0, "final": 1, "on": "2026-12-01"},
            "materials": {"first": 1, "final": 1, "on": "2026-12-01"},
            "walk": {"first": 0, "final": 0, "on": "2026-12-01"}}},
    },
    "ladders": {"involvement": {"g": GUIDE, "rung": "asked", "on": "2026-12-02"}},
    "notes": {},
}



@pytest.fixture
def served_site(fixture_url):
    return fixture_url


def seed(page, record=SEED, path=PAGE):
    page.goto(path)
    page.evaluate("r => localStorage.setItem('ic-record', JSON.stringify(r))", record)
    page.reload()


def guide(page):
    return page.locator(".ic-record__guide").filter(has=page.locator("h2", has_text="Process mapping"))


def saved(page) -> dict:
    return json.loads(page.evaluate("localStorage.getItem('ic-record')") or "null")


def said(page, text: str) -> None:
    """The live region says `text` (it is emptied, then filled a moment later: ic.announce)."""
    expect(page.locator(".ic-record__status")).to_have_text(text)


def status(page) -> str:
    page.wait_for_function("document.querySelector('.ic-record__status').textContent !== ''")
    return page.locator(".ic-record__status").inner_text()


def test_the_record_shows_pages_quizzes_ladder_and_cpd_minutes(page):
    errors = page_errors(page)
    seed(page)
    assert page.locator(".ic-record__nojs").is_hidden()
    assert "kept in this browser, on this device only" in page.locator(".ic-record__privacy").inner_text()
    assert page.locator(".ic-record__not-kept").is_hidden()
    section = guide(page)
    text = section.inner_text()
    assert "First activity: 30 November 2026. Last activity: 2 December 2026." in text
    assert "2 of 5 pages read" in text
    assert "Reading time of the pages read, for CPD: 5 minutes (0.08 hours)" in text
    pages = section.locator("table").first
    assert pages.locator("tbody tr").first.inner_text().split("\t")[1] == "30 November 2026"
    assert "Not read yet" in pages.locator("tbody tr", has_text="Reading the map").inner_text()
    assert "1 December 2026" in pages.locator("tbody tr", has_text="Drawing the map").inner_text()
    quiz = section.locator("table").nth(1).locator("tbody tr", has_text="Drawing the map")
    assert [c.strip() for c in quiz.inner_text().split("\t")] == ["Drawing the map", "1 of 3", "2 of 3",
                                                                 "1 December 2026"]
    assert "Not taken yet" in section.locator("table").nth(1).locator("tbody tr", has_text="Reading the map").inner_text()
    assert "The ladder of involvement: the rung ‘" in section.locator(".ic-record__ladders").inner_text()
    assert "(2 December 2026)" in section.locator(".ic-record__ladders").inner_text()
    assert errors == []


def test_a_reflective_account_is_saved_as_typed_and_is_there_after_a_reload(page):
    seed(page)
    section = guide(page)
    section.get_by_role("button", name="Add a reflective account").click()
    said(page, "Reflective account 1 added.")
    focused = page.evaluate("document.activeElement.labels[0].textContent")
    assert focused == "What was the activity?"
    page.keyboard.type("Read the process mapping guide")
    guide(page).get_by_label("How is it relevant to the Code?").fill("Prioritise people")
    guide(page).get_by_role("radio", name="Yes").check()
    page.reload()
    account = guide(page).locator(".ic-record__account")
    assert account.locator("legend").first.inner_text() == "Reflective account 1"
    assert account.get_by_label("What was the activity?").input_value() == "Read the process mapping guide"
    assert account.get_by_label("How is it relevant to the Code?").input_value() == "Prioritise people"
    assert account.get_by_role("radio", name="Yes").is_checked()
    note = saved(page)["notes"][GUIDE][0]
    assert note["participatory"] == "yes" and note["activity"] == "Read the process mapping guide"
    # A second account, then delete the first, with confirmation (dismissed first: nothing goes).
    guide(page).get_by_role("button", name="Add a reflective account").click()
    assert guide(page).locator(".ic-record__account").count() == 2
    page.once("dialog", lambda d: d.dismiss())
    guide(page).get_by_role("button", name="Delete reflective account 1").click()
    assert guide(page).locator(".ic-record__account").count() == 2
    page.once("dialog", lambda d: d.accept())
    guide(page).get_by_role("button", name="Delete reflective account 1").click()
    assert guide(page).locator(".ic-record__account").count() == 1
    assert guide(page).get_by_label("What was the activity?").input_value() == ""


def test_export_clear_and_import_it_back(page, tmp_path):
    seed(page, dict(SEED, notes={GUIDE: [{"id": "n1", "created": "2026-12-01", "updated": "2026-12-01",
                                           "activity": "Mapped a clinic", "learned": "", "changed": "",
                                           "code": "", "participatory": "no"}]}))
    with page.expect_download() as info:
        page.get_by_role("button", name="Export my record").click()
    download = info.value
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert exported["format"] == "ic-learning-record" and exported["v"] == 1
    assert exported["record"]["pages"] == SEED["pages"]
    assert download.suggested_filename.startswith("learning-record-")
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Clear my whole record").click()
    said(page, "Your whole record has been cleared.")
    assert saved(page)["pages"] == {}
    assert "0 of 5 pages read" in guide(page).inner_text()
    # The page's own button opens the browser's file picker.
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Import a record file").click()
    chooser.value.set_files(str(path))
    said(page, f"{path.name} has been added to your record. Nothing that was already here was lost.")
    assert saved(page)["pages"] == SEED["pages"]
    assert saved(page)["notes"][GUIDE][0]["activity"] == "Mapped a clinic"
    assert guide(page).get_by_label("What was the activity?").input_value() == "Mapped a clinic"


def _import(page, name, content):
    before = page.evaluate("JSON.stringify(Object.assign({}, localStorage))")
    page.evaluate("document.querySelector('.ic-record__status').textContent = ''")
    page.set_input_files("#ic-record-import", files=[{"name": name, "mimeType": "application/json",
                                                      "buffer": content.encode("utf-8")}])
    message = status(page)
    return message, before


@pytest.mark.parametrize("name, content, expected", [
    ("notes.json", "{not json", "Nothing was changed: notes.json is not a JSON file."),
    ("other.json", json.dumps({"format": "something-else", "v": 1, "record": {}}),
     "Nothing was changed: other.json is not a learning record exported from this site."),
    ("record.json", json.dumps({"v": 1, "pages": {}}),
     "Nothing was changed: record.json is not a learning record exported from this site."),
    ("future.json", json.dumps({"format": "ic-learning-record", "v": 2, "record": {"v": 1}}),
     "Nothing was changed: future.json comes from a newer version of this site."),
    ("future2.json", json.dumps({"format": "ic-learning-record", "v": 1, "record": {"v": 9, "pages": {}}}),
     "Nothing was changed: future2.json comes from a newer version of this site."),
])
def test_a_bad_file_changes_nothing_and_says_why(page, name, content, expected):
    seed(page)
    message, before = _import(page, name, content)
    assert message == expected
    assert page.evaluate("JSON.stringify(Object.assign({}, localStorage))") == before
    assert "2 of 5 pages read" in guide(page).inner_text()


def test_imported_html_shows_as_text_runs_nothing_and_writes_no_other_key(page):
    seed(page)
    errors = page_errors(page)
    evil = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>"
    record = {"v": 1, "extra": "dropped", "pages": {"evil/": {"g": evil, "read": "2026-12-01", "min": 1,
                                                              "x": "<b>dropped</b>"}},
              "quizzes": {}, "ladders": {},
              "notes": {evil: [{"id": "n1", "created": "2026-12-01", "updated": "2026-12-01",
                                "activity": evil, "learned": "", "changed": "", "code": "",
                                "participatory": "yes"}]},
              "ic-other-key": {"a": 1}}
    keys_before = set(page.evaluate("Object.keys(localStorage)"))
    message, _ = _import(page, "evil.json", json.dumps({"format": "ic-learning-record", "v": 1,
                                                        "exported": "2026-12-01", "record": record}))
    assert message == "evil.json has been added to your record. Nothing that was already here was lost."
    other = page.locator(".ic-record__guide").filter(has=page.locator("h2", has_text="Other record:"))
    assert other.locator("h2").inner_text() == f"Other record: {evil}"
    assert other.locator("img, script").count() == 0
    assert other.get_by_label("What was the activity?").input_value() == evil
    assert page.evaluate("window.__pwned") is None
    assert set(page.evaluate("Object.keys(localStorage)")) <= keys_before | {"ic-record"}
    kept = saved(page)
    assert set(kept) == {"v", "pages", "quizzes", "ladders", "notes"}
    assert kept["pages"]["evil/"] == {"g": evil, "read": "2026-12-01", "min": 1}
    assert errors == []


def test_importing_adds_to_the_record_here_and_loses_nothing(page):
    # This browser: SEED (two pages, a quiz, the ladder on 2 December). The file, from another device:
    # one of the same pages read earlier, a page not read here, the quiz's first question right at an
    # earlier first try, an older ladder result, and a reflective account.
    seed(page)
    other = {"v": 1,
             "pages": {"process-mapping/": {"g": GUIDE, "read": "2026-11-20", "min": 2},
                       "process-mapping/sharing-decisions/": {"g": GUIDE, "read": "2026-11-21", "min": 4}},
             "quizzes": {"drawing-the-map": {"g": GUIDE, "page": "process-mapping/drawing-the-map/", "total": 3,
                                             "q": {"first-step": {"first": 1, "final": 1, "on": "2026-11-21"},
                                                   "walk": {"first": 0, "final": 1, "on": "2026-12-02"}}}},
             "ladders": {"involvement": {"g": GUIDE, "rung": "told", "on": "2026-11-21"}},
             "notes": {GUIDE: [{"id": "n9", "created": "2026-11-21", "updated": "2026-11-21",
                                "activity": "Ward huddle", "learned": "", "changed": "", "code": "",
                                "participatory": "yes"}]}}
    message, _ = _import(page, "phone.json", json.dumps({"format": "ic-learning-record", "v": 1,
                                                         "exported": "2026-11-22", "record": other}))
    assert message == "phone.json has been added to your record. Nothing that was already here was lost."
    kept = saved(page)
    assert kept["pages"] == {
        "process-mapping/": {"g": GUIDE, "read": "2026-11-20", "min": 2},          # first read, on the phone
        "process-mapping/drawing-the-map/": {"g": GUIDE, "read": "2026-12-01", "min": 3},  # only here
        "process-mapping/sharing-decisions/": {"g": GUIDE, "read": "2026-11-21", "min": 4},  # only there
    }
    q = kept["quizzes"]["drawing-the-map"]["q"]
    assert q["first-step"] == {"first": 1, "final": 1, "on": "2026-11-21"}  # the phone tried it first
    assert q["materials"] == SEED["quizzes"]["drawing-the-map"]["q"]["materials"]
    assert q["walk"] == {"first": 0, "final": 1, "on": "2026-12-01"}  # first try here; right in the end there
    assert kept["ladders"]["involvement"]["rung"] == "asked"  # the later result, here
    assert [n["activity"] for n in kept["notes"][GUIDE]] == ["Ward huddle"]
    assert "3 of 5 pages read" in guide(page).inner_text()


def test_clear_one_guide_with_confirmation(page):
    other = dict(SEED, pages=dict(SEED["pages"], **{"co-production/": {"g": "co-production",
                                                                        "read": "2026-11-29", "min": 3}}))
    seed(page, other)
    page.once("dialog", lambda d: d.dismiss())
    guide(page).get_by_role("button", name="Clear the record of Process mapping").click()
    assert "2 of 5 pages read" in guide(page).inner_text()
    page.once("dialog", lambda d: d.accept())
    guide(page).get_by_role("button", name="Clear the record of Process mapping").click()
    said(page, "The record of the guide ‘Process mapping’ has been cleared.")
    assert "Nothing is recorded for this guide yet." in guide(page).inner_text()
    assert list(saved(page)["pages"]) == ["co-production/"]
    assert saved(page)["ladders"] == {} and saved(page)["quizzes"] == {}


def test_the_welsh_page_shows_the_same_record_and_back(page):
    seed(page)
    page.goto(WELSH)
    assert page.locator("html").get_attribute("lang") == "cy"
    section = page.locator(".ic-record__guide").first
    text = page.locator(".ic-record").inner_text()
    assert "Gweithgarwch cyntaf: 30 Tachwedd 2026. Gweithgarwch diwethaf: 2 Rhagfyr 2026." in text
    assert "Tudalennau wedi'u darllen: 2 o 5" in text
    assert "Cofnod dysgu ar " in text
    # Minutes after a number: "2 funud" (soft mutation after two), "3 munud"; 5 minutes for CPD.
    rows = page.locator(".ic-record__guide").filter(has=page.locator("h2", has_text="Mapio prosesau")) \
        .locator("table").first.locator("tbody tr").all_inner_texts()
    assert any(r.endswith("\t2 funud") for r in rows) and any(r.endswith("\t3 munud") for r in rows), rows
    assert "ar gyfer DPP: 5 munud (0.08 awr)" in text
    for english in ("Not read yet", "First activity", "Reflective account", "Print"):
        assert english not in text
    # An account written on the Welsh page shows on the English one.
    welsh = page.locator(".ic-record__guide").filter(has=page.locator("h2", has_text="Mapio prosesau"))
    if welsh.count() == 0:
        welsh = section
    welsh.get_by_role("button", name="Ychwanegu cyfrif myfyriol").click()
    page.keyboard.type("Darllen y canllaw")
    page.goto(PAGE)
    assert guide(page).get_by_label("What was the activity?").input_value() == "Darllen y canllaw"


def test_the_footer_links_the_record_in_the_pages_language(page):
    page.goto("process-mapping/")
    page.locator(".ic-footer-links").get_by_role("link", name="Your learning record").click()
    page.wait_for_url("**/learning-record/")
    page.goto("cy/process-mapping/")
    page.locator(".ic-footer-links").get_by_role("link", name="Eich cofnod dysgu").click()
    page.wait_for_url("**/cy/learning-record/")


def test_blocked_storage_says_so_and_export_still_works(browser, served_site, tmp_path):
    context = browser.new_context(base_url=served_site)
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    errors = page_errors(page)
    for path in ("", "process-mapping/drawing-the-map/", "process-mapping/sharing-decisions/", WELSH, PAGE):
        page.goto(path)
    assert errors == [], errors  # Material's scripts no longer throw either
    assert page.locator(".ic-record__not-kept").is_visible()
    assert "not keeping a record" in page.locator(".ic-record__not-kept").inner_text()
    guide(page).get_by_role("button", name="Add a reflective account").click()
    page.keyboard.type("This visit only")
    with page.expect_download() as info:
        page.get_by_role("button", name="Export my record").click()
    path = tmp_path / "record.json"
    info.value.save_as(path)
    notes = json.loads(path.read_text(encoding="utf-8"))["record"]["notes"][GUIDE]
    assert notes[0]["activity"] == "This visit only"
    context.close()


def test_full_storage_says_the_record_is_not_kept(page):
    page.add_init_script("Storage.prototype.setItem = function () { throw new DOMException('full', "
                         "'QuotaExceededError'); };")
    errors = page_errors(page)
    page.goto(PAGE)
    assert page.locator(".ic-record__not-kept").is_visible()
    assert errors == []


def test_without_javascript_the_page_says_what_it_needs(page_without_js):
    page = page_without_js
    page.goto(PAGE)
    assert "needs JavaScript" in page.locator(".ic-record__nojs").inner_text()
    assert page.locator(".ic-record__app").is_hidden()
    page.goto(WELSH)
    assert "mae angen JavaScript arni" in page.locator(".ic-record__nojs").inner_text()


def test_print_to_pdf_is_a_clean_dated_record(page, tmp_path):
    seed(page, dict(SEED, notes={GUIDE: [{"id": "n1", "created": "2026-12-01", "updated": "2026-12-02",
                                           "activity": "Mapped the outpatient clinic with two patients",
                                           "learned": "Waits hide between steps", "changed": "",
                                           "code": "Prioritise people", "participatory": "yes"}]}))
    page.emulate_media(media="print")
    assert page.locator(".ic-record__actions").is_hidden()
    assert page.locator(".ic-record textarea").first.is_hidden()
    assert page.locator(".md-sidebar--primary").is_hidden()
    assert page.locator(".ic-record__printed", has_text="Mapped the outpatient clinic").is_visible()
    assert page.locator(".ic-record__dated").is_visible()
    pdf = tmp_path / "record.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    assert pdf.stat().st_size > 10_000
    # Kept where a person can look at it (tests/browser/test_record.py, see docs-authoring/learning-record.md).
    (tmp_path.parent / "learning-record.pdf").write_bytes(pdf.read_bytes())
