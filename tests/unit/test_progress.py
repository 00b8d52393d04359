"""The progress component's core, without MkDocs: reading time, place in the learning path, keys, and the
HTML in both languages."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup
from toolkit import progress, strings, trainer
from toolkit.progress import GuidePage, Position

PAGES = (GuidePage("process-mapping/", "../", "Introduction", (("intro", 2),)),
         GuidePage("process-mapping/drawing/", "./", "Drawing <the> map", (("drawing", 3), ("more", 1))),
         GuidePage("process-mapping/sharing/", "../sharing/", "Sharing", ()))


def _meta(position, language="en", is_home=False, ladders=None):
    html = progress.render_meta(position, key="process-mapping/drawing/", guide="process-mapping", pages=PAGES,
                                ladders=ladders or {}, months=("January",) * 12, labels=strings.load(language),
                                is_home=is_home)
    return BeautifulSoup(html, "html.parser").select_one(".ic-progress")


def test_reading_time_is_one_function_for_learners_and_trainers():
    assert trainer.reading_minutes is progress.reading_minutes
    assert progress.reading_minutes("<p>word</p>") == 1
    assert progress.reading_minutes("<p>" + "word " * 201 + "</p>") == 2
    assert progress.reading_minutes("<script>" + "x " * 5000 + "</script><p>sy'n a'r</p>") == 1


def test_position_in_the_learning_path_and_keys():
    keys = [p.key for p in PAGES]
    assert progress.position(keys, "process-mapping/", 3) == Position(1, 3, 3)
    last = progress.position(keys, "process-mapping/sharing/", 1)
    assert (last.number, last.total, last.is_last, last.is_first) == (3, 3, True, False)
    # The keys themselves (every language, the offline copy's URLs) are toolkit.learning's: test_learning.py.


def test_count_forms_follow_welsh_numerals():
    assert [progress.count_form(n) for n in (1, 2, 3, 8)] == ["one", "two", "other", "other"]


def test_meta_in_both_languages_and_its_data():
    en = _meta(Position(2, 3, 4))
    assert " ".join(en.select_one(".ic-progress__meta").get_text().split()) == "Page 2 of 3 · About 4 min read"
    cy = _meta(Position(2, 3, 4), "cy")
    assert " ".join(cy.select_one(".ic-progress__meta").get_text().split()) == "Tudalen 2 o 3 · Tua 4 munud o ddarllen"
    assert cy["data-module"] == "ic-progress" and cy["data-i18n-read-mark"] == "Wedi'i darllen"
    two = _meta(Position(2, 3, 2), "cy")  # a soft mutation after "2"
    assert " ".join(two.select_one(".ic-progress__meta").get_text().split()) == "Tudalen 2 o 3 · Tua 2 funud o ddarllen"
    assert en["data-i18n-page"] == "process-mapping/drawing/" and en["data-i18n-minutes"] == "4"
    pages = json.loads(en["data-i18n-pages"])  # escaped in the attribute, whole again when read
    assert pages[1] == {"k": "process-mapping/drawing/", "u": "./", "q": [["drawing", 3], ["more", 1]]}
    # The home's and the last page's words only where they are used.
    assert en.select_one(".ic-progress__home") is None and not en.has_attr("data-i18n-home-pages")
    assert not en.has_attr("data-i18n-summary-quiz") and not en.has_attr("data-i18n-last")


def test_home_totals_are_written_by_the_build_in_the_right_form():
    home = _meta(Position(1, 3, 1), is_home=True)
    assert home.select_one(".ic-progress__home").has_attr("hidden")  # says nothing without the script
    assert home["data-i18n-home-pages"] == "{n} of 3 pages read"
    assert home["data-i18n-home-quizzes"] == "{n} of 3 quizzes completed"
    cy = _meta(Position(1, 3, 1), "cy", is_home=True)
    assert cy["data-i18n-home-pages"] == "tudalennau wedi'u darllen: {n} o 3"
    assert cy["data-i18n-home-both"] == "Eich cynnydd – {pages}; {quizzes}."


def test_last_page_carries_the_summary_words_and_ladders():
    last = _meta(Position(3, 3, 1), "cy", ladders={"l": {"t": "Ysgol", "n": 2, "r": {"a": [1, "<A>"]}}})
    assert last["data-i18n-last"] == "1" and last["data-i18n-summary-ladder"] == "Hunanasesiad"
    assert json.loads(last["data-i18n-ladders"])["l"]["r"]["a"] == [1, "<A>"]
    assert last["data-i18n-months"] == "|".join(["January"] * 12)
    assert json.loads(last["data-i18n-pages"])[1]["t"] == "Drawing <the> map"  # the summary names pages


def test_summary_skeleton_in_both_languages():
    for language, title, no_js in (("en", "Your progress in this guide", "needs JavaScript"),
                                   ("cy", "Eich cynnydd yn y canllaw hwn", "Mae angen JavaScript")):
        html = BeautifulSoup(progress.render_summary(record_href="../../learning-record/",
                                                     trainer_href="../../trainers/g.html",
                                                     labels=strings.load(language)), "html.parser")
        assert html.select_one(".ic-progress-summary__title").get_text() == title
        assert no_js in html.select_one(".ic-progress-summary__no-js").get_text()
        assert [a["href"] for a in html.select("a")] == ["../../learning-record/", "../../trainers/g.html"]
    bare = BeautifulSoup(progress.render_summary(record_href=None, trainer_href=None, labels=strings.load("en")),
                         "html.parser")
    assert bare.select("a") == [] and bare.select("ul") == []
