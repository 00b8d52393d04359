"""Repairs to the HTML Material writes, so that every page passes the Nu HTML Checker and has a skip link.

Material's base template is not copied into overrides/ (a copy would go stale with every Material update);
instead the few invalid or missing pieces are corrected in the finished page:

- `autocomplete="off"` on the drawer and search checkboxes: the attribute is not allowed on checkboxes
  (HTML, "autocomplete"). Material adds it so that Firefox does not restore an open drawer or search
  after a reload; the price of valid HTML is that, in Firefox only, a reload may reopen them.
- `<label for="__toc">` on pages where Material did not write the `__toc` checkbox (a section's index
  page): a label must point at a form control; without one, `for` does nothing but fail validation.
- The site's name in the header is cut to "Improvem…" on a phone (Material keeps it on one line): it
  is written twice, in full and short (`a11y_site_name_short`), and a11y.css shows the short one,
  wrapping between words, on narrow screens.
- Material's search is a `role="dialog"` without a name (WCAG 4.1.2): it is named "Search the site".
- Pages without a table of contents (the 404 pages) get no skip link from Material; keyboard users still
  need one to get past the header and navigation.
"""

from __future__ import annotations

import re
from html import escape

_CHECKBOX = re.compile(r"<input\b[^>]*>")
_AUTOCOMPLETE = re.compile(r'\s+autocomplete="[^"]*"')
_LABEL_FOR = re.compile(r'(<label\b[^>]*?)\s+for="([^"]*)"')
_LABEL_FOR_TARGET = re.compile(r'<label\b[^>]*?\s+for="([^"]*)"')
_EMPTY_SKIP = re.compile(r'(<div data-md-component="skip">)\s*(</div>)')
_SEARCH_DIALOG = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>')
_SITE_NAME = re.compile(r'(<div class="md-header__topic">\s*<span class="md-ellipsis)(">)\s*(.*?)\s*(</span>)', re.S)
_ARTICLE_H1 = re.compile(r'<article\b[^>]*>.*?<h1\b[^>]*\bid="([^"]+)"', re.S)


def drop_checkbox_autocomplete(html: str) -> str:
    def fix(match: re.Match) -> str:
        tag = match.group(0)
        return _AUTOCOMPLETE.sub("", tag) if 'type="checkbox"' in tag else tag
    return _CHECKBOX.sub(fix, html)


def drop_dangling_label_for(html: str) -> str:
    # A page has a few labels: a plain substring test per target is far cheaper than collecting every id.
    targets = {target: f' id="{target}"' in html for target in set(_LABEL_FOR_TARGET.findall(html))}
    return _LABEL_FOR.sub(lambda m: m.group(0) if targets[m.group(2)] else m.group(1), html)


def add_missing_skip_link(html: str, text: str) -> str:
    """A skip link to the page's main heading, where Material left the skip container empty."""
    if _EMPTY_SKIP.search(html) is None:
        return html  # Material wrote one (every page with a table of contents)
    heading = _ARTICLE_H1.search(html)
    if heading is None:
        return html
    link = f'<a href="#{escape(heading.group(1))}" class="md-skip">{escape(text)}</a>'
    return _EMPTY_SKIP.sub(lambda m: m.group(1) + link + m.group(2), html, count=1)


def name_search_dialog(html: str, name: str) -> str:
    return _SEARCH_DIALOG.sub(lambda m: f'{m.group(1)} aria-label="{escape(name)}">', html, count=1)


def short_site_name(html: str, short: str) -> str:
    """The header's site name in full and short; CSS shows one of them (so a screen reader hears one)."""
    def both(m: re.Match) -> str:
        return (f'{m.group(1)} ic-site-name{m.group(2)}<span class="ic-site-name__full">{m.group(3)}</span>'
                f'<span class="ic-site-name__short">{escape(short)}</span>{m.group(4)}')
    return _SITE_NAME.sub(both, html, count=1)


def repair(html: str, skip_text: str, search_name: str, short_name: str) -> str:
    html = drop_dangling_label_for(drop_checkbox_autocomplete(html))
    html = short_site_name(name_search_dialog(html, search_name), short_name)
    return add_missing_skip_link(html, skip_text)

