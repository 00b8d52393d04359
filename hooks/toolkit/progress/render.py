"""The HTML of the progress component, in the page's language (templates/*.html.j2).

Everything a script needs is written on the root element as data-i18n-* (ic.strings): the page's key and
guide, its minutes, the guide's pages (key, link, title, quizzes) and ladders as JSON, and every word in
the page's language, with the totals already in place so that the script only counts.
"""

from __future__ import annotations

import json
from typing import Mapping, Sequence

from ..strings import count
from ..templating import template
from .model import GuidePage, Position


def count_form(total: int) -> str:
    """Which form of a "… {n} of {total}" string the total takes: singular for one; two and other are kept
    apart for languages that need it (the Welsh strings are worded as labels, "tudalennau wedi'u darllen:
    {n} o {total}", so that no noun follows a digit and no mutation depends on the number)."""
    return {1: "one", 2: "two"}.get(total, "other")


def _say(labels: Mapping[str, str], key: str, **values) -> str:
    # "{n}" is kept for the script: str.format would need every placeholder.
    text = labels[key]
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def _pages_json(pages: Sequence[GuidePage], titles: bool) -> str:
    # Titles only where the summary names the pages: every byte here is in every guide page's first view.
    return json.dumps([{"k": p.key, "u": p.href, **({"t": p.title} if titles else {}),
                        "q": [list(q) for q in p.quizzes]} for p in pages],
                      ensure_ascii=False, separators=(",", ":"))


def render_meta(position: Position, *, key: str, guide: str, pages: Sequence[GuidePage],
                ladders: Mapping[str, Mapping[str, object]], months: Sequence[str],
                labels: Mapping[str, str],
                is_home: bool) -> str:
    """The line at the top of a guide page, and on the guide's home the totals the script counts into."""
    quizzes = sum(len(p.quizzes) for p in pages)
    pages_total = len(pages)
    # Each page carries only the words its script shows there: the guide's pages (for the navigation's
    # marks) everywhere, the totals on the home page, the summary's words and the ladders on the last.
    data = {
        "page": key, "guide": guide, "minutes": position.minutes, "pages": _pages_json(pages, position.is_last),
        "read-mark": labels["progress_read_mark"],
        "quiz-mark": labels["progress_quiz_mark"],
        "marked-read": labels["progress_marked_read"],
    }
    if is_home or position.is_last:  # where the page shows what the record holds
        data["not-kept"] = labels["progress_not_kept"]
    if is_home:
        data.update({
            "home-pages": _say(labels, f"progress_home_pages_{count_form(pages_total)}", total=pages_total),
            "home-quizzes": (_say(labels, f"progress_home_quizzes_{count_form(quizzes)}", total=quizzes)
                             if quizzes else ""),
            "home-both": labels["progress_home_both"],
            "home-only": labels["progress_home_pages_only"],
        })
    if position.is_last:
        data.update({
            "last": "1", "months": "|".join(months),
            "ladders": json.dumps(ladders, ensure_ascii=False, separators=(",", ":")),
            **{f"summary-{name.replace('_', '-')}": labels[f"progress_summary_{name}"]
               for name in ("read", "none_read", "quizzes", "quiz", "quiz_open", "quiz_name", "ladder",
                            "ladder_result", "minutes", "minutes_two")},
        })
    return template("progress", "meta").render(
        data=data, is_home=is_home,
        position_text=_say(labels, "progress_position", n=position.number, total=position.total),
        minutes_text=count(labels, "progress_reading_time", position.minutes).replace("{n}", str(position.minutes)))


def render_summary(*, record_href: str | None, trainer_href: str | None, labels: Mapping[str, str]) -> str:
    """The end of a guide's last page: filled by the script; without it, the links and why it is empty."""
    return template("progress", "summary").render(ic=labels, record_href=record_href,
                                                  trainer_href=trainer_href)

