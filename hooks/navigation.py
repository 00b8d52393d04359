"""Navigation order, guide names and the home page's list of guides, all from front matter.

on_nav runs at priority -110, after mkdocs-static-i18n (-100) has replaced the nav with the current
language's pages (and sorted it by title), so the order set here is the one that gets rendered.

on_page_context gives each page's template its own trimmed copy of the navigation: the page's guide in
full, every other guide as one link to its first page (toolkit.navigation.trim). The shared nav object is
never changed, so previous/next links, the sitemap and the guide list still see every page. The other
guides' links are written by on_post_page in place of one stand-in link, not by the theme's template.
Material's navigation.prune gives the same menu through that template, and measured slower and heavier
(bench/README.md: at 100 guides 17.2 s against 13.0 s, a guide page 92.1 KiB against 50.0 KiB raw).
"""

from __future__ import annotations

import copy
import re

from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.nav import Link, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url, normalize_url

from toolkit import markers, navigation, state

log = get_plugin_logger("toolkit")
GUIDE_LIST_MARKER = markers.example("guide-list")  # the form the checks accept (toolkit.markers)


def _meta(page: Page) -> dict:
    return state.current().source_of(page).meta


def _entry(item) -> navigation.Entry:
    page = item if isinstance(item, Page) else next(
        (c for c in item.children if isinstance(c, Page) and c.file.name == "index"), None)
    if page is None:
        return navigation.Entry(False, None, item.title)
    meta = _meta(page)
    try:
        order = navigation.parse_order(meta.get("order"), page.file.src_uri)
    except ValueError:
        order = None  # reported by hooks/checks.py (toolkit.checks.front_matter), once
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


@event_priority(-110)
def on_nav(nav, config, files):
    nav.items = _sort(nav.items)
    nav.pages = navigation.pages_of(nav.items)
    # Previous/next links follow the learning path, so they must be recomputed after sorting.
    bookended = [None, *nav.pages, None]
    for before, page, after in zip(bookended, nav.pages, bookended[2:]):
        page.previous_page, page.next_page = before, after
    return nav


def _as_link(section) -> Link:
    target = navigation.first_page(section)
    # A section with no page at all has nothing to link to; an empty link list item is harmless.
    return Link(section.title, target.url if target is not None else "")


# Stand-in for a run of other guides' links: the theme renders it as one ordinary link, and on_post_page
# writes the run's links in its place. An absolute URL, so the theme leaves it as it is; should one ever
# survive, it fails the build below and the tests' third-party-URL check.
_FOLD_URL = "https://ic-nav-fold.invalid/"
_FOLD_ITEM = re.compile(r'<li class="md-nav__item">\s*<a href="' + re.escape(_FOLD_URL)
                        + r'(\d+)" class="md-nav__link">.*?</a>\s*</li>', re.S)


def _trimmed(nav, page):
    # One link per section for the whole build, kept in the build's state (the sections live as long):
    # every page would otherwise look up the first page of every other guide again.
    links = state.current().of("navigation").setdefault("section_links", {})

    def as_link(section) -> Link:
        if id(section) not in links:
            links[id(section)] = _as_link(section)
        return links[id(section)]

    folds: list[tuple[navigation.NavLink, ...]] = []

    def fold(run: tuple) -> Link:
        folds.append(tuple(navigation.NavLink(link.title, normalize_url(link.url, page=page)) for link in run))
        return Link(f"ic-nav-fold-{len(folds) - 1}", f"{_FOLD_URL}{len(folds) - 1}")

    # A shallow copy: the template reads .items (and .homepage); the pages themselves are shared.
    view = copy.copy(nav)
    view.items = navigation.trim(nav.items, as_link, fold)
    # For on_post_page, which writes them; dropped there (memory at 100 guides).
    state.current().page("navigation", page.file.src_uri)["folds"] = tuple(folds)
    return view


def on_page_context(context, page, config, nav):
    context["nav"] = _trimmed(nav, page)
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
    html = navigation.guide_list_html(guides, state.current().strings()["guide_list_empty"])
    page.content = page.content.replace(GUIDE_LIST_MARKER, html)
    return context


def on_post_page(output, page, config):
    # Taken off the page once written: 1,200 pages holding 100 links each would stay in memory all build.
    folds = state.current().drop_page("navigation", page.file.src_uri).get("folds", ())
    if not folds:
        return output
    written = set()

    def write(match: re.Match) -> str:
        written.add(int(match.group(1)))
        return navigation.links_html(folds[int(match.group(1))])

    output = _FOLD_ITEM.sub(write, output)
    if len(written) != len(folds):
        # The theme's markup for a link changed: the other guides would vanish from the menu unnoticed.
        log.error(f"{page.file.src_uri}: the navigation's links to other guides could not be written "
                  f"(the theme's markup for a navigation link is not the one hooks/navigation.py expects)")
    return output
