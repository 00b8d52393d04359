"""One package's files: the guide's pages in one language, rewritten to stay inside the package, and only
the assets those pages use; then the zip, with imsmanifest.xml at its root.

Paths are the built site's (`co-production/tips.html`, `cy/co-production/tips.html`, `assets/…`), kept as
they are inside the zip, so every relative link the build wrote still works.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

_A = re.compile(r'<a\b([^>]*?)\shref="([^"]*)"([^>]*)>(.*?)</a>', re.S)
# A list item that is only a link (the navigation's other guides and home page, the footer's site links).
_LI = re.compile(r'<li\b[^>]*>\s*<a\b[^>]*?\shref="([^"]*)"[^>]*>(?:(?!</?li\b).)*?</a>\s*</li>', re.S)
# The language switch's own stylesheet and script: the switch is not in the package.
_SWITCH_ASSETS = re.compile(r'\s*<(?:link|script)\b[^>]*assets/lang-switch/[^>]*>(?:</script>)?')
_EMPTY_LIST = re.compile(r'<ul\b[^>]*>\s*</ul>')  # a list whose every item led out of the package
_SWITCH = re.compile(r'<div class="md-header__option ic-lang-switch">.*?</div>', re.S)
_FOOTER_NAV = re.compile(r'<nav class="ic-footer-nav"[^>]*>.*?</nav>', re.S)
# Where the live site is, not the package (it may be 127.0.0.1 at build time): the LMS is the address now.
_SITE_LINKS = re.compile(r'\s*<link rel="(?:canonical|alternate)"[^>]*>')
_REF = re.compile(r'<(?:script|img|source|link)\b[^>]*?\s(?:src|href)="([^"]+)"')
# A <link> to another page (rel prev/next): not a file the page loads.
_PAGE_LINK = re.compile(r'\s*<link rel="(?:prev|next)" href="([^"]*)"[^>]*>')
_CSS_URL = re.compile(r'url\(\s*[\'"]?([^\'")]+)[\'"]?\s*\)')
_EXTERNAL = re.compile(r'^(?:[a-z][a-z0-9+.-]*:|//|#)', re.I)


@dataclass(frozen=True)
class PageLinks:
    path: str            # the page's path in the site (and the zip)
    home: str            # the guide's first page (the logo's link), site path
    note: str            # the sentence naming the other language's package, in the page's language
    note_lang: str       # the page's language


def _target(page: str, href: str) -> str | None:
    """The site path a relative link of `page` leads to, without ?query or #fragment; None for a link
    elsewhere (another host, mailto:, the same page's #section)."""
    if not href or _EXTERNAL.match(href):
        return None
    path = href.split("#", 1)[0].split("?", 1)[0]
    if not path:
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), path))


def _relative(page: str, target: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def package_html(html: str, links: PageLinks, inside: Callable[[str], bool]) -> str:
    """The page as the package holds it: the language switch gone, and a note on the other language's
    package in the footer in place of the site's links; the logo leads to the guide's first page; a list
    item or a previous/next link leading out of the package is dropped, any other such link keeps its words
    but is no longer a link."""
    def out(href: str) -> bool:
        target = _target(links.path, href)
        return target is not None and not inside(target)

    html = _SWITCH.sub("", html)
    html = _SWITCH_ASSETS.sub("", html)
    note = f'<p class="ic-scorm-note" lang="{links.note_lang}">{links.note}</p>'
    html = _FOOTER_NAV.sub(lambda m: note, html, count=1)
    html = _SITE_LINKS.sub("", html)
    html = _LI.sub(lambda m: "" if out(m.group(1)) else m.group(0), html)
    html = _PAGE_LINK.sub(lambda m: "" if out(m.group(1)) else m.group(0), html)
    html = _EMPTY_LIST.sub("", html)

    def link(match: re.Match) -> str:
        before, href, after, text = match.groups()
        if not out(href):
            return match.group(0)
        if "md-logo" in before + after:
            return match.group(0).replace(f'href="{href}"', f'href="{_relative(links.path, links.home)}"', 1)
        if "md-footer__link" in before + after:
            return ""  # "Previous: Home" on the guide's first page: there is no previous page in the package
        return f"<span>{text}</span>"
    return _A.sub(link, html)


def files_used(pages: Mapping[str, str], read_text: Callable[[str], str | None]) -> set[str]:
    """The site paths of every file the pages load (scripts, stylesheets, images, icons) and the files those
    stylesheets load in turn. `read_text(path)` gives a built text file, or None when it does not exist
    (a reference to a missing file is left out: the site build's own checks speak of broken links)."""
    found: set[str] = set()
    todo = [(page, ref) for page, html in pages.items() for ref in _REF.findall(html)]
    while todo:
        page, ref = todo.pop()
        target = _target(page, ref)
        if (target is None or target in found or target in pages or target.startswith("..")
                or target.endswith(".html")):
            continue
        text = read_text(target)
        if text is None:
            continue
        found.add(target)
        if target.endswith(".css"):
            todo += [(target, url) for url in _CSS_URL.findall(text) if not url.startswith("data:")]
    return found


def write_zip(target: Path, manifest_xml: str, pages: Mapping[str, str], assets: Iterable[str],
              site_dir: Path) -> int:
    """The package: imsmanifest.xml at the root, the rewritten pages, the assets as built. Returns the
    number of files in it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    count = 1
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as bundle:
        bundle.writestr("imsmanifest.xml", manifest_xml)
        for path in sorted(pages):
            bundle.writestr(path, pages[path])
            count += 1
        for path in sorted(assets):
            bundle.write(site_dir / path, path)
            count += 1
    return count
