"""The learning record page's data and frame (toolkit.record), without MkDocs."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup
from toolkit import record, review_dates, strings
from toolkit.record import Guide, Ladder, Page, Quiz
from toolkit.record.render import script_strings

QUIZ = '<h2 id="quiz-a">Check <a class="headerlink" href="#quiz-a">¶</a></h2><div class="ic-quiz" data-module="ic-quiz" data-quiz-id="{id}"></div>'
LADDER = ('<figure class="ic-ladder" id="ic-ladder-x" data-module="ic-ladder" data-ladder="involvement"><ol>'
          '<li class="ic-ladder__rung" data-rung="deciding"><details><summary><span class="ic-ladder__label">Deciding '
          '&amp; doing</span></summary></details></li>'
          '<li class="ic-ladder__rung" data-rung="apart"><details><summary><span class="ic-ladder__label">Apart</span>'
          '</summary></details></li></ol><figcaption><strong class="ic-ladder__title">The ladder of involvement.'
          '</strong></figcaption></figure>')


def guide(title="Process mapping <b>&</b>"):
    return Guide("process-mapping", title, "../process-mapping/",
                 (Page("process-mapping/", "Introduction", "../process-mapping/", 2),
                  Page("process-mapping/drawing-the-map/", "Drawing </script> the map", "../process-mapping/drawing-the-map/", 3)),
                 (Quiz("drawing-the-map", "Drawing the map", "process-mapping/drawing-the-map/"),),
                 (Ladder("involvement", "The ladder of involvement", (("apart", "Apart"),)),))


def test_quizzes_are_named_by_their_page_and_by_heading_when_a_page_has_several():
    one = record.quizzes("<p>x</p>" + QUIZ.format(id="a"), "g/p/", "Drawing the map")
    assert one == (Quiz("a", "Drawing the map", "g/p/"),)
    two = record.quizzes(QUIZ.format(id="a") + QUIZ.format(id="b"), "g/p/", "Drawing")
    assert [q.title for q in two] == ["Drawing: Check", "Drawing: Check"]
    assert [q.id for q in two] == ["a", "b"]
    assert record.quizzes("<p>none</p>", "g/p/", "T") == ()


def test_ladders_read_bottom_first_with_plain_labels_and_title():
    (ladder,) = record.ladders("<p>x</p>" + LADDER)
    assert ladder == Ladder("involvement", "The ladder of involvement",
                            (("apart", "Apart"), ("deciding", "Deciding & doing")))


def test_only_a_ladders_self_assessment_gives_a_result():
    assert record.assessments(LADDER) == ()
    html = '<div class="ic-ladder-check" id="x-assessment" data-module="ic-ladder-check" data-ladder="involvement">'
    assert record.assessments(LADDER + html) == ("involvement",)


def test_the_data_cannot_close_its_script_element_and_reads_back_exactly():
    data = str(record.data_json([guide()]))
    assert "<" not in data and ">" not in data and "&" not in data
    back = json.loads(data)
    assert back["guides"][0]["title"] == "Process mapping <b>&</b>"
    assert back["guides"][0]["pages"][1] == {"key": "process-mapping/drawing-the-map/",
                                             "title": "Drawing </script> the map",
                                             "url": "../process-mapping/drawing-the-map/", "minutes": 3}
    assert back["guides"][0]["ladders"][0]["rungs"] == [["apart", "Apart"]]


def _frame(language):
    html = record.render([guide()], strings.load(language), review_dates.MONTHS[language])
    return BeautifulSoup(html, "html.parser"), strings.load(language)


def test_the_frame_in_each_language_says_what_it_needs_and_that_nothing_leaves_the_device():
    for language in ("en", "cy"):
        soup, t = _frame(language)
        root = soup.select_one('[data-module="ic-record"]')
        assert soup.select_one(".ic-record__privacy").get_text() == t["record_privacy"]
        assert soup.select_one(".ic-record__nojs").get_text() == t["record_needs_js"]
        assert soup.select_one(".ic-record__app").has_attr("hidden")  # shown by the script only
        assert root["data-i18n-not-kept"] == t["record_not_kept"]
        assert root["data-i18n-months"].split("|") == list(review_dates.MONTHS[language])
        assert root["data-i18n-field-code"] == t["record_field_code"]
        assert soup.select_one('button[data-action="import"]').get_text() == t["record_import"]
        assert soup.select_one("#ic-record-import").has_attr("hidden")  # the browser's picker speaks its own language
        data = json.loads(soup.select_one("script.ic-record__data").string)
        assert data["guides"][0]["key"] == "process-mapping"


def test_every_string_the_script_reads_is_given_to_it_in_both_catalogues():
    js = (Path(__file__).resolve().parents[2] / "overrides/assets/record/record.js").read_text(encoding="utf-8")
    used = set(re.findall(r"\bt\.([a-zA-Z]+)", js)) | {"field" + f.capitalize() for f in ("activity", "learned", "changed", "code")}
    for language in ("en", "cy"):
        given = {re.sub(r"-(\w)", lambda m: m.group(1).upper(), key)
                 for key, _ in script_strings(strings.load(language))} | {"months"}
        assert used <= given, used - given
