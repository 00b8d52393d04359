"""Page last reviewed / Next review due: read from front matter, checked, and written in the page's language.

Guide pages carry two front-matter keys, written as ISO dates so that the Welsh and English twins can be
compared and so that nobody has to spell a month in two languages:

    last_reviewed: 2026-11-25
    next_review: 2027-11-25

Three stages, like the other components: `parse` turns front matter into a frozen `Review` (with the lines
the keys are on), `validate` reports authoring mistakes as `Problem`s, and `render` writes the HTML in the
page's language ("25 November 2026", "25 Tachwedd 2026": no ordinal endings, as Welsh style guides ask).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html import escape
from typing import Mapping

from . import translations
from .sources import Sources
from . import frontmatter
from .problems import Problem

LAST, NEXT = "last_reviewed", "next_review"
KEYS = (LAST, NEXT)

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    # Welsh month names take no article and do not mutate after a numeral: "25 Tachwedd 2026".
    "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"),
}

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Field:
    """One front-matter key as the author wrote it: the value YAML gave, and the line it is on."""

    key: str
    value: object
    line: int | None


@dataclass(frozen=True)
class Review:
    last_reviewed: dt.date
    next_review: dt.date


def format_date(day: dt.date, language: str) -> str:
    """A date as it is written in running text: "5 January 2027", "5 Ionawr 2027"."""
    return f"{day.day} {MONTHS[language][day.month - 1]} {day.year}"


# ---- parse ---------------------------------------------------------------------------------------------

def parse(text: str) -> tuple[Field, ...]:
    """The review keys present in a page's front matter (zero, one or two of them)."""
    front = frontmatter.read(text)
    return tuple(Field(key, front.meta[key], front.lines.get(key)) for key in KEYS if key in front.meta)


# ---- validate ------------------------------------------------------------------------------------------

def _as_date(field: Field, path: str) -> tuple[dt.date | None, list[Problem]]:
    value = field.value
    if isinstance(value, dt.datetime):
        return None, [Problem(path, f"front matter '{field.key}' must be a date written YYYY-MM-DD, without "
                                    f"a time (found {value.isoformat(sep=' ')})", field.line)]
    if isinstance(value, dt.date):
        return value, []
    if isinstance(value, str) and _ISO.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip()), []
        except ValueError:
            return None, [Problem(path, f"front matter '{field.key}' is not a real date: {value.strip()} (the "
                                        f"month is 01 to 12, the day no later than the month's last)", field.line)]
    return None, [Problem(path, f"front matter '{field.key}' must be a date written YYYY-MM-DD, e.g. "
                                f"2026-11-25 (found {value!r})", field.line)]


def validate(fields: tuple[Field, ...], path: str, required: bool) -> tuple[Review | None, list[Problem]]:
    """A `Review` when both keys are present and valid; otherwise None and what is wrong.

    `required` is true for guide pages: every one of them must say when it was reviewed.
    """
    by_key = {f.key: f for f in fields}
    if not by_key:
        if required:
            return None, [Problem(path, f"guide page has no review dates: add '{LAST}: YYYY-MM-DD' and "
                                        f"'{NEXT}: YYYY-MM-DD' to its front matter (the same in both "
                                        f"languages)")]
        return None, []
    problems: list[Problem] = []
    for key in KEYS:
        if key not in by_key:
            other = by_key[LAST if key == NEXT else NEXT]
            problems.append(Problem(path, f"front matter has '{other.key}' but no '{key}': give both review "
                                          f"dates as YYYY-MM-DD", other.line))
    dates = {}
    for field in fields:
        value, found = _as_date(field, path)
        problems += found
        dates[field.key] = value
    if problems:
        return None, problems
    review = Review(dates[LAST], dates[NEXT])
    if review.next_review <= review.last_reviewed:
        return None, [Problem(path, f"front matter '{NEXT}' ({review.next_review}) must be later than "
                                    f"'{LAST}' ({review.last_reviewed})", by_key[NEXT].line)]
    return review, []


def is_guide_page(docs_path: str) -> bool:
    """Pages inside a guide's folder (English path, e.g. "co-production/tips.md"); not the home page or
    site pages such as the accessibility statement, which may carry review dates but need not."""
    return "/" in docs_path


def check_site(sources: Sources) -> list[Problem]:
    """Every guide page has valid review dates, and each translation has the same dates as its page."""
    pairs, _ = translations.pair_pages(sources)  # missing translations are toolkit.translations' to report
    problems: list[Problem] = []
    for pair in pairs:
        fields = {path: parse(sources.read(path)) for path in (pair.default, pair.other)}
        reviews = {}
        found_here: list[Problem] = []
        for path in (pair.default, pair.other):
            reviews[path], found = validate(fields[path], sources.label(path), is_guide_page(pair.default))
            found_here += found
        problems += found_here
        default, other = reviews[pair.default], reviews[pair.other]
        if (default is None) != (other is None) and not found_here:
            lacking, has = (pair.other, pair.default) if other is None else (pair.default, pair.other)
            problems.append(Problem(sources.label(lacking),
                                    f"has no review dates but its twin {sources.label(has)} has; give both "
                                    f"pages the same '{LAST}' and '{NEXT}'"))
        if default and other and default != other:
            lines = {f.key: f.line for f in fields[pair.other]}
            for key in KEYS:
                if getattr(default, key) != getattr(other, key):
                    problems.append(Problem(sources.label(pair.other),
                                            f"front matter '{key}' is {getattr(other, key)} but the "
                                            f"{translations.english_name(sources.languages.default)} page "
                                            f"{sources.label(pair.default)} says {getattr(default, key)}; the twins "
                                            f"must have the same review dates", lines.get(key)))
    return problems


# ---- render --------------------------------------------------------------------------------------------

def render(review: Review | None, language: str, labels: Mapping[str, str]) -> str:
    """The two lines at the end of a page, or nothing when the page has no valid review dates.

    `labels` is the page language's string catalogue (keys review_last_reviewed, review_next_due).
    """
    if review is None:
        return ""
    rows = []
    for key, day in (("review_last_reviewed", review.last_reviewed), ("review_next_due", review.next_review)):
        rows.append(f'  <p class="ic-review__item">{escape(labels[key])}: '
                    f'<time datetime="{day.isoformat()}">{escape(format_date(day, language))}</time></p>')
    return '<div class="ic-review">\n' + "\n".join(rows) + "\n</div>"


def review_of(text: str, path: str) -> Review | None:
    """The page's valid review dates, if any (mistakes are reported once, by check_site)."""
    review, _ = validate(parse(text), path, required=False)
    return review
