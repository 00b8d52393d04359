"""The LMS packages in Chromium: unzipped and served on 127.0.0.1 under a fake LMS (scorm_lms.html: the
SCORM 1.2 API object, checking each call, and the package in an iframe), acting as a learner who answers a
quiz, reads pages, moves on, comes back on another computer and finishes; the same package opened with no
LMS; and the launcher's resume data (overrides/assets/scorm/scorm.js) on the fixture guide and on large
generated guides: round trip, and never over SCORM 1.2's 4,096 characters.

The fixture guide (tests/fixtures/docs/process-mapping/: five pages, quizzes of 1, 3 and 2 questions on
pages 1, 3 and 4, the ladder's self-assessment on page 5) is packaged with a mastery score of 75. Time runs
on Playwright's fake clock (progress.js counts reading time with setInterval)."""

from __future__ import annotations

import json
import re
import shutil
import time
import zipfile
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import BLOCK_STORAGE, SCORM_MASTERY, _free_port, serve

# It builds packages of its own (mkdocs.scorm.yml), hence `build` too.
pytestmark = [pytest.mark.browser, pytest.mark.build]

TIMESPAN = re.compile(r"^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$")
GUIDE = "process-mapping-en/process-mapping/"


@pytest.fixture(scope="module")
def lms_url(tmp_path_factory, scorm_packages):
    assert SCORM_MASTERY == 75
    served = tmp_path_factory.mktemp("scorm-lms")
    for name in ("process-mapping-en", "process-mapping-cy", "co-production-en"):
        with zipfile.ZipFile(scorm_packages / f"{name}.zip") as bundle:
            bundle.extractall(served / name)
    shutil.copy(Path(__file__).with_name("scorm_lms.html"), served / "lms.html")
    (served / "404.html").write_text("<!doctype html><title>Not found</title>", encoding="utf-8")  # /favicon.ico
    with serve(served, _free_port()) as url:
        yield url


@pytest.fixture
def learner(browser, lms_url):
    context = browser.new_context(base_url=lms_url)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.clock.install()
    yield page
    context.close()


def _open(page, start: str, cmi: dict | None = None, strict: bool = False, broken: bool = False):
    url = (f"lms.html?start={quote(start)}" + (f"&cmi={quote(json.dumps(cmi))}" if cmi else "")
           + ("&strict=1" if strict else "") + ("&broken=1" if broken else ""))
    page.goto(url)
    frame = page.frame_locator("#content")
    frame.locator("article h1").wait_for()
    page.clock.run_for(200)  # the deferred scripts, and quiz.js's setTimeout
    return page.frames[1], frame


def _calls(page, since: int = 0) -> list[dict]:
    return page.evaluate("window.calls")[since:]


def _set(calls, name):
    return [c["args"][1] for c in calls if c["name"] == "LMSSetValue" and c["args"][0] == name]


def _names(calls):
    return [c["name"] for c in calls]


def _tries(page) -> int:
    return sum(c["name"] == "LMSInitialize" for c in _calls(page))


def _until_tried(page, tries: int) -> None:
    """Wait (real time: the page's clock is fake) until a page has called LMSInitialize `tries` times."""
    for _ in range(100):
        if _tries(page) >= tries:
            page.clock.run_for(200)
            return
        time.sleep(0.05)
    raise AssertionError(f"no new page: {_calls(page)[-5:]}")


def _accepted(page) -> bool:
    """Every call succeeded, but a page's LMSInitialize while the session is open ("already initialised")."""
    refused = [c for c in _calls(page) if c["result"] == "false"
               and not (c["name"] == "LMSInitialize" and c["error"] == "101")]
    assert not refused, refused
    return True


def _leave(page) -> None:
    """The learner leaves the package (the LMS closes its frame): the page unloads, the top stays."""
    page.evaluate("document.getElementById('content').src = 'about:blank'")
    for _ in range(100):
        if "LMSFinish" in _names(_calls(page)):
            return
        time.sleep(0.05)


