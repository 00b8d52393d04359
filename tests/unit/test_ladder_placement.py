"""Placing a ladder on a page: the markers, page-level mistakes, twin parity, and the swap of each marker
for the component in the lines the page's Markdown converts."""

from __future__ import annotations

from toolkit.ladder import parse
from toolkit.markdown_ext import Conversion
from toolkit.ladder.placement import (ASSESSMENT, LADDER, Placement, check_page, place,
                                      scan)

from .ladder_samples import PATH, VALID

PAGE = "docs/guide/page.md"


def _ladder(text: str = VALID):
    found, problems = parse(text, PATH, "small")
    assert not problems
    return found


def test_scan_finds_both_kinds_with_lines_and_ignores_code():
    markdown = ("# Title\n\n<!-- toolkit:ladder small -->\n\n```\n<!-- toolkit:ladder inside-code -->\n```\n\n"
                "<!-- toolkit:ladder-assessment small -->\n\n<!-- toolkit:guide-list -->\n")
    found, problems = scan(markdown, PAGE, first_line=5)
    assert problems == []
    assert found == [Placement(LADDER, "small", 7), Placement(ASSESSMENT, "small", 13)]


def test_marker_without_id():
    found, problems = scan("<!-- toolkit:ladder -->\n", PAGE)
    assert [str(p) for p in problems] == [f"{PAGE}:1: 'toolkit:ladder' needs the id of the ladder diagram of "
                                          f"ladders/<id>.yml, e.g. <!-- toolkit:ladder co-production -->"]
    assert found[0].ok is False


def test_misspelt_marker_is_reported_not_ignored():
    _, problems = scan("text\n\n<!-- toolkit:ladder-asessment small -->\n", PAGE)
    assert [str(p) for p in problems] == [
        f"{PAGE}:3: unknown marker 'toolkit:ladder-asessment' (did you mean 'ladder-assessment'?); the markers "
        f"are: <!-- toolkit:ladder co-production -->, <!-- toolkit:ladder-assessment co-production -->, "
        f"<!-- toolkit:guide-list -->, <!-- toolkit:trainer-index -->, "
        f"<!-- toolkit:learning-record -->, <!-- toolkit:video improvement-cymru-2023 -->"]


def test_marker_with_two_ids():
    _, problems = scan("<!-- toolkit:ladder one two -->\n", PAGE)
    assert "write the id after 'toolkit:ladder', e.g. <!-- toolkit:ladder co-production --> (found " \
           "'one two')" in str(problems[0])


def test_marker_must_be_alone_after_a_blank_line():
    _, problems = scan("Some text\n<!-- toolkit:ladder small -->\n\nSee <!-- toolkit:ladder small --> here\n",
                       PAGE)
    assert [str(p) for p in problems] == [
        f"{PAGE}:2: leave a blank line before <!-- toolkit:ladder small -->",
        f"{PAGE}:4: <!-- toolkit:ladder small --> must be alone on its line"]


def test_unknown_ladder_id():
    found = [Placement(LADDER, "big", 3)]
    assert [str(p) for p in check_page(found, PAGE, {"big": None}, ["small"])] == [
        f"{PAGE}:3: no ladder 'big': expected a file ladders/big.yml (ladders: small)"]


def test_broken_ladder_is_not_reported_again_on_the_page():
    # Its file's own mistakes are reported once, by the build's file check.
    assert check_page([Placement(LADDER, "small", 3)], PAGE, {"small": None}, ["small"]) == []


def test_assessment_needs_the_ladder_above_it():
    found = [Placement(ASSESSMENT, "small", 3), Placement(LADDER, "small", 5)]
    assert [str(p) for p in check_page(found, PAGE, {"small": _ladder()}, ["small"])] == [
        f"{PAGE}:3: the self-assessment shows its result on the ladder: place "
        f"<!-- toolkit:ladder small --> above it on this page"]


def test_assessment_needs_statements():
    ladder = _ladder(VALID[:VALID.index("statements:")])
    found = [Placement(LADDER, "small", 3), Placement(ASSESSMENT, "small", 5)]
    assert [str(p) for p in check_page(found, PAGE, {"small": ladder}, ["small"])] == [
        f"{PAGE}:5: ladder 'small' has no 'statements:' in ladders/small.yml, so it has no self-assessment"]


def test_same_ladder_twice_on_a_page():
    found = [Placement(LADDER, "small", 3), Placement(LADDER, "small", 9)]
    assert [str(p) for p in check_page(found, PAGE, {"small": _ladder()}, ["small"])] == [
        f"{PAGE}:9: <!-- toolkit:ladder small --> is placed twice on this page (first on line 3)"]


def test_place_swaps_shown_markers_and_removes_the_others_without_moving_a_line():
    lines = ["# A", "", "<!-- toolkit:ladder small -->", "", "!!! tip", "",
             "    <!-- toolkit:ladder-assessment small -->", "", "See <!-- toolkit:ladder small --> here",
             "", "<!-- toolkit:ladder big -->"]
    found, _ = scan("\n".join(lines), PAGE, first_line=5)
    conversion = Conversion()
    shown = {(LADDER, "small", 7): ({"credit": "By *us*"}, lambda html: "L"),
             (ASSESSMENT, "small", 11): ({}, lambda html: "A")}
    out = place(lines, found, lambda p: shown.get((p.kind, p.ladder_id, p.line)), conversion, first_line=5)
    assert len(out) == len(lines), "line numbers after a marker stay right"
    placeholders = [Conversion.PLACEHOLDER.fullmatch(line.lstrip()) for line in out]
    assert [m.group(1) for m in placeholders if m] == ["0", "1"]
    assert placeholders[2] and out[6].startswith("    ") and placeholders[6], "kept inside the admonition"
    assert out[8] == "See  here", "a marker that shows nothing leaves nothing, the rest of its line stays"
    assert out[10] == "" and [out[i] for i in (0, 1, 3, 4, 5, 7, 9)] == [lines[i] for i in (0, 1, 3, 4, 5, 7, 9)]
    assert [piece.texts for piece in conversion.pieces] == [{"credit": "By *us*"}, {}]
