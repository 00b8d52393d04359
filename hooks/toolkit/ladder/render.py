"""Ladder and self-assessment HTML, in one language, through templates/*.html.j2 (toolkit.templating).

Only a ladder that passed ``validate`` may be rendered: a broken ladder renders nothing at all.
Its sentences (the credit, each rung's meaning and next step, the statements) are inline Markdown: they
are converted by the page's own Markdown (toolkit.markdown_ext: the page's extensions, link checks and
link rewriting) and arrive here as HTML, by the names ``texts`` gives them. Names (title, rung and group
labels) are plain text, escaped by the template: they are also used in attributes and sentences.
Interface words come from the shared string catalogue of the page's language (keys ``ladder_…``);
the words JavaScript needs are written into data-* attributes, so the script never picks a language.
"""

from __future__ import annotations

from typing import Mapping

from markupsafe import Markup

from ..templating import template
from .model import Ladder
from .placement import ASSESSMENT, LADDER

STORAGE_PREFIX = "ic-ladder:"


def dom_id(ladder: Ladder, rung_id: str | None = None) -> str:
    """Element ids, the same in both languages so a trainer's link works in either."""
    return f"ladder-{ladder.id}" + (f"-{rung_id}" if rung_id else "")


def texts(kind: str, ladder: Ladder, language: str) -> dict[str, str]:
    """The Markdown texts the ladder (LADDER) or its self-assessment (ASSESSMENT) shows, by name."""
    found = {}
    if kind == LADDER:
        found["credit"] = ladder.credit.get(language) if ladder.credit else ""
        for rung in ladder.rungs:
            found[f"{rung.id}-meaning"] = rung.meaning.get(language)
            found[f"{rung.id}-next-step"] = rung.next_step.get(language)
    else:
        found.update((f"statement-{s.rung}", s.text.get(language)) for s in ladder.statements)
    return {name: text for name, text in found.items() if text}


def view(ladder: Ladder, language: str, html: Mapping[str, str]) -> dict:
    """What the templates show of the ladder in `language` (the trainer's worksheets use it too)."""
    def text(name: str) -> Markup:
        return Markup(html.get(name, ""))

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
            "meaning": text(f"{rung.id}-meaning"),
            "next_step": text(f"{rung.id}-next-step"),
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
        "credit": text("credit") or None,
        "rungs": rungs,
        "total": total,
        "bottom": ladder.rungs[0].label.get(language),
        "statements": [{
            "rung": s.rung,
            "step": ladder.step(s.rung),
            "rung_label": ladder.rung(s.rung).label.get(language),
            "text": text(f"statement-{s.rung}"),
            "dom_id": f"{dom_id(ladder)}-statement-{s.rung}",
        } for s in ladder.statements],
        "storage_key": STORAGE_PREFIX + ladder.id,
        "language": language,
    }


def _format(template: str, **values) -> str:
    return template.format(**values)


def render(kind: str, ladder: Ladder, language: str, text: Mapping[str, str], html: Mapping[str, str],
           guide: str = "") -> str:
    """The ladder or its self-assessment; `html` maps each of `texts`' names to its converted HTML.
    `guide` (the page's guide folder, the same in every language) files the self-assessment's result in
    the reader's learning record (ic.record)."""
    name = {LADDER: "ladder", ASSESSMENT: "assessment"}[kind]
    return template("ladder", name).render(
        **view(ladder, language, html), t=dict(text), format=_format, guide=guide).strip()