def _seconds(timespan: str) -> float:
    hours, minutes, seconds = timespan.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def _read(page, frame, minutes: int) -> None:
    """The learner scrolls to the page's end and stays there long enough (progress.js: 15 s a minute)."""
    frame.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.clock.run_for(minutes * 15_000 + 2_000)


def _answer(frame, question_id: str, right: bool) -> None:
    question = frame.locator(f'.ic-quiz__question[data-question-id="{question_id}"]')
    question.locator(f'.ic-quiz__option[data-correct="{"true" if right else "false"}"] .ic-quiz__label').first.click()
    question.locator(".ic-quiz__check").click()


def _record(frame) -> dict:
    return json.loads(frame.evaluate("localStorage.getItem('ic-record') || 'null'") or "null") or {}


def test_a_learner_in_an_lms_is_reported_resumed_and_passed(learner, browser, lms_url):
    page = learner
    frame, view = _open(page, GUIDE + "index.html")
    calls = _calls(page)
    assert calls[0] == {"name": "LMSInitialize", "args": [""], "result": "true", "error": "0"}
    assert _set(calls, "cmi.core.lesson_status") == ["incomplete"]
    assert _set(calls, "cmi.core.exit") == ["suspend"]
    assert _set(calls, "cmi.core.lesson_location") == ["process-mapping/"]
    assert not _set(calls, "cmi.core.score.raw"), "no score before the first answer"
    assert "LMSCommit" in _names(calls)

    # A quiz answered right at the first try: 1 of the guide's 6 questions.
    before = len(_calls(page))
    _answer(view, "who-draws", right=True)
    answered = _calls(page, before)
    assert _set(answered, "cmi.core.score.raw") == ["17"]
    assert _set(answered, "cmi.core.score.min") == ["0"] and _set(answered, "cmi.core.score.max") == ["100"]
    assert _names(answered)[-1] == "LMSCommit"
    # A second try does not change the first-try score.
    before = len(_calls(page))
    _answer(view, "who-draws", right=False)
    assert not _set(_calls(page, before), "cmi.core.score.raw")

    # The page read: the resume data changes, and is committed.
    before = len(_calls(page))
    _read(page, frame, minutes=2)
    read = _calls(page, before)
    assert _set(read, "cmi.suspend_data") and _names(read)[-1] == "LMSCommit"

    # On to the next page by the package's own link: the session goes on (the next page's LMSInitialize
    # is refused as "already initialised", 101, and the page carries on with it).
    before, tries = len(_calls(page)), _tries(page)
    view.locator("a.md-footer__link--next").click()
    _until_tried(page, tries + 1)
    moved = _calls(page, before)
    assert "LMSFinish" not in _names(moved)
    assert [c["result"] for c in moved if c["name"] == "LMSInitialize"] == ["false"]
    assert _names(moved)[-1] == "LMSCommit" and _set(moved, "cmi.core.lesson_status") == ["incomplete"]
    assert _set(moved, "cmi.core.lesson_location") == ["process-mapping/involving-people/"]
    assert view.locator(".ic-scorm-resume").count() == 0, "the same visit: nothing to resume"
    assert _accepted(page)

    # Leaving the package: one session_time for the whole visit (both pages: over 30 s), then LMSFinish.
    before = len(_calls(page))
    _leave(page)
    left = _calls(page)
    finish = _names(left[before:]).index("LMSFinish") + before
    assert _set(left[:finish], "cmi.core.exit")[-1] == "suspend", "left unfinished: suspended"
    time_spent = _set(left[before:finish], "cmi.core.session_time")
    assert len(time_spent) == 1 and TIMESPAN.match(time_spent[0]) and _seconds(time_spent[0]) > 30, time_spent
    kept = page.evaluate("window.cmi")
    assert kept["cmi.core.entry"] == "resume" and 0 < len(kept["cmi.suspend_data"]) <= 4096

    # Another computer, the same LMS: the record comes back from the resume data.
    context = browser.new_context(base_url=lms_url)
    other = context.new_page()
    other.clock.install()
    try:
        frame, view = _open(other, GUIDE + "involving-people.html", cmi=kept)
        record = _record(frame)
        assert record["pages"]["process-mapping/"]["read"]
        assert record["quizzes"]["process-mapping-introduction"]["q"]["who-draws"]["first"] == 1
        index_link = view.locator('.md-nav--primary a.md-nav__link[href="index.html"]').first
        marks = index_link.locator("[data-ic-progress-mark]").all_text_contents()
        assert [m.split("\u2713")[-1].strip() for m in marks] == ["Read", "Quiz completed"], marks

        # Every other page read and every question answered (as the quiz writes the record): 5 of 6
        # right at the first try, 83 ≥ 75, passed, once the last page is read here.
        frame.evaluate("""() => ic.record.update(r => {
          ["process-mapping/drawing-the-map/", "process-mapping/reading-the-map/",
           "process-mapping/sharing-decisions/"].forEach(k => { r.pages[k] = {g: "process-mapping", read: "2026-12-01", min: 2}; });
          const q = (first) => ({first: first, final: 1, on: "2026-12-01", n: first ? 1 : 2});
          r.quizzes["drawing-the-map"] = {g: "process-mapping", page: "process-mapping/drawing-the-map/", total: 3,
                                          q: {"first-step": q(1), materials: q(1), walk: q(0)}};
          r.quizzes["reading-the-map"] = {g: "process-mapping", page: "process-mapping/reading-the-map/", total: 2,
                                          q: {signs: q(1), focus: q(1)}};
        })""")
        assert _set(_calls(other), "cmi.core.lesson_status")[-1] == "incomplete"
        assert _set(_calls(other), "cmi.core.score.raw")[-1] == "83"
        _read(other, frame, minutes=3)
        assert _set(_calls(other), "cmi.core.lesson_status")[-1] == "passed"
        before, tries = len(_calls(other)), _tries(other)
        frame.evaluate("location.href = 'index.html'")  # not a link: the session ends, the page starts one
        _until_tried(other, tries + 1)
        finish = before + _names(_calls(other, before)).index("LMSFinish")
        session = _calls(other)[:finish]
        assert _set(session, "cmi.core.exit")[-1] == "", "a finished guide is not suspended"
        assert TIMESPAN.match(_set(session, "cmi.core.session_time")[-1])
        assert _set(_calls(other), "cmi.core.lesson_status")[-1] == "passed", "the next page keeps the status"
        assert _accepted(other)
    finally:
        context.close()
    assert not page.errors, page.errors


