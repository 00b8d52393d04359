"""Order of the navigation and the list of guides, from each page's front matter.

A guide is a folder of docs/ with an index.md. Its pages are ordered by their `order:` front matter
(index first), and the guide's name in the navigation is the index page's `guide:` front matter, so a
new guide needs Markdown files only: no nav entry in mkdocs.yml, no code.

Each page shows its own guide in full and every other guide as one link (`trim`): the theme would
otherwise write every page of every guide into every page, so page size and build time would grow with
the square of the number of pages. (Material's `navigation.prune` gives the same menu, but through the
theme's template for every other guide: measured slower and heavier in bench/README.md.)
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")


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


def trim(items: Sequence[T], as_link: Callable[[T], T],
         fold: Callable[[tuple[T, ...]], T] | None = None) -> list[T]:
    """The top level of the navigation for one page: the section holding the page (``active``) whole,
    every other section replaced by ``as_link(section)``; single pages and links are kept as they are.

    With ``fold``, each run of consecutive replaced sections becomes ``fold(links)``: one item standing
    for the whole run, which the caller writes out itself (the theme's per-item template costs ~50 µs,
    a hundred guides' links on every page cost more than the rest of the navigation).

    Items are duck-typed (MkDocs nav objects or test stand-ins): a section has ``children``; ``active``
    is set on the page being built and on the sections that hold it.
    """
    result: list[T] = []
    run: list[T] = []  # links of the replaced sections since the last kept item

    def flush() -> None:
        if run and fold is None:
            result.extend(run)
        elif run:
            result.append(fold(tuple(run)))
        run.clear()

    for item in items:
        if getattr(item, "children", None) and not getattr(item, "active", False):
            run.append(as_link(item))
        else:
            flush()
            result.append(item)
    flush()
    return result


@dataclass(frozen=True)
class NavLink:
    title: str
    href: str  # already relative to the page it is written into


def links_html(links: Sequence[NavLink]) -> str:
    """Links to other guides, as the theme writes a navigation link (same elements and classes, so its
    styles and scripts treat them alike), without the template's indentation."""
    return "".join(
        f'<li class="md-nav__item"><a href="{escape(link.href)}" class="md-nav__link">'
        f'<span class="md-ellipsis">{escape(link.title, quote=False)}</span></a></li>'
        for link in links)


def first_page(item):
    """The page a collapsed section links to: its index page, else its first page, else None."""
    children = getattr(item, "children", None)
    if not children:
        return item if getattr(item, "url", None) is not None else None
    index = next((c for c in children if not getattr(c, "children", None)
                  and getattr(c, "is_index", False)), None)
    if index is not None:
        return index
    for child in children:
        found = first_page(child)
        if found is not None:
            return found
    return None


def pages_of(items) -> list:
    """Every page of a navigation tree, in order (MkDocs' sections walked, external links left out)."""
    found = []
    for item in items:
        if getattr(item, "is_page", False):
            found.append(item)
        elif getattr(item, "is_section", False):
            found.extend(pages_of(item.children))
    return found
