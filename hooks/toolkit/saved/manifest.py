"""Which files a saved guide needs, and its manifest (see the package's docstring)."""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping
from urllib.parse import parse_qs, urlsplit

# Tags whose address the page loads by itself (never <a href>: pages are listed, not followed).
_TAG = re.compile(r"<(link|script|img|source|video|audio)\b([^>]*)>", re.I)
_ATTR = re.compile(r'\s(href|src|rel)="([^"]*)"', re.I)
# Material's configuration names its search worker: "search": "../../assets/search/worker.js?engine=…"
_SEARCH = re.compile(r'"search":\s*"([^"]+)"')
# A script its component's script loads when needed (toolkit.assets.LATER): a setting on a script's tag
# whose value is one of our scripts with its hash (data-i18n-results="../../assets/search/results-lang.js?v=…").
_LATER = re.compile(r'\sdata-i18n-[a-z-]+="((?:\.\./)*assets/[^"?]+\.js\?v=[0-9a-f]+)"')
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+?)['"]?\s*\)""")
# A script that loads another by itself (the search worker: importScripts(new URL("mutations.js", …))).
_JS_FILE = re.compile(r"""["']([\w./-]+\.js)["']""")
_EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|//|#)", re.I)
_LINK_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload", "manifest"}


def resolve(href: str, base: str) -> str | None:
    """A relative address in the page at site URL `base` ("co-production/tips/"), as a URL relative to
    the site's root with its query kept ("assets/quiz/quiz.js?v=…"); None for another host, an absolute
    path (a page never writes one to our own files: the site may live under /toolkit/) or a fragment."""
    href = href.strip().replace("&amp;", "&")
    if not href or _EXTERNAL.match(href) or href.startswith("/"):
        return None
    parts = urlsplit(href)
    folder = base if base.endswith("/") or not base else posixpath.dirname(base) + "/"
    segments: list[str] = []
    for segment in (folder + parts.path).split("/")[:-1] + [parts.path.rsplit("/", 1)[-1]]:
        if segment == "..":
            if not segments:
                return None  # above the site's root: not one of our files
            segments.pop()
        elif segment not in (".", ""):
            segments.append(segment)
    path = "/".join(segments)
    if path and (parts.path.endswith("/") or parts.path.rsplit("/", 1)[-1] in (".", "..")):
        path += "/"
    return path + (f"?{parts.query}" if parts.query else "")


def file_of(url: str) -> str:
    """The built file a site URL is served from: "co-production/tips/" → "co-production/tips/index.html"."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    return path + "index.html" if path == "" or path.endswith("/") else path


def assets_of(html: str, page_url: str) -> list[str]:
    """The site URLs a built page loads by itself: stylesheets, icons, scripts, images, and the search
    worker with the engine it imports (Material starts them when the reader searches)."""
    found: list[str] = []
    for match in _TAG.finditer(html):
        attrs = {name.lower(): value for name, value in _ATTR.findall(match.group(2))}
        tag = match.group(1).lower()
        if tag == "link":
            rels = set(attrs.get("rel", "").lower().split())
            if not rels & _LINK_RELS:
                continue  # canonical, alternate, prev/next: other pages, not this page's files
            href = attrs.get("href")
        else:
            href = attrs.get("src")
        url = resolve(href, page_url) if href else None
        if url is not None:
            found.append(url)
    # A script its component's script loads when needed (toolkit.assets.LATER), from the URL on its tag.
    for url in _LATER.findall(html):
        later = resolve(url, page_url)
        if later is not None:
            found.append(later)
    for match in _SEARCH.finditer(html):
        worker = resolve(match.group(1), page_url)
        if worker is None:
            continue
        found.append(worker)
        for engine in parse_qs(urlsplit(worker).query).get("engine", []):
            imported = resolve(engine, worker.split("?", 1)[0])
            if imported is not None:
                found.append(imported)
    return list(dict.fromkeys(found))


def css_assets(css: str, css_url: str) -> list[str]:
    """The files a stylesheet loads (url(…)), as site URLs; data: URLs and other hosts are left out."""
    return list(dict.fromkeys(u for u in (resolve(m, css_url) for m in _CSS_URL.findall(css)) if u is not None))


def js_assets(js: str, js_url: str) -> list[str]:
    """The scripts a script may load by itself: every quoted "name.js" beside it, as a site URL. The
    caller keeps only those that are built files (`build` reads each), so a string that is no file
    costs nothing."""
    base = js_url.split("?", 1)[0]
    return list(dict.fromkeys(u for u in (resolve(m, base) for m in _JS_FILE.findall(js)) if u is not None))


def manifest_path(guide: str, language: str) -> str:
    """Where a guide's manifest is written, relative to the site's root."""
    return f"saved/{guide}.{language}.json"


@dataclass(frozen=True)
class Entry:
    url: str
    size: int
    hash: str


@dataclass(frozen=True)
class Manifest:
    guide: str
    language: str
    entries: tuple[Entry, ...]
    # What the worker shows without a page (its "not saved" page): the guide's title and first page, each
    # language's URL prefix and words. Part of the version: new words replace the saved ones too.
    extra: tuple[tuple[str, object], ...] = ()

    @property
    def size(self) -> int:
        return sum(entry.size for entry in self.entries)

    @property
    def version(self) -> str:
        """The hash of every entry: a changed, added or removed file gives a new version."""
        text = "\n".join([f"{e.url} {e.hash}" for e in self.entries]
                         + [json.dumps(dict(self.extra), sort_keys=True, ensure_ascii=False)])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> str:
        return json.dumps({"guide": self.guide, "language": self.language, "version": self.version,
                           "size": self.size, **dict(self.extra),
                           "files": [{"url": e.url, "size": e.size, "hash": e.hash} for e in self.entries]},
                          ensure_ascii=False, separators=(",", ":"))


def digest(content: bytes) -> str:
    """The content hash the worker checks each downloaded file against (SHA-256, first 16 hex digits)."""
    return hashlib.sha256(content).hexdigest()[:16]


def build(guide: str, language: str, pages: Iterable[str], read: Callable[[str], bytes | None],
          extra: Mapping[str, object] | None = None) -> Manifest:
    """The manifest of a guide in one language: `pages` (site URLs: the guide's pages, its home page, its
    learning record, its search index) and every file they load, in a stable order (assets first, so a
    half-finished download never holds a page without its styles). `read(file)` gives a built file's bytes,
    None when there is no such file (such a URL is left out)."""
    urls = list(dict.fromkeys(pages))
    assets: list[str] = []
    seen = set(urls)
    queue = list(urls)
    while queue:
        url = queue.pop(0)
        file = file_of(url)
        content = read(file)
        if content is None:
            continue
        if file.endswith(".html"):
            found = assets_of(content.decode("utf-8", "replace"), url)
        elif file.endswith(".css"):
            found = css_assets(content.decode("utf-8", "replace"), url)
        elif file.endswith(".js"):
            found = js_assets(content.decode("utf-8", "replace"), url)
        else:
            found = []
        for asset in found:
            if asset not in seen:
                seen.add(asset)
                assets.append(asset)
                queue.append(asset)
    entries = []
    for url in assets + urls:
        content = read(file_of(url))
        if content is not None:
            entries.append(Entry(url, len(content), digest(content)))
    return Manifest(guide, language, tuple(entries), tuple(sorted((extra or {}).items())))


def human_size(size: int) -> str:
    """A download size as a reader reads it: "1.2 MB", "450 KB" (decimal units, as phones show storage)."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} KB"
