"""Trainer notes (```trainer blocks) in the built fixture site: on the guide's trainer page, under their
section, with their inline Markdown; in no other file of the site (learner pages,
whole-guide page, search index, sitemap)."""

from __future__ import annotations

import pytest

from .conftest import soup

WORDS = {"en": ("Fixture-ask-walrus", "Fixture-activity-heron"), "cy": ("Fixture-ask-morlo", "Fixture-activity-crëyr")}
TRAINER = {"en": "trainers/process-mapping.html", "cy": "cy/trainers/process-mapping.html"}


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_notes_show_on_the_trainer_page_under_their_section(fixture_site, lang):
    page = soup(fixture_site / TRAINER[lang])
    link = page.select_one('a.ic-trainer__link[href$="drawing-the-map/#walking-the-process"]')
    item = link.find_parent("li")
    notes = item.select_one(".ic-trainer__notes")
    text = " ".join(notes.get_text(" ").split())
    ask, activity = WORDS[lang]
    assert ask in text and activity in text
    assert ("Timing: 4 min teaching, 11 min activity" if lang == "en"
            else "Amseru: 4 munud o addysgu, 11 munud o weithgaredd") in text
    # Inline Markdown is converted (raw HTML is a build error, and shown as text: tests/build).
    assert notes.select_one("em") is not None and notes.select_one("strong") is not None


def test_note_text_is_in_no_file_but_the_trainer_pages(fixture_site):
    words = [w for pair in WORDS.values() for w in pair]
    holders = set()
    for path in fixture_site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".js", ".txt", ".gz"):
            data = path.read_bytes()
            if path.suffix == ".gz":
                import gzip
                data = gzip.decompress(data)
            text = data.decode("utf-8", "replace")
            if any(w in text or w.encode("unicode_escape").decode() in text for w in words):
                holders.add(path.relative_to(fixture_site).as_posix())
    assert holders == set(TRAINER.values())
    # The places a note must never reach, named so that a change of file names cannot empty the test.
    for must_exist in ("process-mapping/drawing-the-map/index.html", "process-mapping/print.html",
                       "search/search_index.json", "cy/search/search_index.json", "sitemap.xml"):
        assert (fixture_site / must_exist).is_file()


@pytest.mark.parametrize("lang, activity", [("en", "Activity: Walking the process"),
                                            ("cy", "Gweithgaredd: Cerdded y broses")])
def test_the_session_plan_lists_pages_and_activities_with_a_running_total(fixture_site, lang, activity):
    table = soup(fixture_site / TRAINER[lang]).select_one(".ic-trainer-plan__table")
    rows = [[c.get_text(" ", strip=True) for c in tr.select("th, td")] for tr in table.select("tbody tr")]
    names = [r[0] for r in rows]
    assert activity in names
    row = rows[names.index(activity)]
    assert row[4] == row[5] == "11"
    page = rows[names.index(activity) - 1]  # the activity follows its page, whose teaching minutes count
    assert page[3] == "4"
    running = [int(r[6]) for r in rows]
    assert running == sorted(running) and running[0] == int(rows[0][5])
    assert all(int(r[6]) == int(p[6]) + int(r[5]) for p, r in zip(rows, rows[1:]))
    total = [c.get_text(strip=True) for c in table.select("tfoot th, tfoot td")]
    assert total[5] == rows[-1][6]
