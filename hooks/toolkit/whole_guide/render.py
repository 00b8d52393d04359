"""Compose the whole-guide page from the guide's built pages.

The guide's index page is the shell (header, navigation, footer, language link). Its article is replaced
by every page's article in learning-path order, each in a <section>, with:
- headings one level down (one h1 for the whole guide, h2 per page, h3 for its sections, ...);
- ids prefixed with the page's name ("tips--be-clear"), so they stay unique, and every reference to
  them (href="#…", for, aria-*) prefixed the same way;
- links to pages of the same guide turned into links within this page; other relative links re-aimed
  from this page's address;
- the stylesheets and scripts the pages need (quiz, ladder) collected into the head.
The page asks search engines not to index it (it repeats the guide) and drops previous/next.

String and regular-expression work on Material's known markup, not an HTML parser: this runs for every
page of every guide in both languages, and parsing whole pages cost over 100 ms each. The patterns only
touch attributes (` id="…"`), so text that merely shows such an attribute inside a code sample would be
changed too; the guides have none.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html import escape
from typing import Mapping

from .. import shell

_HEADING_TAG = re.compile(r"<(/?)h([1-6])\b")
_H1_TEXT = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
_TAG = re.compile(r"<[^>]+>")
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
_ID = re.compile(r'( )id="([^"]+)"')
_ID_REFS = re.compile(r'( )(for|aria-controls|aria-labelledby|aria-describedby|aria-owns|headers|list)'
                      r'="([^"]*)"')
_A_HREF = re.compile(r'(<a\b[^>]*?\shref=")([^"]*)(")')
_SRC = re.compile(r'( )src="([^"]*)"')
_HEAD_ASSET = re.compile(r'<link rel="stylesheet" href="([^"]+)"[^>]*>|<script src="([^"]+)"[^>]*></script>')
_EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|//|/)", re.I)
_SELF_LINK = re.compile(r'<p class="ic-whole-guide__link">.*?</p>', re.S)
_SAVED = re.compile(r'<div class="ic-saved"')  # each page's "save this guide" control: once is enough
_FOOTER_NAV = re.compile(r'<nav class="md-footer__inner[^"]*"[^>]*>.*?</nav>', re.S)
_PREV_NEXT = re.compile(r'<link rel="(?:prev|next)" href="[^"]*">')
_HASH_HREF = re.compile(r'( href=")#([^"]+)(")')


@dataclass(frozen=True)
class BuiltPage:
    path: str  # site-relative path of the built file, e.g. "co-production/tips/index.html"
    html: str


def _key(path: str) -> str:
    """One name for a page however a link writes it: "a/b/", "a/b/index.html", "a/b.html" → "a/b"."""
    path = posixpath.normpath(path) if path else "."
    if path.endswith("/index.html") or path == "index.html":
        path = posixpath.dirname(path) or "."
    return path[:-5] if path.endswith(".html") else path


def _rewrite_link(href: str, page_path: str, print_path: str, slugs: Mapping[str, str], slug: str) -> str:
    if href.startswith("#"):
        return f"#{slug}--{href[1:]}" if len(href) > 1 else f"#{slug}"
    if _EXTERNAL.match(href):
        return href
    path, hash_, fragment = href.partition("#")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), path)) if path else page_path
    other = slugs.get(_key(target))
    if other is not None:
        return f"#{other}--{fragment}" if fragment else f"#{other}"
    link = posixpath.relpath(target, posixpath.dirname(print_path) or ".")
    if path.endswith("/"):
        link += "/"
    return link + (hash_ + fragment if hash_ else "")


def _relink(url: str, page_path: str, print_path: str) -> str:
    if _EXTERNAL.match(url) or url.startswith("#"):
        return url
    path, mark, query = url.partition("?")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), path))
    return posixpath.relpath(target, posixpath.dirname(print_path) or ".") + (mark + query)


def _section(page: BuiltPage, slug: str, slugs: Mapping[str, str], print_path: str, page_label: str) -> str:
    start, end = shell.article(page.html)
    body = _SELF_LINK.sub("", page.html[start:end])
    while _SAVED.search(body):
        body = shell.remove_div(body, _SAVED)
    h1 = _H1_TEXT.search(body)
    title = " ".join(_TAG.sub(" ", h1.group(1)).replace("¶", " ").split()) if h1 else slug
    body = _HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 1, 6)}", body)
    body = _ID.sub(lambda m: f'{m.group(1)}id="{slug}--{m.group(2)}"', body)
    body = _ID_REFS.sub(lambda m: f'{m.group(1)}{m.group(2)}="' + " ".join(f"{slug}--{i}" for i in m.group(3).split())
                        + '"', body)
    body = _A_HREF.sub(lambda m: m.group(1) + escape(_rewrite_link(m.group(2), page.path, print_path, slugs,
                                                                   slug)) + m.group(3), body)
    body = _SRC.sub(lambda m: f'{m.group(1)}src="{_relink(m.group(2), page.path, print_path)}"', body)
    # The title is already escaped HTML text; it becomes an attribute value as it is.
    label = page_label.format(title=title.replace('"', "&quot;"))
    return f'<section class="ic-whole-guide__page" id="{slug}" aria-label="{label}">{body}</section>\n'


def compose(pages: list[BuiltPage], *, guide_folder: str, print_path: str, title: str, intro: str,
            page_label: str, twin_print_href: str, absolute_print_url: str, contents_label: str = "",
            print_label: str = "") -> str:
    """The whole-guide page. `pages[0]` is the guide's index page (the shell)."""
    slugs: dict[str, str] = {}
    for page in pages:
        name = posixpath.relpath(_key(page.path), guide_folder)
        slugs[_key(page.path)] = "index" if name == "." else name.replace("/", "-")
    sections = [_section(p, slugs[_key(p.path)], slugs, print_path, escape(page_label, quote=True))
                for p in pages]
    tools = ""
    if print_label:  # shown by ic.js: without JavaScript the button could do nothing
        tools += (f'<p class="ic-whole-guide__actions" hidden><button type="button" class="ic-whole-guide__print" '
                  f'data-ic-print>{escape(print_label)}</button></p>\n')
    if contents_label:
        items = []
        for page in pages:
            start, end = shell.article(page.html)
            h1 = _H1_TEXT.search(page.html[start:end])
            # The heading's words without its permalink ("¶", written by Markdown as an entity).
            words = _HEADERLINK.sub("", h1.group(1)) if h1 else ""
            name = " ".join(_TAG.sub(" ", words).split()) or slugs[_key(page.path)]
            items.append(f'<li><a href="#{slugs[_key(page.path)]}">{name}</a></li>')
        tools += (f'<nav class="ic-whole-guide__contents" aria-labelledby="whole-guide-contents">\n'
                  f'<h2 id="whole-guide-contents">{escape(contents_label)}</h2>\n<ol>\n' + "\n".join(items)
                  + "\n</ol>\n</nav>\n")
    content = (f'\n<h1 id="whole-guide">{escape(title)}</h1>\n<p class="ic-whole-guide__intro">{escape(intro)}</p>\n'
               + tools + "".join(sections))

    html = shell.with_article(pages[0].html, content)

    # Stylesheets and scripts a page's components (quiz, ladder) linked in its head (toolkit.assets), once
    # each: the tag as the page wrote it (media, defer, data-i18n-*), its URL re-aimed from this page.
    head, _, body = html.partition("</head>")
    present = {m.group(1) or m.group(2) for m in _HEAD_ASSET.finditer(head)}
    extra = []
    for page in pages[1:]:
        for match in _HEAD_ASSET.finditer(page.html.partition("</head>")[0]):
            original = match.group(1) or match.group(2)
            url = _relink(original, page.path, print_path)
            if url not in present:
                present.add(url)
                extra.append(match.group(0).replace(f'"{original}"', f'"{escape(url)}"', 1))

    # Not part of the learning path, and not a second copy for search engines.
    head = _PREV_NEXT.sub("", head)
    head = shell.readdressed(head, absolute_print_url, title)
    head = shell.retitled(head, title)
    # The alternates point at the whole-guide page in each language.
    head = shell.realternated(head, _print_of)
    head += "\n".join(extra + ['<meta name="robots" content="noindex">']) + "\n"
    body = _FOOTER_NAV.sub("", body)
    body = shell.without_toc(body)
    body = shell.language_link(body, lambda _: escape(twin_print_href))
    body = shell.skip_to(body, "whole-guide")
    html = head + "</head>" + body
    # Links around the article (the index page's contents in the menu) aimed at the index page's ids: to
    # the same place in this page when it exists, else to the top of the guide.
    ids = {found[1] for found in _ID.findall(html)}
    return _HASH_HREF.sub(lambda m: m.group(0) if m.group(2) in ids else
                          m.group(1) + (f"#index--{m.group(2)}" if f"index--{m.group(2)}" in ids
                                        else "#whole-guide") + m.group(3), html)


def _print_of(href: str) -> str:
    if href.endswith(".html") and not href.endswith("index.html"):
        return href
    base = href[: -len("index.html")] if href.endswith("index.html") else href
    return (base if base.endswith("/") or base == "" else base + "/") + "print.html"
