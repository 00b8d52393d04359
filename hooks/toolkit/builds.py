"""Which of mkdocs-static-i18n's per-language builds is running.

The plugin runs the whole build once per language in one process, so a site-wide check would report each
mistake twice; checks run in the default-language build only.
"""

from __future__ import annotations

from pathlib import Path


def is_default_language_build(config) -> bool:
    i18n = config.plugins.get("i18n")
    return i18n is None or i18n.current_language in (None, i18n.default_language)


def docs_sources(files, config):
    """(paths, read): the docs-relative paths of every Markdown page of both languages, and a function
    that reads one from disk. Site-wide checks take these, so they stay pure and testable."""
    docs = Path(config.docs_dir)
    paths = [f.src_uri for f in files.documentation_pages()]
    return paths, lambda path: (docs / path).read_text(encoding="utf-8")
