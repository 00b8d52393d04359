"""Link previews and language alternates in each page's <head>, in the page's language.

- parse: the description Material already wrote (front matter `description`, else the language's
  site_description) and Material's relative `<link rel="alternate" hreflang>` tags;
- validate: an alternate that cannot be made absolute (no site_url) is a problem;
- render: Open Graph tags, and the alternates as absolute URLs with an `x-default` (the default
  language's page), as search engines require.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape, unescape
from urllib.parse import urljoin

from .problems import Problem

LOCALES = {"en": "en_GB", "cy": "cy_GB"}
_ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]+)">\s*')
_DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)">')


@dataclass(frozen=True)
class Alternate:
    language: str
    href: str  # as Material wrote it (relative to the page)


@dataclass(frozen=True)
class Head:
    description: str | None
    alternates: tuple[Alternate, ...]


def parse(html: str) -> Head:
    head = html.split("</head>", 1)[0]
    found = _DESCRIPTION.search(head)
    return Head(unescape(found.group(1)) if found else None,
                tuple(Alternate(m.group(2), unescape(m.group(1))) for m in _ALTERNATE.finditer(head)))


def problems_of(page_path: str, site_url: str | None) -> list[Problem]:
    if not site_url or not re.match(r"^https?://", site_url):
        return [Problem("mkdocs.yml", f"site_url must be an absolute http(s) address (found {site_url!r}); "
                                      f"{page_path} needs it for its language alternates and link previews")]
    return []


def render(html: str, *, page_url: str, title: str, site_name: str, language: str, default_language: str,
           site_url: str) -> str:
    """The page's <head> with absolute alternates (plus x-default) and Open Graph tags."""
    head = parse(html)
    root = site_url if site_url.endswith("/") else site_url + "/"
    here = urljoin(root, page_url)
    absolute = [(a.language, urljoin(here, a.href)) for a in head.alternates]
    default = next((href for lang, href in absolute if lang == default_language), None)
    links = [f'<link rel="alternate" href="{escape(href)}" hreflang="{escape(lang)}">' for lang, href in absolute]
    if default:
        links.append(f'<link rel="alternate" href="{escape(default)}" hreflang="x-default">')
    html = _ALTERNATE.sub("", html, count=len(head.alternates))
    tags = [
        '<meta property="og:type" content="website">',
        f'<meta property="og:site_name" content="{escape(site_name)}">',
        f'<meta property="og:title" content="{escape(title)}">',
        f'<meta property="og:url" content="{escape(here)}">',
        f'<meta property="og:locale" content="{LOCALES.get(language, language)}">',
    ]
    tags += [f'<meta property="og:locale:alternate" content="{LOCALES.get(lang, lang)}">'
             for lang, _ in absolute if lang != language]
    if head.description:
        tags.append(f'<meta property="og:description" content="{escape(head.description)}">')
    tags.append('<meta name="twitter:card" content="summary">')
    return html.replace("</head>", "\n".join(links + tags) + "\n</head>", 1)
