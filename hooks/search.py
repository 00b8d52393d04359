"""Search in the reader's language, indexed by us, fetched only when the reader starts a search
(toolkit.search).

- on_pre_build starts this build's index, in the build's state (toolkit.state: mkdocs-static-i18n runs
  the Welsh build inside the English build's on_post_build, -100, so each build has its own).
- on_page_context (90, before Material's search plugin at 0) indexes page.content with
  toolkit.search.indexer, which leaves out what is marked `data-search-exclude` (the quizzes'
  answers), and removes those marks. It then sets the page's `search: {exclude: true}`, so Material's
  plugin, which would parse the page again with html.parser, skips it; _restore_search (-1, right after
  Material's handler) puts the author's front matter back. Material's plugin stays on: its search box and
  search worker come with it.
- on_post_build (-200, after mkdocs-static-i18n, which then rewrites search/search_index.json from
  Material's entries, now none) writes this build's language index: search/search_index.json (English)
  or cy/search/search_index.json (Welsh). mkdocs.yml sets the i18n plugin's `reconfigure_search: false`:
  its de-duplication compares every English entry with every Welsh one.
- on_page_context (default priority) / on_template_context (404 pages) link the search component
  (toolkit.assets) with this language's index: overrides/assets/search/search.js holds the index request
  back until the reader starts a search and sends it there; results-lang.js marks each result's language.
  on_post_page / on_post_template point Material's search engine at overrides/assets/search/worker.js,
  which loads Material's engine only then.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import CombinedEvent, event_priority, get_plugin_logger

from toolkit import assets, search, state
from toolkit.search import indexer

log = get_plugin_logger("toolkit")
_ABSENT = object()  # the front matter has no `search`


@dataclass(frozen=True)
class _Index:
    """This build's index, kept in the build's state (toolkit.state)."""
    config: dict  # Material's search settings (lang, separator, pipeline, fields)
    entries: list = field(default_factory=list)


def _index() -> _Index | None:
    return state.current().of("search").get("index")  # None: the search plugin is off


def _search_plugin(config):
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    return plugin if plugin is not None and plugin.config.get("enabled", True) else None


def on_pre_build(config):
    plugin = _search_plugin(config)
    if plugin is not None:
        state.current().of("search")["index"] = _Index({key: plugin.config[key] for key in search.CONFIG_KEYS})


def _anchors(toc, found: dict) -> dict:
    """Heading id → its link, the first in document order (as Material looks it up)."""
    for anchor in toc:
        found.setdefault(anchor.id, anchor.url)
        _anchors(anchor.children, found)
    return found


@event_priority(90)
def _index_page(context, page, config, nav):
    build = _index()
    if build is not None:
        meta = page.meta
        build.entries.extend(indexer.entries(page.content or "", page.url, str(meta.get("title", page.title)),
                                             _anchors(page.toc, {}), meta.get("search"), meta.get("tags")))
        # Material's plugin skips a page whose front matter says so; the author's value is back at -1.
        own = meta.get("search", _ABSENT)
        state.current().page("search", page.file.src_uri)["own"] = own
        meta["search"] = {**(own if isinstance(own, dict) else {}), "exclude": True}
    if page.content:
        page.content = indexer.strip_markers(page.content)
    return context


@event_priority(-1)
def _restore_search(context, page, config, nav):
    kept = state.current().drop_page("search", page.file.src_uri)
    if "own" not in kept:
        return context  # search is off, or the page was not indexed by us
    own = kept["own"]
    if own is _ABSENT:
        page.meta.pop("search", None)
    else:
        page.meta["search"] = own
    return context


def _use(key: str) -> None:
    build = state.current()
    if _index() is None:
        return  # the search plugin is off
    catalogue = build.strings()
    assets.use(build.page(assets.STATE, key), "search",
               index=assets.Site(search.index_path(build.language, build.languages.default)),
               shared=assets.Site(search.SHARED_INDEX), root=assets.Site(""),
               results=assets.Later("assets/search/results-lang.js"),
               languages=json.dumps([{"code": code, "prefix": build.languages.prefix(code),
                                      "name": catalogue[f"a11y_language_{code}"],
                                      "none": catalogue[f"search_none_in_{code}"],
                                      "search": catalogue[f"search_in_{code}"]}
                                     for code in build.languages.codes], ensure_ascii=False))


def _link_assets(context, page, config, nav):
    _use(page.file.src_uri)
    return context


on_page_context = CombinedEvent(_index_page, _link_assets, _restore_search)


def on_template_context(context, template_name, config):
    if template_name == assets.NOT_FOUND:
        _use(assets.NOT_FOUND)
    return context


def on_post_page(output, page, config):
    return search.rewrite_page(output, page.url)


# Before hooks/a11y.py (50) and hooks/not_found.py (0), which writes the Welsh 404 page itself.
@event_priority(60)
def on_post_template(output, template_name, config):
    if template_name != "404.html":
        return output
    root = urlsplit(config.site_url or "/").path or "/"
    return search.rewrite_page(output, "404.html", absolute_root=root)


# After mkdocs-static-i18n (-100), which rewrites search/search_index.json at the end of the outer build.
@event_priority(-200)
def on_post_build(config):
    build = _index()
    if build is None:
        return  # the search plugin is off
    running = state.current()
    langs = running.languages
    index = search.language_index(running.language, langs.default, build.config, build.entries)
    problems = search.problems_of(index, langs.codes, langs.default)
    for problem in problems:
        log.error(str(problem))
    if problems:
        return
    target = Path(config.site_dir) / index.path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(search.to_json(index), encoding="utf-8")
