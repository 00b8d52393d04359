"""Search in the reader's language, fetched only when the reader starts a search (toolkit.search_lang).

- mkdocs.yml sets the i18n plugin's `reconfigure_search: false`: its de-duplication compares every English
  entry with every Welsh one, and is pointless here because every page has its own twin.
- on_post_build, after the i18n plugin (-100) has written the site-wide index in the outer build, splits
  it into search/search_index.json (English) and cy/search/search_index.json (Welsh).
- on_post_page / on_post_template (404 pages) point each page's search at its language's index, through
  overrides/assets/search/search.js (holds the request back until the reader starts a search) and
  overrides/assets/search/worker.js (loads Material's search engine only then).
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority, get_plugin_logger

from toolkit import search_lang, strings

log = get_plugin_logger("toolkit")


def _languages(config) -> tuple[tuple[str, ...], str]:
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return (config.theme.get("language", "en"),), config.theme.get("language", "en")
    return tuple(i18n.build_languages), i18n.default_language


def on_post_page(output, page, config):
    languages, default = _languages(config)
    return search_lang.rewrite_page(output, page.url, strings.language_of(page), default)


# Before hooks/a11y.py (50) and hooks/not_found.py (0), which writes the Welsh 404 page itself.
@event_priority(60)
def on_post_template(output, template_name, config):
    if template_name != "404.html":
        return output
    languages, default = _languages(config)
    language = config.theme.get("language", default)
    root = urlsplit(config.site_url or "/").path or "/"
    return search_lang.rewrite_page(output, "404.html", language if language in languages else default,
                                    default, absolute_root=root)


# After mkdocs-static-i18n (-100), which writes the site-wide index at the end of the outer build.
@event_priority(-200)
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # a nested per-language build: the site-wide index is not complete yet
    site = Path(config.site_dir)
    source = site / search_lang.SHARED_INDEX
    if not source.is_file():
        return  # the search plugin is off
    index = json.loads(source.read_text(encoding="utf-8"))
    languages, default = _languages(config)
    problems = search_lang.problems_of(index, languages)
    for problem in problems:
        log.error(str(problem))
    if problems:
        return
    for part in search_lang.split(index, languages, default):
        target = site / part.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(search_lang.to_json(part), encoding="utf-8")
