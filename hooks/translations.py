"""Stop the build when a page has no Welsh (or English) twin, or when the twins' heading ids differ.

Runs on_files at the default priority, i.e. before mkdocs-static-i18n (-100) sorts the files into
languages, so it sees every source file of both languages. The plugin rebuilds the site once per
language in the same process; the check runs only in the default-language build to report once.

It also refuses to publish unfinished text: every line still marked TO TRANSLATE or TO WRITE (pages and
ladder files) is logged as an error, so `mkdocs build --strict` fails while a draft preview
(`mkdocs serve --no-strict`) still shows the page with its markers. An error, not a warning: MkDocs'
`--quiet` stops warnings from reaching the strict-mode counter (mkdocs/mkdocs#4126), so a quiet strict
build would otherwise publish a draft.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from toolkit import builds, translations
from toolkit.ladder import DATA_DIR as LADDERS

log = get_plugin_logger("toolkit")


def on_files(files, config):
    if not builds.is_default_language_build(config):
        return files
    paths, read = builds.docs_sources(files, config)
    for problem in translations.check_site(paths, read):
        # An error, not an exception: the author sees every problem at once, and --strict fails.
        log.error(str(problem))
    for problem in translations.check_markers(paths, read):
        log.error(str(problem))
    root = Path(config.config_file_path).parent
    for data in sorted((root / LADDERS).glob("*.yml")):
        for problem in translations.markers(data.read_text(encoding="utf-8"), data.relative_to(root).as_posix()):
            log.error(str(problem))
    return files