COMING_BACK = {"cmi.core.entry": "resume", "cmi.core.lesson_status": "incomplete",
               "cmi.core.lesson_location": "process-mapping/reading-the-map/"}


@pytest.mark.parametrize(("start", "words"), [
    (GUIDE + "index.html", "Continue where you left off: Reading the map"),
    ("process-mapping-cy/cy/process-mapping/index.html", "Parhau o'r man lle gwnaethoch chi adael: Darllen y map")])
def test_a_learner_coming_back_is_offered_the_page_they_left_off_at(learner, start, words):
    page = learner
    frame, view = _open(page, start, cmi=COMING_BACK)
    offer = view.locator(".ic-scorm-resume")
    assert offer.inner_text() == words
    # Right below the page's title, as a link (nobody is moved without asking).
    assert frame.evaluate("document.querySelector('article h1').nextElementSibling.className") == "ic-scorm-resume"
    assert view.locator("article h1").first.is_visible() and offer.is_visible()
    before, tries = len(_calls(page)), _tries(page)
    offer.get_by_role("link").click()
    _until_tried(page, tries + 1)
    assert page.frames[1].url.endswith("/process-mapping/reading-the-map.html")
    moved = _calls(page, before)
    assert [c["result"] for c in moved if c["name"] == "LMSInitialize"] == ["false"], "the session goes on"
    assert _set(_calls(page), "cmi.core.lesson_location")[-1] == "process-mapping/reading-the-map/"
    assert view.locator(".ic-scorm-resume").count() == 0
    assert _accepted(page)
    assert not page.errors, page.errors


