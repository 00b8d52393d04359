"""Search in the reader's language, indexed by us and loaded only when the reader starts a search.

Material for MkDocs writes one `search/search_index.json` for the whole site; mkdocs-static-i18n fills it
with every language's pages (so Welsh readers got English results) and de-duplicates it by comparing every
English entry with every Welsh one (slow at scale; switched off with `reconfigure_search: false`).
Material indexes each page with html.parser, slowly, and indexes the quizzes' answers with the questions.
Its script also downloads the index, and its search worker, when any page loads.

This package, without MkDocs:

- `indexer.entries` (parse): a page's content → its search entries, as Material makes them, faster, and
  without what is marked `data-search-exclude` (the quizzes' answers, the ladder's key);
- `language_index` (parse): one build's entries → that language's index, with a search configuration
  that suits the language (lunr.js has no Welsh stemmer or stop words; the English ones would damage Welsh),
  and for Welsh the mutation rules and each entry's radicals (`mutations`);
- `problems_of` (validate): entries in the wrong language's index;
- `rewrite_page` (render): points a page's search at a small worker that loads Material's search engine on
  the first query. search.js, linked through toolkit.assets with the address of the page language's index
  (`index_path`), holds back the index request until the reader starts a search and sends it there.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from types import MappingProxyType

from ..problems import Problem
from . import mutations
from .indexer import Entry

SHARED_INDEX = "search/search_index.json"  # where Material's script looks, for every language
WORKER = "assets/search/worker.js"

# Per-language search settings, written into that language's index (Material's worker reads them there).
# Welsh: no lunr pipeline at all. lunr.js has no Welsh stemmer; the English stemmer would cut Welsh words
# wrongly, its stop-word list holds Welsh words ("a", "i", "am"), and its trimmer strips letters such as
# ŵ and ŷ (it treats them as punctuation). Prefix matching still finds "cydgynhyrch" in "cydgynhyrchu".
# `mutations`: Welsh initial mutations (toolkit.search.mutations): each entry gets a `mutations` field
# (its words' possible radicals, searched at MUTATIONS_BOOST, below the text's 1, so exact forms rank
# first), and the table goes into the index for the search worker, which expands the reader's query.
LANGUAGE_SETTINGS = MappingProxyType({
    "cy": MappingProxyType({"pipeline": (), "mutations": mutations.TABLE}),
})
MUTATIONS_FIELD = "mutations"
MUTATIONS_BOOST = 0.1


# The keys of Material's search configuration that its worker reads from the index.
CONFIG_KEYS = ("lang", "separator", "pipeline", "fields")


@dataclass(frozen=True)
class LanguageIndex:
    language: str
    path: str  # site-relative path of the file, e.g. "cy/search/search_index.json"
    config: MappingProxyType
    docs: tuple[Entry, ...]


def index_path(language: str, default: str) -> str:
    """The default language keeps Material's address, so its index also works without search.js."""
    return SHARED_INDEX if language == default else f"{language}/{SHARED_INDEX}"


def language_of(location: str, languages: tuple[str, ...], default: str) -> str:
    first = location.split("/", 1)[0].split("#", 1)[0]
    return first if first in languages and first != default else default


# ---- parse -----------------------------------------------------------------------------------------------

def language_index(language: str, default: str, config: dict, docs) -> LanguageIndex:
    """One language's index: its entries in page order, Material's search configuration (`config`, the
    search plugin's settings) with the language's own settings over it."""
    settings = {key: config[key] for key in CONFIG_KEYS if key in config}
    own = LANGUAGE_SETTINGS.get(language, {})
    settings.update({k: _plain(v) for k, v in own.items()})
    docs = tuple(docs)
    if "mutations" in own:
        settings["fields"] = {**settings.get("fields", {}), MUTATIONS_FIELD: {"boost": MUTATIONS_BOOST}}
        docs = _with_mutations(docs)
    return LanguageIndex(language, index_path(language, default), MappingProxyType(settings), docs)


def _plain(value):
    """A setting as JSON holds it (the settings are frozen: tuples and mapping proxies)."""
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, MappingProxyType | dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _with_mutations(docs: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """Each entry with its words' possible radicals that join words (toolkit.search.mutations.joining)."""
    vocabulary = frozenset(word for entry in docs for text in (entry.title, entry.text)
                           for word in mutations.words(text))
    keep = mutations.joining(vocabulary)
    result = []
    for entry in docs:
        radicals = mutations.field((entry.title, entry.text), vocabulary, keep)
        result.append(Entry(entry.location, entry.title, entry.text,
                            entry.extra + ((MUTATIONS_FIELD, radicals),)) if radicals else entry)
    return tuple(result)


def to_json(index: LanguageIndex) -> str:
    # Compact separators: the file is downloaded by readers, and it is what they wait for. default=str as
    # Material's own index: front matter may hold dates or other values JSON has no type for.
    return json.dumps({"config": dict(index.config), "docs": [entry.as_json() for entry in index.docs]},
                      ensure_ascii=False, separators=(",", ":"), default=str)


# ---- validate --------------------------------------------------------------------------------------------

def problems_of(index: LanguageIndex, languages: tuple[str, ...], default: str) -> list[Problem]:
    """Each language's index holds its own pages only: mkdocs-static-i18n runs one build per language, and
    an entry from another build would give a Welsh reader English results (or the reverse)."""
    if index.language not in languages:
        return [Problem(index.path, f"is for '{index.language}', which is not a built language "
                                    f"({', '.join(languages)})")]
    strays = [e.location for e in index.docs if language_of(e.location, languages, default) != index.language]
    if not strays:
        return []
    return [Problem(index.path, f"holds {len(strays)} entr{'y' if len(strays) == 1 else 'ies'} of another "
                                f"language's pages, e.g. '{strays[0]}'; each language's index must hold "
                                f"only its own pages")]


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


def rewrite_page(html: str, page_url: str, absolute_root: str | None = None) -> str:
    """Point the page's search engine at our worker, which loads Material's engine lazily. Pages without
    search are left as they are.

    `absolute_root` (e.g. "/toolkit/") writes absolute URLs instead, for pages served at any address (404).
    """
    match = _CONFIG.search(html)
    if not match or not _BUNDLE.search(html) or 'name="search"' not in html:
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
    return html[:match.start(2)] + new_config + html[match.end(2):]
