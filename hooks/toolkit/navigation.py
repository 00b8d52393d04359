"""Order of the navigation and the list of guides, from each page's front matter.

A guide is a folder of docs/ with an index.md. Its pages are ordered by their `order:` front matter
(index first), and the guide's name in the navigation is the index page's `guide:` front matter, so a
new guide needs Markdown files only: no nav entry in mkdocs.yml, no code.

Each page's menu holds its own guide in full and every other guide as one link: Material's
`navigation.prune` (mkdocs.yml), not code of ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Entry:
    """What the navigation needs to know about one page, from its front matter."""

    is_index: bool
    order: float | None
    title: str | None


def sort_key(entry: Entry) -> tuple:
    """Index pages first, then pages with an `order`, in that order, then the rest by title."""
    return (
        0 if entry.is_index else 1,
        0 if entry.order is not None else 1,
        entry.order if entry.order is not None else 0,
        (entry.title or "").casefold(),
    )


def parse_order(value, path: str):
    """`order:` must be a number; anything else is an authoring mistake."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{path}: front matter 'order' must be a number, not {value!r}")
    return float(value)


@dataclass(frozen=True)
class Guide:
    title: str
    description: str
    link: str  # Markdown link target relative to the page that lists the guides


def guide_list_html(guides: list[Guide], empty_text: str) -> str:
    if not guides:
        return f'<p class="ic-guide-list__empty">{escape(empty_text)}</p>'
    items = "\n".join(
        f'<li class="ic-guide-list__item"><a class="ic-guide-list__link" href="{escape(g.link)}">'
        f"{escape(g.title)}</a>"
        + (f'<p class="ic-guide-list__description">{escape(g.description)}</p>' if g.description else "")
        + "</li>"
        for g in guides
    )
    return f'<ul class="ic-guide-list">\n{items}\n</ul>'