@pytest.mark.parametrize("cmi", [
    {**COMING_BACK, "cmi.core.entry": "ab-initio"},                     # a first attempt
    {**COMING_BACK, "cmi.core.lesson_location": "process-mapping/"},    # left off on this very page
    {**COMING_BACK, "cmi.core.lesson_location": "process-mapping/gone/"},  # a page this version lacks
    {**COMING_BACK, "cmi.core.lesson_location": ""}], ids=["first", "same", "unknown", "none"])
def test_no_offer_to_continue_where_there_is_nowhere_else_to_go(learner, cmi):
    page = learner
    frame, view = _open(page, GUIDE + "index.html", cmi=cmi)
    assert view.locator(".ic-scorm-resume").count() == 0
    assert _set(_calls(page), "cmi.core.lesson_location") == ["process-mapping/"]
    assert not page.errors, page.errors


def test_an_lms_with_one_session_per_launch_hears_every_page_reached_by_the_packages_links(learner):
    page = learner
    frame, view = _open(page, GUIDE + "involving-people.html", strict=True)
    tries = _tries(page)
    view.locator("a.md-footer__link--next").click()  # to drawing-the-map, the guide's second quiz
    _until_tried(page, tries + 1)
    before = len(_calls(page))
    _answer(view, "first-step", right=True)
    assert _set(_calls(page, before), "cmi.core.score.raw") == ["17"]
    assert _accepted(page)
    assert "LMSFinish" not in _names(_calls(page))
    _leave(page)
    assert _names(_calls(page)).count("LMSFinish") == 1
    assert not page.errors, page.errors


def test_a_guide_without_mastery_score_is_completed_when_every_page_is_read(learner):
    page = learner
    frame, view = _open(page, "co-production-en/co-production/index.html")
    pages = json.loads(frame.evaluate("document.querySelector('script[data-i18n-lms]').dataset.i18nLms"))["p"]
    minutes = dict(pages)["co-production/"]
    frame.evaluate("""keys => ic.record.update(r => { keys.forEach(k => {
        r.pages[k] = {g: "co-production", read: "2026-12-01", min: 1}; }); })""",
                   [k for k, _ in pages if k != "co-production/"])
    assert _set(_calls(page), "cmi.core.lesson_status")[-1] == "incomplete"
    _read(page, frame, minutes)
    assert _set(_calls(page), "cmi.core.lesson_status")[-1] == "completed"
    assert not page.errors, page.errors


def test_with_no_lms_the_package_is_a_plain_guide(learner):
    page = learner
    page.goto(GUIDE + "index.html")
    page.clock.run_for(200)
    assert page.evaluate("typeof window.icScorm.encode") == "function"
    _answer(page, "who-draws", right=True)
    page.clock.run_for(200)
    assert page.locator('.ic-quiz__question[data-question-id="who-draws"] .ic-quiz__result').inner_text().startswith("Correct")
    text = page.locator("body").inner_text()
    assert not re.search(r"\b(LMS|SCORM|API|error)\b", text), "nothing about a missing LMS"
    assert "Welsh version of this guide is a separate course" in text
    assert page.locator(".ic-scorm-resume").count() == 0
    assert not page.errors, page.errors


