"""Ladder and self-assessment HTML, as a reader (or screen reader) gets it without JavaScript."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup

from toolkit import strings
from toolkit.ladder import parse, render
from toolkit.ladder.placement import ASSESSMENT, LADDER

from .ladder_samples import PATH, VALID


@pytest.fixture(scope="module")
def small():
    found, problems = parse(VALID, PATH, "small")
    assert not problems
    return found


def _html(kind, ladder, language):
    # What the page's Markdown makes of each sentence, inline (no <p> around it).
    html = {name: markdown.markdown(text, extensions=["attr_list"])[3:-4]
            for name, text in render.texts(kind, ladder, language).items()}
    return BeautifulSoup(render.render(kind, ladder, language, strings.load(language), html), "html.parser")


def test_sentences_are_markdown_names_are_plain_text(small):
    names = set(render.texts(LADDER, small, "en"))
    assert names == {"credit", "one-meaning", "one-next-step", "two-meaning", "two-next-step",
                     "three-meaning", "three-next-step"}
    assert render.texts(ASSESSMENT, small, "cy") == {"statement-two": "Rydyn ni'n gwneud dau",
                                                     "statement-three": "Rydyn ni'n gwneud tri"}


def test_ladder_is_an_ordered_list_top_rung_first(small):
    html = _html(LADDER, small, "en")
    ol = html.select_one("figure.ic-ladder > ol.ic-ladder__rungs")
    assert ol.has_attr("reversed") and ol["aria-label"] == strings.load("en")["ladder_list_label"]
    items = ol.find_all("li", recursive=False)
    assert [li["data-rung"] for li in items] == ["three", "two", "one"]
    assert [li["data-step"] for li in items] == ["3", "2", "1"]
    assert [li.select_one(".ic-ladder__label").get_text() for li in items] == ["Three", "Two", "One"]
    # The number is written out for screen readers, the group too, on every rung.
    assert [li.summary.get_text(" ", strip=True) for li in items] == [
        "3 Rung 3: Three (High)", "2 Rung 2: Two (Low)", "1 Rung 1: One (Low)"]


def test_group_names_are_visible_text_once_per_group(small):
    html = _html(LADDER, small, "cy")
    assert [g.get_text() for g in html.select(".ic-ladder__group")] == ["Uchel", "Isel"]
    assert [li["data-group-label"] for li in html.select("li.ic-ladder__rung")] == ["Uchel", "Isel", "Isel"]
    assert [li["class"][1] for li in html.select("li.ic-ladder__rung")] == [
        "ic-ladder__rung--band-2", "ic-ladder__rung--band-1", "ic-ladder__rung--band-1"]


def test_every_meaning_is_in_the_page_as_the_page_converted_it(small):
    html = _html(LADDER, small, "en")
    details = html.select("details.ic-ladder__details")
    assert len(details) == 3 and not any(d.has_attr("open") for d in details)  # native toggle, no JS needed
    # A sentence is inline Markdown, like any paragraph of the page: its raw HTML is kept.
    assert details[0].select_one(".ic-ladder__meaning").get_text() == "Top rung, bold & more"
    assert details[0].select_one(".ic-ladder__meaning b").get_text() == "bold"
    assert details[0].select_one(".ic-ladder__next").get_text(" ", strip=True) == "To stay at the top: Stay here"
    assert details[1].select_one(".ic-ladder__next").get_text(" ", strip=True) == "Next step up: Climb to three"


def test_ids_are_the_same_in_both_languages(small):
    def ids(language):
        return [t["id"] for t in _html(LADDER, small, language).select("[id]")] + \
               [t["id"] for t in _html(ASSESSMENT, small, language).select("[id]")]
    assert ids("en") == ids("cy")
    assert "ladder-small-two" in ids("en") and "ladder-small" in ids("en")


def test_credit_is_linked_and_english_names_are_marked(small):
    en = _html(LADDER, small, "en").select_one("figcaption")
    cy = _html(LADDER, small, "cy").select_one("figcaption")
    assert en.get_text(" ", strip=True).startswith("Small ladder. By Someone")
    assert en.a["href"] == cy.a["href"] == "https://example.org/"
    assert cy.a["lang"] == "en" and cy.select_one("span[lang=en]").get_text() == "SO"
    assert cy.select_one(".ic-ladder__title").get_text() == "Ysgol fach."


def test_assessment_without_javascript_shows_statements_and_a_key(small):
    html = _html(ASSESSMENT, small, "en")
    key = html.select_one(".ic-ladder-check__key")
    assert not key.has_attr("hidden") and "bottom rung, One." in key.get_text()
    statements = html.select("li.ic-ladder-check__statement")
    assert [s["data-rung"] for s in statements] == ["two", "three"]
    assert [s.select_one(".ic-ladder-check__rung").get_text() for s in statements] == [
        "If this is true: rung 2, Two", "If this is true: rung 3, Three"]
    # Controls that only work with JavaScript are hidden until the script shows them.
    for selector in (".ic-ladder-check__answers", ".ic-ladder-check__actions", ".ic-ladder-check__instructions"):
        assert all(node.has_attr("hidden") for node in html.select(selector)), selector
    group = statements[0].select_one("[role=radiogroup]")
    assert group["aria-labelledby"] == statements[0].select_one(".ic-ladder-check__text")["id"]
    assert [label.get_text(strip=True) for label in group.select("label")] == ["Yes", "No"]


def test_assessment_passes_its_words_to_the_script_in_the_page_language(small):
    root = _html(ASSESSMENT, small, "cy").select_one("[data-module=ic-ladder-check]")
    catalogue = strings.load("cy")
    assert root["data-ladder"] == "small" and root["data-storage-key"] == "ic-ladder:small"
    assert root["data-i18n-badge"] == catalogue["ladder_badge"] == "Eich prosiect"
    assert root["data-i18n-result"] == catalogue["ladder_result"]
    assert root.select_one("button[type=submit]").get_text() == "Dangos ble mae fy mhrosiect"
    for name, value in root.attrs.items():
        if name.startswith("data-i18n-"):
            assert value.strip(), name


def test_every_ladder_string_is_used_by_a_template_or_the_script():
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    sources = "".join(p.read_text(encoding="utf-8") for p in
                      (root / "hooks/toolkit/ladder/templates").glob("*.html.j2"))
    for key in (k for k in strings.load("en") if k.startswith("ladder_")):
        assert f"t.{key}" in sources, f"{key} is not used"


def test_assessment_names_its_guide_for_the_learning_record(small):
    html = {name: markdown.markdown(text)[3:-4]
            for name, text in render.texts(ASSESSMENT, small, "cy").items()}
    root = BeautifulSoup(render.render(ASSESSMENT, small, "cy", strings.load("cy"), html, "process-mapping"),
                         "html.parser").select_one("[data-module=ic-ladder-check]")
    assert root["data-i18n-guide"] == "process-mapping", "the guide's folder, the same in every language"
    assert not _html(ASSESSMENT, small, "en").select_one("[data-module=ic-ladder-check]").has_attr(
        "data-i18n-guide"), "outside a guide, no guide"
