"""Navigation order, guide names and the home page's list of guides, all from front matter.

on_nav runs at priority -110, after mkdocs-static-i18n (-100) has replaced the nav with the current
language's pages (and sorted it by title), so the order set here is the one that gets rendered.

Each page's menu shows its own guide in full and every other guide as one link to its first page:
that is Material's `navigation.prune` feature (mkdocs.yml), measured against our own trimming in
bench/README.md; the nav object itself stays whole, so previous/next links and the guide list see every page.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from toolkit import frontmatter, navigation, strings

log = get_plugin_logger("toolkit")
GUIDE_LIST_MARKER = "<!-- toolkit:guide-list -->"


def _meta(page: Page) -> dict:
    meta, _, _ = frontmatter.split(Path(page.file.abs_src_path).read_text(encoding="utf-8"))
    return meta


def _entry(item) -> navigation.Entry:
    page = item if isinstance(item, Page) else next(
        (c for c in item.children if isinstance(c, Page) and c.file.name == "index"), None)
    if page is None:
        return navigation.Entry(False, None, item.title)
    meta = _meta(page)
    try:
        order = navigation.parse_order(meta.get("order"), page.file.src_uri)
    except ValueError as error:
        log.error(str(error))
        order = None
    is_index = isinstance(item, Page) and (page.file.name == "index")
    return navigation.Entry(is_index, order, meta.get("title") or item.title)


def _sort(items: list) -> list:
    for item in items:
        if isinstance(item, Section):
            index = next((c for c in item.children if isinstance(c, Page) and c.file.name == "index"), None)
            if index is not None:
                meta = _meta(index)
                item.title = meta.get("guide") or meta.get("title") or item.title
            item.children = _sort(item.children)
    return sorted(items, key=lambda item: navigation.sort_key(_entry(item)))


def _flatten(items: list) -> list[Page]:
    pages = []
    for item in items:
        if isinstance(item, Page):
            pages.append(item)
        elif isinstance(item, Section):
            pages.extend(_flatten(item.children))
    return pages


@event_priority(-110)
def on_nav(nav, config, files):
    nav.items = _sort(nav.items)
    nav.pages = _flatten(nav.items)
    # Previous/next links follow the learning path, so they must be recomputed after sorting.
    bookended = [None, *nav.pages, None]
    for before, page, after in zip(bookended, nav.pages, bookended[2:]):
        page.previous_page, page.next_page = before, after
    return nav


def on_page_context(context, page, config, nav):
    # The guide list needs the finished nav, which page events before this one do not receive.
    if GUIDE_LIST_MARKER not in (page.content or ""):
        return context
    guides = []
    for item in nav.items:
        index = isinstance(item, Section) and next(
            (c for c in item.children if isinstance(c, Page) and c.file.name == "index"), None)
        if index:
            guides.append(navigation.Guide(item.title, _meta(index).get("description", ""),
                                           get_relative_url(index.url, page.url)))
    html = navigation.guide_list_html(guides, strings.for_page(page)["guide_list_empty"])
    page.content = page.content.replace(GUIDE_LIST_MARKER, html)
    return context
