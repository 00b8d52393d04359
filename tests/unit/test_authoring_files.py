"""Each file on its own (toolkit.frontmatter, toolkit.sources.decode): one exact message per mistake,
with the file relative to the repository and the line, and no follow-on from the other checks."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from toolkit import checks, frontmatter, sources

from .site import LANGUAGES, sources_of

FRONT = ("---\ntitle: {title}\norder: 2\ndescription: {title}.\nlast_reviewed: 2026-11-01\n"
         "next_review: 2027-11-01\n---\n\n")
EN = FRONT.format(title="Tips") + "# Tips {#tips}\n\n## One {#one}\n\nText.\n"
CY = FRONT.format(title="Awgrymiadau") + "# Awgrymiadau {#tips}\n\n## Un {#one}\n\nTestun.\n"
HOME = "---\ntitle: Home\n---\n\n# Home {#home}\n"


def problems_of(en: str = EN, cy: str = CY) -> list[str]:
    model = sources_of({"index.md": HOME, "cy/index.md": HOME, "g/tips.md": en, "cy/g/tips.md": cy})
    return [str(p) for p in checks.run(model)]


CASES = {
    "invalid yaml": (
        EN.replace("order: 2\n", "order: 2\n  bad: indent\n"),
        "docs/g/tips.md:4: the front matter is not valid YAML: mapping values are not allowed here; write each "
        "setting as 'key: value' at the start of its line, and put a value holding ': ' or '#' in quotes"),
    "a colon in a value": (
        EN.replace("title: Tips", "title: Tips: and more"),
        "docs/g/tips.md:2: the front matter is not valid YAML: mapping values are not allowed here; write each "
        "setting as 'key: value' at the start of its line, and put a value holding ': ' or '#' in quotes"),
    "never closed": (
        EN.replace("---\n\n#", "\n#"),
        "docs/g/tips.md:1: the front matter opened by '---' on line 1 is never closed: end it with a line "
        "'---' before the page's text"),
    "month 13": (
        EN.replace("last_reviewed: 2026-11-01", "last_reviewed: 2026-13-40"),
        "docs/g/tips.md:5: front matter 'last_reviewed' is not a real date: 2026-13-40 (the month is 01 to 12, "
        "the day no later than the month's last)"),
    "30 February": (
        EN.replace("next_review: 2027-11-01", "next_review: 2027-02-30"),
        "docs/g/tips.md:6: front matter 'next_review' is not a real date: 2027-02-30 (the month is 01 to 12, "
        "the day no later than the month's last)"),
    "order is text": (
        EN.replace("order: 2", "order: second"),
        "docs/g/tips.md:3: front matter 'order' must be a number, not 'second'"),
    "title is a number": (
        EN.replace("title: Tips", "title: 2026"),
        "docs/g/tips.md:2: front matter 'title' must be text, not 2026; put it in quotes"),
    "in_nav is text": (
        EN.replace("order: 2", "order: 2\nin_nav: no way"),
        "docs/g/tips.md:4: front matter 'in_nav' must be true or false, not 'no way'"),
    "misspelt key": (
        EN.replace("title: Tips", "titel: Tips"),
        "docs/g/tips.md:2: unknown front matter key 'titel': did you mean 'title'? the keys are title, "
        "description, guide, order, last_reviewed, next_review, in_nav, search, hide, tags, mastery_score"),
    "key twice": (
        EN.replace("order: 2", "order: 2\ntitle: Again"),
        "docs/g/tips.md:4: front matter 'title' is given twice (first on line 2); keep one"),
    "not a mapping": (
        EN.replace("title: Tips\n", "- title\n").replace("order: 2\ndescription: Tips.\nlast_reviewed: "
                                                          "2026-11-01\nnext_review: 2027-11-01\n", ""),
        "docs/g/tips.md:2: the front matter must be 'key: value' lines, e.g. 'title: My page'"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_front_matter_mistake_gives_one_message_at_its_line(case):
    text, expected = CASES[case]
    assert problems_of(en=text) == [expected]


def test_the_same_mistake_on_the_welsh_page_blames_the_welsh_page_only():
    found = problems_of(cy=CY.replace("order: 2\n", "order: 2\n  bad: indent\n"))
    assert found == [expected.replace("docs/g/", "docs/cy/g/") for expected in [CASES["invalid yaml"][1]]]


def test_a_page_with_a_byte_order_mark_is_read_like_any_other():
    text, problem = sources.decode(b"\xef\xbb\xbf" + EN.encode("utf-8"))
    assert (text, problem) == (EN, ())
    assert problems_of(en="\ufeff" + EN) == []


def test_a_file_that_is_not_utf8_names_the_line_and_column_of_the_first_bad_byte(tmp_path):
    docs = tmp_path / "docs"
    for path, text in {"index.md": HOME, "cy/index.md": HOME, "g/tips.md": EN, "cy/g/tips.md": CY}.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_bytes(text.encode("utf-8"))
    # "Text’s" saved as Windows-1252: the apostrophe is the single byte 0x92.
    (docs / "g/tips.md").write_bytes(EN.replace("Text.", "Text\u2019s.").encode("cp1252"))
    model = sources.read(LANGUAGES, docs, "docs", ["index.md", "cy/index.md", "g/tips.md", "cy/g/tips.md"])
    assert [str(p) for p in checks.run(model)] == [
        "docs/g/tips.md:13: is not UTF-8: the byte 0x92 in column 5 cannot be read; save the file as "
        "UTF-8 (in most editors: Save As, encoding UTF-8)"]


def test_a_ladder_file_that_is_not_utf8_says_so_once(tmp_path):
    docs = tmp_path / "docs"
    (docs / "cy").mkdir(parents=True)
    (docs / "index.md").write_text(HOME, encoding="utf-8")
    (docs / "cy/index.md").write_text(HOME, encoding="utf-8")
    ladders = tmp_path / "ladders"
    ladders.mkdir()
    text = (ROOT / "ladders" / "co-production.yml").read_text(encoding="utf-8")
    (ladders / "x.yml").write_bytes(b"# caf\xe9\n" + text.encode("utf-8"))
    model = sources.read(LANGUAGES, docs, "docs", ["index.md", "cy/index.md"], ladders, "ladders")
    assert [str(p) for p in checks.run(model)] == [
        "ladders/x.yml:1: is not UTF-8: the byte 0xE9 in column 6 cannot be read; save the file as "
        "UTF-8 (in most editors: Save As, encoding UTF-8)"]


def test_the_body_of_a_page_with_broken_front_matter_never_holds_the_front_matter():
    text = CASES["invalid yaml"][0]
    found = frontmatter.read(text)
    assert not found.readable and found.body.startswith("# Tips") and found.offset == 9


def test_an_empty_front_matter_block_is_no_mistake():
    assert frontmatter.read("---\n\n---\n\n# T\n").problems == ()


LADDER = (ROOT / "ladders" / "co-production.yml").read_text(encoding="utf-8")
MARKERS = "\n<!-- toolkit:ladder co-production -->\n\n<!-- toolkit:ladder-assessment co-production -->\n"


def ladder_problems(en: str, cy: str) -> list[str]:
    model = sources_of({"index.md": HOME, "cy/index.md": HOME, "g/tips.md": en, "cy/g/tips.md": cy},
                       {"co-production": LADDER})
    return [str(p) for p in checks.run(model)]


def test_the_site_with_both_ladder_markers_is_complete():
    assert ladder_problems(EN + MARKERS, CY + MARKERS) == []


def test_a_misspelt_marker_on_the_english_side_blames_the_english_page_only():
    en = EN + MARKERS.replace("toolkit:ladder co", "toolkit:lader co")
    assert ladder_problems(en, CY + MARKERS) == [
        "docs/g/tips.md:15: unknown marker 'toolkit:lader' (did you mean 'ladder'?); the markers are: "
        "<!-- toolkit:ladder co-production -->, <!-- toolkit:ladder-assessment co-production -->, "
        "<!-- toolkit:guide-list -->, <!-- toolkit:trainer-index -->, <!-- toolkit:learning-record -->"]


def test_a_marker_with_a_space_after_the_colon_is_one_error_at_its_line():
    cy = CY + MARKERS.replace("toolkit:ladder co", "toolkit: ladder co")
    assert ladder_problems(EN + MARKERS, cy) == [
        "docs/cy/g/tips.md:15: write the marker exactly as <!-- toolkit:ladder co-production --> (found "
        "'<!-- toolkit: ladder co-production -->')"]


def test_an_emptied_page_says_only_that():
    assert problems_of(en="\n") == [
        "docs/g/tips.md: the page is empty: write its front matter and text, or delete it and its twins in the "
        "other languages"]


def test_a_page_over_200_kb_is_named():
    big = EN + ("Long text. " * 20000) + "\n"
    model = sources_of({"index.md": HOME, "cy/index.md": HOME, "g/tips.md": big, "cy/g/tips.md": CY})
    assert [str(p) for p in checks.large_pages(model)] == [
        "docs/g/tips.md: the page is 214 KB of Markdown, over the 200 KB limit: split it into several pages of the "
        "guide"]
    assert checks.large_pages(sources_of({"g/tips.md": EN})) == []
