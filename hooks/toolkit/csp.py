"""The Content-Security-Policy every page carries, as a `<meta http-equiv>` tag (the site is static: no
response headers of its own). Defence in depth behind the content checks (toolkit.safety): a script that
got into a page anyway cannot run, and nothing loads from another host.

- `DIRECTIVES`: the policy, as data. Scripts, styles, images, connections and workers come only from the
  site itself; frames only from the privacy-enhanced video host (created only once the reader presses
  play); no plugins, no <base>, forms post only to the site.
- `secure(html)`: the finished page with its policy first in <head> (right after <meta charset>), before
  any script; a policy already there is replaced, so it is always computed from the final text.
  `script-src` holds the sha256 hash of each inline script the *templates* write (the theme's
  __md_scope and palette scripts, our storage guard): those outside the page's content (<article>). An
  inline script inside the content is never hashed, so it is blocked even if it got past every check.
  Scripts that are data (`type="application/json"`) are not run, so need no hash.
- `blocked(html)`: what the policy would block in the page, for the build to report: an inline event
  handler (`onclick=`; hashing one needs 'unsafe-hashes', so none is allowed), a `javascript:` address,
  an inline script in the content, a style attribute or <style> element.

No 'unsafe-inline' for styles: the built pages hold no style attribute or <style> element, and setting
`element.style` from a script (CSSOM, as Material's and our scripts do) is not governed by style-src.
`frame-ancestors` is left out: browsers ignore it in a <meta> policy.
"""

from __future__ import annotations

import base64
import hashlib
import re

from . import state

STATE = "csp"  # the build's state: {"serving": bool, "offline": bool}, set by hooks/csp.py

# (directive, sources): scripts' hashes are added to script-src per page.
DIRECTIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("default-src", ("'self'",)),
    ("script-src", ("'self'",)),
    ("style-src", ("'self'",)),
    # data: for the theme's icons, which its stylesheet holds as data: URLs (the QR codes are inline <svg>).
    ("img-src", ("'self'", "data:")),
    ("font-src", ("'self'",)),
    ("connect-src", ("'self'",)),
    ("media-src", ("'self'",)),
    # The video component's player, created only after the reader presses play.
    ("frame-src", ("https://www.youtube-nocookie.com",)),
    # Material's search worker; a service worker.
    ("worker-src", ("'self'",)),
    ("manifest-src", ("'self'",)),
    ("object-src", ("'none'",)),
    ("base-uri", ("'self'",)),
    ("form-action", ("'self'",)),
)

# `mkdocs serve` adds its live-reload script, inline and different on every request, to each page it
# serves: while serving, inline scripts are allowed ('unsafe-inline' is ignored where a hash is listed,
# so the hashes are left out). Never in a built site.
SERVING_SCRIPTS = ("'self'", "'unsafe-inline'")

# The offline copy is opened from file://, whose origin is opaque: Chromium lets 'self' match the other
# files, the CSP specification does not promise it, so the offline build names the scheme too wherever
# 'self' is (its pages' own inline scripts still need their hashes).
OFFLINE_SOURCE = "file:"

# The HTML spec's JavaScript MIME types, and "module": a script of any other type is data, never run.
_JS_TYPES = {"", "module", "application/ecmascript", "application/javascript", "application/x-ecmascript",
             "application/x-javascript", "text/ecmascript", "text/javascript", "text/javascript1.0",
             "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
             "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript", "text/x-javascript"}

