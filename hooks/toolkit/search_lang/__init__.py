"""Search in the reader's language, loaded only when the reader starts a search.

Material for MkDocs writes one `search/search_index.json` for the whole site, and mkdocs-static-i18n fills
it with every language's pages (so Welsh readers got English results), then de-duplicates it by comparing
every English entry with every Welsh one (slow at scale; switched off with `reconfigure_search: false`).
Material's script also downloads that index, and its search worker, when any page loads.

This package, without MkDocs:

- `split` (parse): the site-wide index → one index per language, each with a search configuration that
  suits the language (lunr.js has no Welsh stemmer or stop words; the English ones would damage Welsh);
- `problems_of` (validate): entries that belong to no built language;
- `rewrite_page` (render): points a page's search at its language's index and at a small worker that
  loads Material's search engine on the first query, and loads search.js, which holds back the index
  request until the reader starts a search.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from html import escape
from types import MappingProxyType

from ..problems import Problem

SHARED_INDEX = "search/search_index.json"  # where Material's script looks, for every language
SHIM = "assets/search/search.js"
WORKER = "assets/search/worker.js"

# Per-language search settings, written into that language's index (Material's worker reads them there).
# Welsh: no lunr pipeline at all. lunr.js has no Welsh stemmer; the English stemmer would cut Welsh words
# wrongly, its stop-word list holds Welsh words ("a", "i", "am"), and its trimmer strips letters such as
# ŵ and ŷ (it treats them as punctuation). Prefix matching still finds "cydgynhyrch" in "cydgynhyrchu".
LANGUAGE_SETTINGS = MappingProxyType({
    "cy": MappingProxyType({"pipeline": ()}),
})


@dataclass(frozen=True)
class LanguageIndex:
    language: str
    path: str  # site-relative path of the file, e.g. "cy/search/search_index.json"
    config: MappingProxyType
    docs: tuple


def index_path(language: str, default: str) -> str:
    """The default language keeps Material's address, so its index also works without search.js."""
    return SHARED_INDEX if language == default else f"{language}/{SHARED_INDEX}"


def language_of(location: str, languages: tuple[str, ...], default: str) -> str:
    first = location.split("/", 1)[0].split("#", 1)[0]
    return first if first in languages and first != default else default


# ---- parse -----------------------------------------------------------------------------------------------

def split(index: dict, languages: tuple[str, ...], default: str) -> tuple[LanguageIndex, ...]:
    """One index per built language, in the order of `languages`; entries keep their order."""
    docs: dict[str, list] = {language: [] for language in languages}
    for entry in index.get("docs", []):
        docs.setdefault(language_of(entry.get("location", ""), languages, default), []).append(entry)
    result = []
    for language in languages:
        config = dict(index.get("config", {}))
        config.update({k: list(v) if isinstance(v, tuple) else v
                       for k, v in LANGUAGE_SETTINGS.get(language, {}).items()})
        result.append(LanguageIndex(language, index_path(language, default), MappingProxyType(config),
                                    tuple(docs[language])))
    return tuple(result)


def to_json(index: LanguageIndex) -> str:
    # Compact separators: the file is downloaded by readers, and it is what they wait for.
    return json.dumps({"config": dict(index.config), "docs": list(index.docs)}, ensure_ascii=False,
                      separators=(",", ":"))


# ---- validate --------------------------------------------------------------------------------------------

def problems_of(index: dict, languages: tuple[str, ...]) -> list[Problem]:
    """The site-wide index must exist and be Material's shape; otherwise search would silently be empty."""
    if not isinstance(index, dict) or not isinstance(index.get("docs"), list) or "config" not in index:
        return [Problem(SHARED_INDEX, "is not a Material search index (expected 'config' and 'docs'); "
                                      "is the 'search' plugin listed before 'i18n' in mkdocs.yml?")]
    if not languages:
        return [Problem(SHARED_INDEX, "no built language to split the search index into")]
    return []


# ---- render ----------------------------------------------------------------------------------------------

_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
_BUNDLE = re.compile(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js"></script>')


def page_dir(page_url: str) -> str:
    """The folder a page's relative links start from ("" for the home page)."""
    if page_url == "" or page_url.endswith("/"):
        return page_url
    return posixpath.dirname(page_url) + "/" if "/" in page_url else ""


def site_path(page_url: str, relative: str) -> str:
    """Site-relative path of a URL written relative to a page."""
    return posixpath.normpath(posixpath.join(page_dir(page_url), relative)).lstrip("./") or "."


def relative(page_url: str, target: str) -> str:
    """`target` (site-relative) as seen from the page; works for directory and .html URLs alike."""
    base = page_dir(page_url).rstrip("/") or "."
    return posixpath.relpath(target, base)


def rewrite_page(html: str, page_url: str, language: str, default: str, absolute_root: str | None = None) -> str:
    """Point the page's search at its language's index, lazily. Pages without search are left as they are.

    `absolute_root` (e.g. "/toolkit/") writes absolute URLs instead, for pages served at any address (404).
    """
    match = _CONFIG.search(html)
    bundle = _BUNDLE.search(html)
    if not match or not bundle or 'name="search"' not in html:
        return html
    config = json.loads(match.group(2))
    engine = config.get("search")
    if not engine:
        return html
    if absolute_root is not None:
        engine_path = posixpath.normpath(engine).lstrip("/")[len(absolute_root.strip("/")):].lstrip("/")
        link = lambda target: absolute_root + target  # noqa: E731
    else:
        engine_path = site_path(page_url, engine)
        link = lambda target: relative(page_url, target)  # noqa: E731
    engine_from_worker = posixpath.relpath(engine_path, posixpath.dirname(WORKER))
    config["search"] = f"{link(WORKER)}?engine={engine_from_worker}"
    new_config = json.dumps(config, sort_keys=True).replace("</", "<\\/")
    html = html[:match.start(2)] + new_config + html[match.end(2):]
    # search.js must run before Material's bundle, which asks for the index as soon as it starts; it is
    # small and sits at the end of <body>, so it delays nothing the reader sees.
    tag = (f'<script src="{escape(link(SHIM))}" data-index="{escape(link(index_path(language, default)))}" '
           f'data-shared="{escape(link(SHARED_INDEX))}"></script>\n')
    bundle = _BUNDLE.search(html)
    return html[:bundle.start()] + tag + html[bundle.start():]