def test_with_site_data_blocked_the_lms_carries_the_record_from_page_to_page(browser, lms_url):
    # localStorage blocked (the browser's settings, or an LMS frame's): the record lives in each page's
    # memory only, and the resume data brings it to the next page.
    context = browser.new_context(base_url=lms_url)
    context.add_init_script(BLOCK_STORAGE)
    page = context.new_page()
    page.clock.install()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        frame, view = _open(page, GUIDE + "index.html")
        assert frame.evaluate("ic.record.kept()") is False
        _answer(view, "who-draws", right=True)
        tries = _tries(page)
        view.locator("a.md-footer__link--next").click()
        _until_tried(page, tries + 1)
        record = page.frames[1].evaluate("ic.record.load()")
        assert record["quizzes"]["process-mapping-introduction"]["q"]["who-draws"]["first"] == 1
        marks = view.locator('.md-nav--primary a.md-nav__link[href="index.html"]').first.locator(
            "[data-ic-progress-mark]").all_text_contents()
        assert [m.split("\u2713")[-1].strip() for m in marks] == ["Quiz completed"], marks
        assert _accepted(page)
    finally:
        context.close()
    assert not errors, errors


def test_an_lms_whose_api_throws_leaves_a_working_guide(learner):
    page = learner
    frame, view = _open(page, GUIDE + "index.html", broken=True)
    _answer(view, "who-draws", right=True)
    page.clock.run_for(200)
    assert view.locator('.ic-quiz__question[data-question-id="who-draws"] .ic-quiz__result').inner_text().startswith("Correct")
    assert _record(frame)["quizzes"]["process-mapping-introduction"]["q"]["who-draws"]["first"] == 1
    assert not [c for c in _calls(page) if c["name"] != "LMSInitialize"]
    assert not page.errors, page.errors


# ---- the resume data -------------------------------------------------------------------------------------

def _guide(pages: int, quizzes: int, per_quiz: int, ladders: int) -> dict:
    """A generated guide's structure, as hooks/scorm.py writes it (toolkit.scorm.Structure.data)."""
    return {"g": "big", "f": "abc123", "p": [[f"big/p{n}/", 1 + n % 5] for n in range(pages)],
            "q": [[f"q{n}", n % pages, [f"q{n}-{m}" for m in range(per_quiz)]] for n in range(quizzes)],
            "l": [[f"l{n}", ["a", "b", "c", "d", "e"]] for n in range(ladders)]}


def _full_record(guide: dict, days: int) -> dict:
    """Every page read, every question answered (all four first/final kinds, once or more), every ladder
    taken, on `days` distinct days."""
    day = lambda n: f"2026-{1 + (n % days) // 28:02d}-{1 + (n % days) % 28:02d}"
    kinds = [(1, 1, 1), (0, 1, 2), (0, 0, 3), (1, 0, 2), (0, 1, 1)]
    return {"v": 1, "notes": {},
            "pages": {k: {"g": "big", "read": day(n), "min": m} for n, (k, m) in enumerate(guide["p"])},
            "quizzes": {q[0]: {"g": "big", "page": guide["p"][q[1]][0], "total": len(q[2]),
                               "q": {qid: dict(zip(("first", "final", "n"), kinds[(n + i) % len(kinds)]), on=day(n))
                                     for i, qid in enumerate(q[2])}}
                        for n, q in enumerate(guide["q"])},
            "ladders": {l[0]: {"g": "big", "rung": l[1][n % 5], "on": day(n)} for n, l in enumerate(guide["l"])}}


ROUND_TRIP = """([guide, record]) => {
  const text = icScorm.encode(record, guide);
  const found = icScorm.decode(text, guide);
  const back = icScorm.merge(ic.record.empty(), found, guide, "2000-01-01");
  return {text: text, back: back, results: icScorm.results(record, guide, 75)};
}"""


