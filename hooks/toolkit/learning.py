"""The keys of the reader's learning record (`ic.record` in overrides/assets/ic/ic.js): one definition, used
by every component that writes or reads it (quiz, ladder, progress, record), so a page read or a quiz taken
in Welsh is the same entry as in English, and the offline copy (URLs ending in .html) writes the same keys.
"""

from __future__ import annotations

from .languages import Languages


def page_key(url: str, languages: Languages) -> str:
    """A page's key: its URL path in the default language, ending in "/" ("cy/co-production/tips/",
    "co-production/tips.html" → "co-production/tips/"; the home page is "")."""
    key = languages.path_in(url.lstrip("/"), languages.default)
    if key == "index.html" or key.endswith("/index.html"):
        return key[: -len("index.html")]
    return key[: -len(".html")] + "/" if key.endswith(".html") else key


def guide_key(source_path: str, languages: Languages) -> str:
    """The guide a page belongs to, from its docs-relative source: its folder ("cy/co-production/tips.md"
    → "co-production"); "" for a page outside any guide (the home page, the accessibility statement)."""
    base = languages.base_path(source_path)
    return base.split("/", 1)[0] if "/" in base else ""
