"""Content safety: nothing in a page can run a script, embed another site or load a resource from another
host (the site promises no third-party requests and no trackers).

Three checks, each reported as a `Problem` with the file and line:
- `page_problems`: a page's Markdown holds no <script>, <iframe>, <object> or <embed> (nor a frame or
  applet), no inline event handler (onclick=…) and no `javascript:` URL; no <base>, <meta> or <link> (they
  change where the page goes or what it loads), no <form>, and no <style> or style attribute (the site's
  Content-Security-Policy, toolkit.csp, blocks them: they would silently not work). Read with Python's
  HTML parser (its line numbers), over the page with fenced code and code spans blanked out (code shows
  HTML as text, which is safe).
- `text_problems`: the texts of components (quiz blocks, trainer notes, ladder files) take inline Markdown
  only: raw HTML, as Python-Markdown's own inline-HTML pattern finds it, is an error, and so is a
  `javascript:` link (page_problems does not read fenced blocks). toolkit.markdown_ext (and the
  trainer hook for notes) also shows any raw HTML in those texts as text, should one get past the check.
- `foreign_resources`: the built HTML loads nothing (scripts, styles, images, frames, media, fonts)
  from another host; a plain link to another site is fine (it loads nothing until followed). A video's
  player address (`data-ic-video-embed`, loaded by its script when the reader presses play) may name the
  privacy-enhanced YouTube player and no other host.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from markdown import inlinepatterns

from .problems import Problem

UNSAFE_TAGS = ("script", "iframe", "object", "embed", "frame", "frameset", "applet")
# Elements of a page's head: in a page they change where it goes or what it loads (<meta http-equiv=refresh>,
# <base>, <link>); the templates write every page's head.
HEAD_TAGS = ("base", "meta", "link")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)")
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")
_JS_LINK = re.compile(r"(?:\]\(\s*<?|^\s{0,3}\[[^\]]+\]:\s*<?)\s*javascript\s*:", re.I)
_CONTROL = re.compile(r"[\x00-\x20]+")
_HTML = re.compile(inlinepatterns.HTML_RE)
_AUTOLINK = re.compile(f"{inlinepatterns.AUTOLINK_RE}|{inlinepatterns.AUTOMAIL_RE}")
# The fenced blocks whose text is a component's, and how messages name them (a component with its own fence
# adds it here).
COMPONENT_FENCES = {"quiz": "quiz", "trainer": "trainer note"}

TEXT_ONLY = ("take inline Markdown only (**bold**, *italic*, [a link](page.md), `code`; and <span lang=\"en\">"
             "…</span> for words in another language); remove the HTML, or write '<' as '&lt;' to show the "
             "character")


def _is_script_url(value: str | None) -> bool:
    return bool(value) and _CONTROL.sub("", value).lower().startswith(("javascript:", "vbscript:"))


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        if tag in UNSAFE_TAGS:
            self.found.append((line, f"a <{tag}> element is not allowed in a page: the site runs only its own "
                                     f"scripts and embeds nothing from another site; remove it (for a video or "
                                     f"a document elsewhere, link to it)"))
        elif tag in HEAD_TAGS:
            self.found.append((line, f"a <{tag}> element is not allowed in a page: it changes where the page goes "
                                     f"or what it loads, and the site's templates write every page's head; "
                                     f"remove it"))
        elif tag == "style":
            self.found.append((line, "a <style> element is not allowed in a page: the site's Content-Security-Policy "
                                     "blocks styles written in a page, so it would not work; remove it (the site's "
                                     "stylesheets style every page)"))
        elif tag == "form":
            self.found.append((line, "a <form> is not allowed in a page: the site sends nothing anywhere; remove "
                                     "it (for a form elsewhere, link to it)"))
        for name, value in attrs:
            if name == "style":
                self.found.append((line, f"the 'style' attribute on <{tag}> is not allowed in a page: the site's "
                                         f"Content-Security-Policy blocks styles written in a page, so it would "
                                         f"not work; remove it (the site's stylesheets style every page)"))
            elif name.startswith("on"):
                self.found.append((line, f"the '{name}' attribute on <{tag}> runs a script, which is not allowed "
                                         f"in a page; remove it"))
            elif _is_script_url(value):
                self.found.append((line, f"a 'javascript:' address (in '{name}' on <{tag}>) is not allowed in a "
                                         f"page; link to a page or an https:// address"))

    handle_startendtag = handle_starttag


def _without_code(markdown: str) -> list[str]:
    """The lines of `markdown` with fenced code and code spans blanked (line numbers kept)."""
    lines, fence = [], None
    for line in markdown.splitlines():
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            lines.append("")
        elif opened:
            fence = opened.group(1)
            lines.append("")
        else:
            lines.append(_CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line))
    return lines


def page_problems(markdown: str, path: str, first_line: int = 1) -> list[Problem]:
    """Scripts, embeds, event handlers and `javascript:` links in a page's Markdown (its body)."""
    lines = _without_code(markdown)
    scanner = _Scanner()
    scanner.feed("\n".join(lines))
    scanner.close()
    found = [(line + first_line - 1, message) for line, message in scanner.found]
    for number, line in enumerate(lines, start=first_line):
        if _JS_LINK.search(line):
            found.append((number, "a 'javascript:' link is not allowed in a page; link to a page or an https:// "
                                  "address"))
    return [Problem(path, message, line) for line, message in sorted(found)]


