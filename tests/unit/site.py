"""The site's languages, as mkdocs.yml names them, and the sources model built from texts in a test."""

from __future__ import annotations

from tests.conftest import ROOT
from toolkit import languages, sources

LANGUAGES = languages.from_mkdocs_yml((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def sources_of(pages: dict[str, str], ladders: dict[str, str] | None = None) -> sources.Sources:
    """{docs-relative path: text} (and {ladder id: text}) as the build's model of the sources."""
    return sources.from_texts(LANGUAGES, pages, ladders=ladders)
