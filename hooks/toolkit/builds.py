"""Which of mkdocs-static-i18n's per-language builds is running.

The plugin runs the whole build once per language in one process, so a site-wide check would report each
mistake twice; checks run in the default-language build only.
"""

from __future__ import annotations


def is_default_language_build(config) -> bool:
    i18n = config.plugins.get("i18n")
    return i18n is None or i18n.current_language in (None, i18n.default_language)
