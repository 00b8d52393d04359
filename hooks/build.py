"""The running build's state (toolkit.state): pushed first, popped last, so every other hook can use it;
and the toolkit's Markdown extension (toolkit.markdown_ext), in which components render inside each
page's own Markdown conversion.

on_config adds the extension once, and the filter that gives MkDocs' link messages their line
(toolkit.links) (static-i18n runs on_config again for each language's build).

on_pre_build at +1000, before any other handler; on_post_build at -1000, after every other one, including
mkdocs-static-i18n (-100), which runs the other languages' builds inside the default one's on_post_build,
and hooks/offline.py (-300), which zips the finished site.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from toolkit import guard, languages, links, markdown_ext, state, strings


def _build():
    try:
        return state.current()
    except RuntimeError:
        return None


def on_config(config):
    markdown_ext.install(config)
    links.install(_build)  # MkDocs' link messages with the file and line (once per process)
    # An exception in any of our handlers: one line naming the hook and the file, not a stack trace.
    docs = Path(config.docs_dir).resolve()
    root = Path(config.config_file_path).resolve().parent
    guard.install(config.plugins, lambda: docs.relative_to(root).as_posix() if docs.is_relative_to(root) else str(docs))
    return config


@event_priority(1000)
def on_pre_build(config):
    try:
        site = languages.from_config(config)
        language = languages.current(config)
    except languages.UnknownLanguage as error:
        raise PluginError(f"mkdocs.yml: {error}") from None  # one line, no traceback
    # No silent fall-back to English: every language the site builds has its own catalogue.
    missing = [code for code in site.codes if code not in strings.LANGUAGES]
    if missing:
        raise PluginError(f"mkdocs.yml: the site builds {', '.join(missing)} but hooks/toolkit/strings/ has no "
                          f"catalogue for it: add {', '.join(f'{code}.yml' for code in missing)} with every key "
                          f"of en.yml, and the code to strings.LANGUAGES (hooks/README.md, 'A third language')")
    state.begin(state.Build(
        language=language, languages=site,
        root=Path(config.config_file_path).resolve().parent, docs_dir=Path(config.docs_dir).resolve(),
        site_dir=Path(config.site_dir)), nested=languages.is_nested_build(config))


@event_priority(-1000)
def on_post_build(config):
    state.end()


def on_build_error(error):
    state.abandon()
