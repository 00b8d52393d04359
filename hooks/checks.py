"""The site-wide checks (toolkit.checks.CHECKS) over one model of the sources (toolkit.sources).

on_files, at the default priority: before mkdocs-static-i18n (-100) sorts the files into languages, so
every page of every language is there. The sources are read once per build and kept in the build's state
for the components' page events. The checks run in the default language's build only (the plugin runs the
whole build again for each language, in this process), so each mistake is said once; `./run status` runs
the same list.

Each problem is logged as an error, not raised: the author sees every mistake at once, and --strict fails.
An error, not a warning: MkDocs' `--quiet` keeps warnings from the strict-mode counter (mkdocs#4126).
"""

from __future__ import annotations

from mkdocs.plugins import get_plugin_logger

from toolkit import checks, languages, sources, state
from toolkit.ladder import DATA_DIR as LADDERS

log = get_plugin_logger("toolkit")


def on_files(files, config):
    build = state.current()
    model = sources.read(build.languages, build.docs_dir, build.docs_label(),
                         [f.src_uri for f in files.documentation_pages()], build.root / LADDERS, LADDERS)
    build.sources = model
    if languages.is_default_build(config):
        for problem in checks.run(model):
            log.error(str(problem))
    return files
