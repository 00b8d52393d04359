"""The site-wide checks (toolkit.checks.CHECKS) over one model of the sources (toolkit.sources).

on_files, at the default priority: before mkdocs-static-i18n (-100) sorts the files into languages, so
every page of every language is there. The sources are read once per build and kept in the build's state
for the components' page events. The checks run in the default language's build only (the plugin runs the
whole build again for each language, in this process), so each mistake is said once; `./run status` runs
the same list. The files they reported on are kept in the outermost build's state, so that a page-time
check (the trainer page's, say) does not say the same mistake again (toolkit.checks.unsaid).

Each problem is logged as an error, not raised: the author sees every mistake at once, and --strict fails.
An error, not a warning: MkDocs' `--quiet` keeps warnings from the strict-mode counter (mkdocs#4126).

A page that is not UTF-8 is handed to MkDocs (on_pre_page) as read here, the bad bytes replaced (MkDocs
would stop with a traceback); on_page_markdown gives a page whose front matter could not be read its body without the
front matter, so the raw block is never shown, even by `mkdocs serve` (the strict build fails anyway);
at 45, before the trainer hook (40) blanks the trainer notes in that body.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority, get_plugin_logger

from toolkit import checks, languages, sources, state
from toolkit.ladder import DATA_DIR as LADDERS

log = get_plugin_logger("toolkit")


def on_files(files, config):
    build = state.current()
    model = sources.read(build.languages, build.docs_dir, build.docs_label(),
                         [f.src_uri for f in files.documentation_pages()], build.root / LADDERS, LADDERS)
    build.sources = model
    if languages.is_default_build(config):
        problems = checks.run(model)
        for problem in problems:
            log.error(str(problem))
        for problem in checks.large_pages(model):
            log.warning(str(problem))
        state.outermost().of(checks.REPORTED)["files"] = {p.path for p in problems}
    return files


def on_pre_page(page, config, files):
    """A page that is not UTF-8 is read as decoded here, bad bytes replaced (MkDocs, about to read it,
    would stop with a traceback); the file keeps its path (static-i18n and source_of go by it)."""
    source = state.current().source_of(page)
    if source.unreadable:
        path = page.file.abs_src_path
        page.file.content_string = source.text
        page.file.abs_src_path = path
    return page


# At 45: after static-i18n (+50), before hooks/trainer.py (40) blanks the page's ```trainer blocks. The body
# given here is the source's, notes and all: at 0 it would put back, in a learner page, the notes the
# trainer hook had just taken out (the build fails, but site/ is still written).
@event_priority(45)
def on_page_markdown(markdown, page, config, files):
    source = state.current().source_of(page)
    return markdown if source.readable else source.body
