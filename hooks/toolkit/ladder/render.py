"""Ladder and self-assessment HTML, in one language, through templates/*.html.j2 (toolkit.templating).

Only a ladder that passed ``validate`` may be rendered: a broken ladder renders nothing at all.
Interface words come from the shared string catalogue of the page's language (keys ``ladder_…``);
the words JavaScript needs are written into data-* attributes, so the script never picks a language.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

import markdown
from markupsafe import Markup

from ..templating import template as _template
from .model import Ladder

STORAGE_PREFIX = "ic-ladder:"


@lru_cache(maxsize=1024)  # pure; the same texts come back on every page that shows the ladder
def inline_markdown(text: str) -> Markup:
    """Inline Markdown (links with {lang=en}, raw <span lang="en">) without the wrapping paragraph."""
    html = markdown.markdown(text, extensions=["attr_list"], output_format="html")
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


def dom_id(ladder: Ladder, rung_id: str | None = None) -> str:
    """Element ids, the same in both languages so a trainer's link works in either."""
    return f"ladder-{ladder.id}" + (f"-{rung_id}" if rung_id else "")


def _view(ladder: Ladder, language: str) -> dict:
    groups = {g.id: g for g in ladder.groups}
    band = {g.id: i for i, g in enumerate(ladder.groups, start=1)}
    rungs = []
    total = len(ladder.rungs)
    for step, rung in reversed(list(enumerate(ladder.rungs, start=1))):
        above = ladder.rungs[step] if step < total else None
        rungs.append({
            "id": rung.id,
            "dom_id": dom_id(ladder, rung.id),
            "step": step,
            "label": rung.label.get(language),
            "meaning": rung.meaning.get(language),
            "next_step": rung.next_step.get(language),
            "is_top": above is None,
            "group_id": rung.group,
            "group": groups[rung.group].label.get(language),
            "band": band[rung.group],
            # The group's name is shown once, above its top rung (the list runs top to bottom).
            "group_starts": above is None or above.group != rung.group,
        })
    return {
        "ladder_id": ladder.id,
        "dom_id": dom_id(ladder),
        "title": ladder.title.get(language),
        "credit": inline_markdown(ladder.credit.get(language)) if ladder.credit else None,
        "rungs": rungs,
        "total": total,
        "bottom": ladder.rungs[0].label.get(language),
        "statements": [{
            "rung": s.rung,
            "step": ladder.step(s.rung),
            "rung_label": ladder.rung(s.rung).label.get(language),
            "text": s.text.get(language),
            "dom_id": f"{dom_id(ladder)}-statement-{s.rung}",
        } for s in ladder.statements],
        "storage_key": STORAGE_PREFIX + ladder.id,
        "language": language,
    }


def _format(template: str, **values) -> str:
    return template.format(**values)


def render_ladder(ladder: Ladder, language: str, text: Mapping[str, str]) -> str:
    return _render("ladder", ladder, language, tuple(sorted(text.items())))


def render_assessment(ladder: Ladder, language: str, text: Mapping[str, str]) -> str:
    return _render("assessment", ladder, language, tuple(sorted(text.items())))


@lru_cache(maxsize=64)
def _render(template: str, ladder: Ladder, language: str, text: tuple) -> str:
    # Pure and keyed by everything it reads (ladders are frozen): a ladder placed on many pages is
    # rendered once per language.
    return _template("ladder", template).render(
        **_view(ladder, language), t=dict(text), format=_format).strip()