# The page is our own generated HTML: a script element's text runs to the first </script, as the HTML
# tokenizer reads it.
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_RAWTEXT = re.compile(r"<(style|textarea|title)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_ATTR = re.compile(r"""\s([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
_TAG = re.compile(r"""<([a-zA-Z][a-zA-Z0-9-]*)  # the name
                     ((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)  # the attributes
                     \s*/?>""", re.X)
_TYPE = re.compile(r"""\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_SRC = re.compile(r"\ssrc\s*=", re.I)
_CONTENT = re.compile(r"<article\b.*</article\s*>", re.S | re.I)
_META = re.compile(r"""\n?<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>""", re.I)
# Anything the policy could block shows one of these; most pages show none and are not parsed further.
_SUSPECT = re.compile(r"""[\s"'/](?:on[a-z]+|style)\s*=|javascript\s*:|<style\b""", re.I)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.I)
_HEAD = re.compile(r"<head\b[^>]*>", re.I)
_URL_ATTRS = {"href", "src", "action", "formaction", "data", "poster", "xlink:href"}
_CONTROL = re.compile(r"[\x00-\x20]+")


def _runs(attrs: str) -> bool:
    """An inline script with these attributes is run (not data, not loaded from a file)."""
    if _SRC.search(attrs):
        return False
    found = _TYPE.search(attrs)
    kind = next((g for g in found.groups() if g is not None), "") if found else ""
    return kind.strip().lower() in _JS_TYPES


def _content_span(html: str) -> tuple[int, int]:
    found = _CONTENT.search(html)
    return found.span() if found else (0, 0)


def _inline_scripts(html: str):
    """(start offset, text, inside the content) of each inline script the browser would run."""
    start, end = _content_span(html)
    for match in _SCRIPT.finditer(html):
        if _runs(match.group(1)):
            yield match.start(), match.group(2), start <= match.start() < end


def digest(script: str) -> str:
    """The CSP source for an inline script's text (the browser hashes it with newlines normalised)."""
    text = script.replace("\r\n", "\n").replace("\r", "\n")
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def hashes(html: str) -> list[str]:
    """The hashes of the inline scripts the templates wrote, in page order, once each."""
    found: list[str] = []
    for _, text, in_content in _inline_scripts(html):
        source = digest(text)
        if not in_content and source not in found:
            found.append(source)
    return found


def policy(html: str, *, serving: bool = False, offline: bool = False) -> str:
    """The policy for this finished page (`serving`: under `mkdocs serve`; `offline`: the offline copy)."""
    parts = []
    for name, sources in DIRECTIVES:
        if name == "script-src":
            sources = SERVING_SCRIPTS if serving else sources + tuple(hashes(html))
        if offline and "'self'" in sources:
            sources = tuple(sources) + (OFFLINE_SOURCE,)
        parts.append(" ".join((name,) + tuple(sources)))
    return "; ".join(parts)


def secure(html: str, *, serving: bool = False, offline: bool = False) -> str:
    """The page with its policy as the first tag of <head> after <meta charset> (a policy only governs
    what comes after it), replacing any policy already there. A text without <head> is returned as is."""
    head_end = html.find("</head>") % (len(html) + 1)  # no </head>: the whole text
    if "Content-Security-Policy" in html[:head_end]:
        html = _META.sub("", html[:head_end]) + html[head_end:]
    content = policy(html, serving=serving, offline=offline)
    tag = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    if anchor is None:
        return html
    return html[:anchor.end()] + "\n" + tag + html[anchor.end():]


def secure_page(html: str) -> str:
    """`secure`, for a page of the running build (hooks/csp.py says whether `mkdocs serve` runs it, and
    whether it is the offline copy)."""
    settings = state.current().of(STATE)
    return secure(html, serving=settings.get("serving", False), offline=settings.get("offline", False))


def _blank(match: re.Match) -> str:
    """A comment blanked; a script's, style's, title's or textarea's text blanked after its opening tag
    (whose attributes are kept). Offsets stay the same."""
    text = match.group(0)
    keep = 0 if text.startswith("<!--") else text.index(">") + 1
    return text[:keep] + " " * (len(text) - keep)


def _markup(html: str) -> str:
    """The page with only real tags left (comments and raw texts blanked, offsets kept)."""
    return _RAWTEXT.sub(_blank, _SCRIPT.sub(_blank, _COMMENT.sub(_blank, html)))


def _unquote(value: str | None) -> str:
    if value is None:
        return ""
    return value[1:-1] if value[:1] in "\"'" else value


_SCRIPT_FILE = ("remove it; a script goes in a file under overrides/assets/ (toolkit.assets), its settings in "
                "data-* attributes")
_STYLESHEET = "remove it; styling goes in a stylesheet under overrides/assets/ (toolkit.assets)"


def blocked(html: str) -> list[tuple[str, str, str]]:
    """What the policy blocks in this finished page, in page order, each once: (what, what to do, a
    lower-case needle to find its line in the page's source)."""
    found: dict[tuple[str, str, str], int] = {}
    markup = _markup(html) if _SUSPECT.search(html) else ""
    for tag in _TAG.finditer(markup):
        name = tag.group(1).lower()
        if name == "style":
            found.setdefault(("a <style> element", _STYLESHEET, "<style"), tag.start())
        for attr in _ATTR.finditer(tag.group(2) or ""):
            key = attr.group(1).lower()
            value = _unquote(attr.group(2))
            if key.startswith("on"):
                found.setdefault((f"an inline event handler ('{key}' on <{name}>)", _SCRIPT_FILE, key), tag.start())
            elif key == "style":
                found.setdefault((f"a style attribute (on <{name}>)", _STYLESHEET, "style"), tag.start())
            elif key in _URL_ATTRS and _CONTROL.sub("", value).lower().startswith("javascript:"):
                found.setdefault((f"a 'javascript:' address (in '{key}' on <{name}>)",
                                  "remove it; link to a page or an https:// address", "javascript:"), tag.start())
    for offset, text, in_content in _inline_scripts(html):
        if in_content:
            found.setdefault((f"an inline <script> in the page's content ('{' '.join(text.split())[:40]}')",
                              _SCRIPT_FILE, "<script"), offset)
    return sorted(found, key=found.get)