# The one piece of raw HTML a component's text may hold: a language span, which Markdown has no syntax
# for and WCAG 2.2 (3.1.2, language of parts) needs, e.g. an English name in a Welsh text. Exactly this
# form, nothing else: any other HTML is reported, and shown as text (toolkit.markdown_ext).
_LANGUAGE_SPAN = re.compile(r'<span lang="[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?">|</span>')


def allowed_html(raw: str) -> bool:
    return bool(_LANGUAGE_SPAN.fullmatch(raw)) or bool(re.fullmatch(inlinepatterns.ENTITY_RE, raw))


def _raw_html(text: str) -> str | None:
    """The first raw HTML Python-Markdown would pass through in this line of inline Markdown (other than
    a language span), if any."""
    text = _CODE_SPAN.sub(" ", _AUTOLINK.sub(" ", text))
    return next((m.group(0) for m in _HTML.finditer(text) if not allowed_html(m.group(0))), None)


def _text_problems(line: str, path: str, number: int, what: str) -> list[Problem]:
    """What is wrong with one line of a component's text: raw HTML, or a `javascript:` link."""
    if html := _raw_html(line):
        return [Problem(path, f"the {what} holds raw HTML ('{html}'): {what} texts {TEXT_ONLY}", number)]
    if _JS_LINK.search(_CODE_SPAN.sub(" ", line)):
        return [Problem(path, f"the {what} holds a 'javascript:' link, which is not allowed; link to a page or an "
                              f"https:// address", number)]
    return []


raw_html = _raw_html  # for components whose texts are not in a fence (toolkit.video)


def text_problems(markdown: str, path: str, first_line: int = 1) -> list[Problem]:
    """Raw HTML or a `javascript:` link inside a component's fenced block (a quiz, trainer notes) of a page
    (page_problems does not look inside fenced blocks)."""
    problems, fence, kind = [], None, ""
    for number, line in enumerate(markdown.splitlines(), start=first_line):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence) \
                    and not opened.group(2):
                fence = None
            elif kind in COMPONENT_FENCES:
                problems += _text_problems(line, path, number, COMPONENT_FENCES[kind])
        elif opened:
            fence, kind = opened.group(1), opened.group(2)
    return problems


def data_problems(text: str, path: str, what: str) -> list[Problem]:
    """Raw HTML or a `javascript:` link in a component's data file (a ladder): `what` names it, e.g.
    'ladder'."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("#"):
            continue  # a YAML comment
        problems += _text_problems(line, path, number, what)
    return problems


# What loads a resource: (tag, attribute), and for <link> the rel values that fetch something.
_LOADS = {("script", "src"), ("img", "src"), ("img", "srcset"), ("source", "src"), ("source", "srcset"),
          ("iframe", "src"), ("frame", "src"), ("embed", "src"), ("object", "data"), ("video", "src"),
          ("video", "poster"), ("audio", "src"), ("track", "src"), ("input", "src"), ("image", "href")}
_LINK_LOADS = {"stylesheet", "preload", "prefetch", "modulepreload", "icon", "apple-touch-icon", "manifest",
               "preconnect", "dns-prefetch"}
# A video's player is loaded by its script only when the reader presses play (toolkit.video): its address
# waits in this attribute, and may point at the privacy-enhanced player only, never at another host.
VIDEO_EMBED = "data-ic-video-embed"
ON_REQUEST_HOSTS = {VIDEO_EMBED: {"www.youtube-nocookie.com"}}
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")\s]+)", re.I)


class _Resources(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (what, url)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if value and (tag, name) in _LOADS:
                urls = [part.split()[0] for part in value.split(",") if part.strip()] if name == "srcset" \
                    else [value]
                self.found += [(f"<{tag} {name}>", url.strip()) for url in urls]
        if tag == "link" and attrs.get("href") and _LINK_LOADS & set((attrs.get("rel") or "").lower().split()):
            self.found.append((f"<link rel=\"{attrs.get('rel')}\">", attrs["href"].strip()))
        if attrs.get(VIDEO_EMBED):
            self.found.append((VIDEO_EMBED, attrs[VIDEO_EMBED].strip()))
        if attrs.get("style"):
            self.found += [("a style's url()", url) for url in _CSS_URL.findall(attrs["style"])]

    handle_startendtag = handle_starttag


def foreign_resources(html: str, own_host: str) -> list[tuple[str, str]]:
    """(what, url) for every resource the page loads from a host other than `own_host` (or, for a video's
    player, from a host other than the privacy-enhanced one, when the reader asks)."""
    scanner = _Resources()
    scanner.feed(html)
    scanner.close()
    foreign = []
    for what, url in scanner.found:
        parts = urlsplit(url)
        if (parts.scheme in ("http", "https") or url.startswith("//")) and parts.hostname \
                and parts.hostname != own_host and parts.hostname not in ON_REQUEST_HOSTS.get(what, ()):
            foreign.append((what, url))
    return foreign