def _expected(record: dict, dates: bool) -> dict:
    """What the record should be after the round trip: a question's checks kept as once or more."""
    today = "2000-01-01"
    quizzes = {}
    for qid, quiz in record["quizzes"].items():
        on = max(x["on"] for x in quiz["q"].values())
        quizzes[qid] = {k: v for k, v in quiz.items() if k != "q"} | {"q": {
            k: {"first": 1 if x["first"] == 1 else 0, "final": x["final"], "on": on if dates else today,
                "n": 2 if x["n"] > 1 else 1} for k, x in quiz["q"].items()}}
    # "first right, final wrong" after one check is impossible; the generator makes one only with n > 1.
    return {"pages": {k: dict(p, read=p["read"] if dates else today) for k, p in record["pages"].items()},
            "quizzes": quizzes,
            "ladders": {k: dict(l, on=l["on"] if dates else today) for k, l in record["ladders"].items()}}


@pytest.fixture
def plain_page(learner):
    learner.goto(GUIDE + "index.html")
    return learner


def test_resume_data_of_a_whole_guide_comes_back_as_it_was(plain_page):
    guide = _guide(pages=120, quizzes=60, per_quiz=4, ladders=3)
    record = _full_record(guide, days=9)
    found = plain_page.evaluate(ROUND_TRIP, [guide, record])
    assert len(found["text"]) <= 4096
    back, expected = found["back"], _expected(record, dates=True)
    assert back["pages"] == expected["pages"]
    assert back["quizzes"] == expected["quizzes"]
    assert back["ladders"] == expected["ladders"]


def test_resume_data_of_another_version_of_the_guide_is_not_read(plain_page):
    guide = _guide(pages=5, quizzes=2, per_quiz=2, ladders=1)
    text = plain_page.evaluate("([g, r]) => icScorm.encode(r, g)", [guide, _full_record(guide, days=2)])
    changed = dict(guide, f="def456")
    assert plain_page.evaluate("([t, g]) => icScorm.decode(t, g)", [text, changed]) is None
    assert plain_page.evaluate("([t, g]) => icScorm.decode(t, g)", ["garbage", guide]) is None


def test_a_large_guide_drops_the_dates_first_and_keeps_everything_else(plain_page):
    # 2,000 pages, 6,000 questions on 60 days: everything but the dates fits.
    guide = _guide(pages=2000, quizzes=1500, per_quiz=4, ladders=20)
    record = _full_record(guide, days=60)
    found = plain_page.evaluate(ROUND_TRIP, [guide, record])
    assert 3000 < len(found["text"]) <= 4096
    expected = _expected(record, dates=False)
    assert found["back"]["pages"] == expected["pages"]
    assert found["back"]["quizzes"] == expected["quizzes"]
    assert found["back"]["ladders"] == expected["ladders"]


def test_a_huge_guide_is_cut_to_4096_characters_and_still_reports_the_whole_record(plain_page):
    # 5,000 pages and 20,000 questions cannot fit: the questions' tail goes, the pages stay.
    guide = _guide(pages=5000, quizzes=4000, per_quiz=5, ladders=40)
    record = _full_record(guide, days=200)
    found = plain_page.evaluate(ROUND_TRIP, [guide, record])
    assert len(found["text"]) == 4096
    assert found["back"]["pages"].keys() == record["pages"].keys()
    kept = found["back"]["quizzes"]
    assert 0 < len(kept) < len(record["quizzes"]) and "q0" in kept
    # The LMS is told the result of the whole record all the same (60 % right at the first try: failed).
    first_right = sum(x["first"] == 1 for q in record["quizzes"].values() for x in q["q"].values())
    assert found["results"]["score"] == round(100 * first_right / 20000)
    assert found["results"]["status"] == "failed"


def test_session_time_is_a_scorm_1_2_timespan(plain_page):
    values = plain_page.evaluate("[0, 1234, 61000, 3600000 * 25 + 5, 3600000 * 20000].map(icScorm.timespan)")
    assert values == ["0000:00:00.00", "0000:00:01.23", "0000:01:01.00", "0025:00:00.01", "9999:59:59.99"]
    assert all(TIMESPAN.match(v) for v in values)
