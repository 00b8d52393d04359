"""A finished page used as the shell of another page written next to it (the whole-guide page, the
trainer page of each guide): header, navigation, footer and scripts stay as they are, and only what
names or addresses the page changes. The new page lives at the same folder depth, so every relative URL
in the shell keeps working.

String and regular-expression work on Material's known markup, not an HTML parser: parsing whole pages
costs over 100 ms each, for every page of every guide in both languages.
"""

from __future__ import annotations

import re
from html import escape
from typing import Callable

ARTICLE_CLOSE = "</article>"
_ARTICLE_OPEN = re.compile(r'<article class="md-content__inner md-typeset">')
_DIV = re.compile(r"<div\b|</div>")
_SIDEBAR_TOC = re.compile(r'<div class="md-sidebar md-sidebar--secondary"')
_CANONICAL = re.compile(r'(<link rel="canonical" href=")[^"]*(")')
_OG = re.compile(r'(<meta property="og:(url|title)" content=")[^"]*(")')
_DESCRIPTION = re.compile(r'(<meta (?:name="description"|property="og:description") content=")[^"]*(")')
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_ALTERNATE = re.compile(r'(<link rel="alternate" href=")([^"]*)(" hreflang="[^"]+">)')
_LANG_SWITCH = re.compile(r'(<a class="ic-lang-switch__link" href=")([^"]*)(")')
_SKIP = re.compile(r'(<a href=")#[^"]*(" class="md-skip">)')
_TOPIC = re.compile(r'(<div class="md-header__topic" data-md-component="header-topic">\s*'
                    r'<span class="md-ellipsis">)(.*?)(</span>)', re.S)


def article(html: str) -> tuple[int, int]:
    """Start and end of the article's content (Material writes exactly one article)."""
    opened = _ARTICLE_OPEN.search(html)
    if opened is None:
        raise ValueError("no Material article in the page")
    return opened.end(), html.rindex(ARTICLE_CLOSE)


def with_article(html: str, content: str) -> str:
    start, end = article(html)
    return html[:start] + content + html[end:]


def remove_div(html: str, start: re.Pattern) -> str:
    """Remove the <div> that `start` finds, with everything inside it."""
    found = start.search(html)
    if found is None:
        return html
    depth = 0
    for tag in _DIV.finditer(html, found.start()):
        depth += 1 if tag.group(0) == "<div" else -1
        if depth == 0:
            return html[:found.start()] + html[tag.end():]
    return html


def without_toc(body: str) -> str:
    """Without the right-hand table of contents: it lists the shell's headings, not the new page's."""
    return remove_div(body, _SIDEBAR_TOC)


def retitled(head: str, title: str) -> str:
    """<title> says `title`, still followed by the site's name."""
    return _TITLE.sub(lambda m: "<title>" + escape(title) + (" - " + m.group(1).rsplit(" - ", 1)[1]
                                                             if " - " in m.group(1) else "") + "</title>",
                      head, count=1)


def readdressed(head: str, absolute_url: str, title: str) -> str:
    """Canonical address and link preview (og:url, og:title) of the new page."""
    head = _CANONICAL.sub(lambda m: m.group(1) + escape(absolute_url) + m.group(2), head)
    return _OG.sub(lambda m: m.group(1) + escape(absolute_url if m.group(2) == "url" else title) + m.group(3),
                   head)


def described(head: str, description: str) -> str:
    """The page's description, for search results and link previews (meta description, og:description)."""
    return _DESCRIPTION.sub(lambda m: m.group(1) + escape(description) + m.group(2), head)


def realternated(head: str, counterpart: Callable[[str], str]) -> str:
    """Each hreflang alternate (the shell in each language) becomes `counterpart(href)` (escaped by the
    caller)."""
    return _ALTERNATE.sub(lambda m: m.group(1) + counterpart(m.group(2)) + m.group(3), head)


def language_link(body: str, counterpart: Callable[[str], str]) -> str:
    """The visible language switch goes to `counterpart(href)`, the new page's twin (an attribute value,
    escaped by the caller)."""
    return _LANG_SWITCH.sub(lambda m: m.group(1) + counterpart(m.group(2)) + m.group(3), body)


def skip_to(body: str, target_id: str) -> str:
    """The skip link jumps to the new page's heading."""
    return _SKIP.sub(lambda m: m.group(1) + "#" + escape(target_id) + m.group(2), body)


def topic(body: str, title: str) -> str:
    """The header's page title (shown once the reader scrolls past the heading)."""
    return _TOPIC.sub(lambda m: m.group(1) + escape(title) + m.group(3), body, count=1)
