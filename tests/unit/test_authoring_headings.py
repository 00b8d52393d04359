"""Heading ids (toolkit.headings): every heading form is covered, and an id is lower-case words joined by
hyphens; one exact message each."""

from __future__ import annotations

import pytest

from toolkit import headings


def problems(markdown: str) -> list[str]:
    found = headings.parse(markdown)
    return [str(p) for p in headings.bad_ids("docs/g/p.md", found) + headings.missing_ids("docs/g/p.md", found)]


def test_an_underlined_heading_is_a_heading():
    found = headings.parse("Title\n=====\n\nText\n\nSection\n-------\n\nPart {#part}\n---\n")
    assert [(h.level, h.text, h.id, h.line) for h in found] == [
        (1, "Title", None, 1), (2, "Section", None, 6), (2, "Part", "part", 9)]


def test_an_underlined_heading_without_an_id_is_reported():
    assert problems("Section\n-------\n") == [
        "docs/g/p.md:1: heading 'Section' has no explicit id; write it as '## Section {#some-id}' with the same "
        "id in both languages"]


def test_a_rule_after_a_blank_line_or_a_list_is_not_a_heading():
    assert headings.parse("Text\n\n---\n\n- item\n---\n") == ()


CASES = {
    "a space in the id": ("## Measure impact {#measure impact}\n",
                          "docs/g/p.md:1: heading id '{#measure impact}' must be lower-case words joined by "
                          "hyphens, with no spaces: write {#measure-impact}"),
    "capitals and underscores": ("## Measure impact {#Measure_Impact}\n",
                                 "docs/g/p.md:1: heading id '{#Measure_Impact}' must be lower-case words joined "
                                 "by hyphens, with no spaces: write {#measure-impact}"),
    "underlined, with a space": ("Measure impact {#measure impact}\n---\n",
                                 "docs/g/p.md:1: heading id '{#measure impact}' must be lower-case words joined "
                                 "by hyphens, with no spaces: write {#measure-impact}"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_badly_written_id_is_one_message(case):
    markdown, expected = CASES[case]
    assert problems(markdown) == [expected]


def test_good_ids_with_a_class_pass():
    assert problems("## A {#measure-impact .wide}\n## B {: #step-2 }\n") == []


def test_a_heading_inside_an_admonition_or_details_block_is_a_heading():
    markdown = ("!!! note\n\n    ## In a note\n\n    Text.\n\n        ## indented code in the note\n\n"
                "??? tip \"More\"\n    ### In a details block {#in-details}\n\n## After {#after}\n\n"
                "    ## indented code outside\n")
    found = headings.parse(markdown)
    assert [(h.level, h.text, h.id, h.line) for h in found] == [
        (2, "In a note", None, 3), (3, "In a details block", "in-details", 10), (2, "After", "after", 12)]
    assert problems(markdown) == [
        "docs/g/p.md:3: heading 'In a note' has no explicit id; write it as '## In a note {#some-id}' with the "
        "same id in both languages"]


def test_a_heading_written_in_html_is_reported_at_its_line():
    markdown = "Text\n\n<h2>Raw <em>heading</em></h2>\n\n`<h3>code</h3>`\n\n```html\n<h2>In code</h2>\n```\n<h5>Deep</h5>\n"
    assert [str(p) for p in headings.html_headings("docs/g/p.md", markdown, first_line=8)] == [
        "docs/g/p.md:10: heading '<h2>Raw <em>heading</em></h2>' is written in HTML, so it is in no table of "
        "contents and cannot be linked; write it as '## Raw heading {#some-id}'"]
