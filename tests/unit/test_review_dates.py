"""Review dates: parse front matter, validate (every mistake), render in English and Welsh."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit import review_dates as dates
from toolkit.review_dates import Review
from .site import sources_of

LABELS_EN = {"review_last_reviewed": "Page last reviewed", "review_next_due": "Next review due"}
LABELS_CY = {"review_last_reviewed": "Dyddiad yr adolygiad diwethaf", "review_next_due": "Dyddiad yr adolygiad nesaf"}


def page(*front: str) -> str:
    return "---\ntitle: A page\n" + "".join(line + "\n" for line in front) + "---\n\n# A page {#a}\n"


GOOD = page("last_reviewed: 2026-11-25", "next_review: 2027-11-25")


@pytest.mark.parametrize(("month", "english", "welsh"), [
    (1, "January", "Ionawr"), (2, "February", "Chwefror"), (3, "March", "Mawrth"), (4, "April", "Ebrill"),
    (5, "May", "Mai"), (6, "June", "Mehefin"), (7, "July", "Gorffennaf"), (8, "August", "Awst"),
    (9, "September", "Medi"), (10, "October", "Hydref"), (11, "November", "Tachwedd"), (12, "December", "Rhagfyr"),
])
def test_every_month_in_both_languages(month, english, welsh):
    day = dt.date(2027, month, 5)
    assert dates.format_date(day, "en") == f"5 {english} 2027"
    assert dates.format_date(day, "cy") == f"5 {welsh} 2027"  # no ordinal ending, no leading zero


def test_parse_reads_the_keys_and_their_lines():
    fields = dates.parse(GOOD)
    assert [(f.key, f.value, f.line) for f in fields] == [
        ("last_reviewed", dt.date(2026, 11, 25), 3), ("next_review", dt.date(2027, 11, 25), 4)]


def test_valid_dates_give_a_review():
    review, problems = dates.validate(dates.parse(GOOD), "docs/g/p.md", required=True)
    assert problems == [] and review == Review(dt.date(2026, 11, 25), dt.date(2027, 11, 25))


def test_quoted_iso_dates_are_accepted():
    review, problems = dates.validate(
        dates.parse(page('last_reviewed: "2026-11-25"', "next_review: '2027-01-02'")), "p.md", True)
    assert problems == [] and review.next_review == dt.date(2027, 1, 2)


def _messages(text: str, required: bool = True) -> list[str]:
    review, problems = dates.validate(dates.parse(text), "docs/g/p.md", required)
    assert review is None or not problems
    return [str(p) for p in problems]


def test_a_guide_page_without_dates_is_a_mistake():
    assert _messages(page()) == [
        "docs/g/p.md: guide page has no review dates: add 'last_reviewed: YYYY-MM-DD' and "
        "'next_review: YYYY-MM-DD' to its front matter (the same in both languages)"]


def test_other_pages_may_have_no_dates():
    assert _messages(page(), required=False) == []


def test_one_date_without_the_other():
    assert _messages(page("last_reviewed: 2026-11-25")) == [
        "docs/g/p.md:3: front matter has 'last_reviewed' but no 'next_review': give both review dates as "
        "YYYY-MM-DD"]
    assert _messages(page("next_review: 2027-11-25"), required=False) == [
        "docs/g/p.md:3: front matter has 'next_review' but no 'last_reviewed': give both review dates as "
        "YYYY-MM-DD"]


@pytest.mark.parametrize(("value", "found"), [
    ("25/11/2026", "'25/11/2026'"), ("25 November 2026", "'25 November 2026'"), ("2026", "2026"),
    ("", "None"), ("[2026-11-25]", "[datetime.date(2026, 11, 25)]"),
])
def test_a_date_not_written_yyyy_mm_dd(value, found):
    assert _messages(page(f"last_reviewed: {value}", "next_review: 2027-11-25")) == [
        f"docs/g/p.md:3: front matter 'last_reviewed' must be a date written YYYY-MM-DD, e.g. 2026-11-25 "
        f"(found {found})"]


def test_a_date_that_does_not_exist():
    assert _messages(page('last_reviewed: "2026-02-30"', "next_review: 2027-11-25")) == [
        "docs/g/p.md:3: front matter 'last_reviewed' is not a real date: 2026-02-30 (the month is 01 to 12, the day no later than the month's last)"]


def test_a_date_with_a_time():
    assert _messages(page("last_reviewed: 2026-11-25 10:30:00", "next_review: 2027-11-25")) == [
        "docs/g/p.md:3: front matter 'last_reviewed' must be a date written YYYY-MM-DD, without a time "
        "(found 2026-11-25 10:30:00)"]


@pytest.mark.parametrize("next_review", ["2026-11-25", "2025-01-01"])
def test_next_review_must_come_after_the_last(next_review):
    assert _messages(page("last_reviewed: 2026-11-25", f"next_review: {next_review}")) == [
        f"docs/g/p.md:4: front matter 'next_review' ({next_review}) must be later than 'last_reviewed' "
        f"(2026-11-25)"]


def _site(files: dict[str, str]) -> list[str]:
    return [str(p) for p in dates.check_site(sources_of(files))]


def test_check_site_accepts_matching_twins_and_undated_site_pages():
    assert _site({"index.md": page(), "cy/index.md": page(), "g/p.md": GOOD, "cy/g/p.md": GOOD}) == []


def test_twins_must_have_the_same_dates():
    other = page("last_reviewed: 2026-11-25", "next_review: 2027-05-01")
    assert _site({"g/p.md": GOOD, "cy/g/p.md": other}) == [
        "docs/cy/g/p.md:4: front matter 'next_review' is 2027-05-01 but the English page docs/g/p.md says "
        "2027-11-25; the twins must have the same review dates"]


def test_a_site_page_dated_in_one_language_only():
    assert _site({"about.md": GOOD, "cy/about.md": page()}) == [
        "docs/cy/about.md: has no review dates but its twin docs/about.md has; give both pages the same "
        "'last_reviewed' and 'next_review'"]


def test_check_site_reports_each_language_of_a_guide_page():
    assert _site({"g/p.md": page(), "cy/g/p.md": GOOD}) == [
        "docs/g/p.md: guide page has no review dates: add 'last_reviewed: YYYY-MM-DD' and "
        "'next_review: YYYY-MM-DD' to its front matter (the same in both languages)"]


def test_render_in_english_and_welsh():
    review = Review(dt.date(2026, 11, 25), dt.date(2027, 1, 5))
    assert dates.render(review, "en", LABELS_EN) == (
        '<div class="ic-review">\n'
        '  <p class="ic-review__item">Page last reviewed: <time datetime="2026-11-25">25 November 2026</time></p>\n'
        '  <p class="ic-review__item">Next review due: <time datetime="2027-01-05">5 January 2027</time></p>\n'
        '</div>')
    welsh = dates.render(review, "cy", LABELS_CY)
    assert "Dyddiad yr adolygiad diwethaf: <time datetime=\"2026-11-25\">25 Tachwedd 2026</time>" in welsh
    assert "Dyddiad yr adolygiad nesaf: <time datetime=\"2027-01-05\">5 Ionawr 2027</time>" in welsh


def test_render_escapes_labels_and_renders_nothing_without_a_review():
    review = Review(dt.date(2026, 11, 25), dt.date(2027, 1, 5))
    html = dates.render(review, "en", {"review_last_reviewed": "<b>", "review_next_due": "a & b"})
    assert "&lt;b&gt;:" in html and "a &amp; b:" in html
    assert dates.render(None, "en", LABELS_EN) == ""


def test_review_of_ignores_broken_dates():
    assert dates.review_of(page("last_reviewed: soon", "next_review: 2027-01-01"), "p.md") is None
    assert dates.review_of(GOOD, "p.md") == Review(dt.date(2026, 11, 25), dt.date(2027, 11, 25))
