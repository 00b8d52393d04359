"""Self-assessment quizzes written as ```quiz blocks in a page's Markdown (toolkit.quiz does the work).

- on_files reads every page's source from disk (both languages), checks every quiz, its id across the
  site and its parity with the Welsh twin, and reports each mistake once, in the default-language
  build (the i18n plugin runs the whole build once per language in this process). It runs after the
  plugin (-100) so the report can ride on this build's own Files object: per-build data, no module
  state, nothing carried from the English build into the Welsh one.
- on_page_markdown swaps each quiz block for its texts as plain paragraphs, so the page's own Markdown
  converts them (extensions, link checks, link rewriting); a quiz with any problem becomes nothing.
- on_page_content renders each quiz from those converted texts.
- on_page_context says the page uses the quiz's assets (toolkit.assets), only on pages that show a quiz.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from toolkit import assets, strings
from toolkit.quiz import fragments
from toolkit.quiz import render, site

log = get_plugin_logger("toolkit")
_REPORT = "ic_quiz_report"


def _report(files, config) -> site.Report:
    report = getattr(files, _REPORT, None)
    return report if report is not None else _check(config)


def _check(config) -> site.Report:
    docs = Path(config.docs_dir)
    paths = [p.relative_to(docs).as_posix() for p in docs.rglob("*.md")]
    return site.check(paths, lambda p: (docs / p).read_text(encoding="utf-8"), docs.name)


def _source_path(page, config) -> str:
    # From the file on disk: the i18n plugin may give Welsh pages another src_uri.
    return Path(page.file.abs_src_path).relative_to(config.docs_dir).as_posix()


@event_priority(-110)
def on_files(files, config):
    report = _check(config)
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.current_language in (None, i18n.default_language):
        for problem in report.problems:
            log.error(str(problem))
    setattr(files, _REPORT, report)
    return files


def on_page_markdown(markdown, page, config, files):
    if "quiz" not in markdown:
        return markdown
    quizzes = _report(files, config).renderable(_source_path(page, config))
    # Even with no quiz to show, a quiz fence must go: as a code block it would print the answers.
    markdown, matched = fragments.replace_blocks(markdown, quizzes)
    if not matched:
        log.error(f"{page.file.src_uri}: the quiz blocks changed before the quiz hook saw them; "
                  f"no quiz is shown on this page")
    return markdown


def on_page_content(html, page, config, files):
    quizzes = _report(files, config).renderable(_source_path(page, config))
    if not any(quizzes):
        return html
    catalogue = strings.for_page(page)
    html, broken = fragments.fill(html, quizzes, lambda quiz, fragments: render.render(
        quiz, fragments, catalogue))
    for index in broken:
        log.error(f"{page.file.src_uri}: quiz '{quizzes[index].id}' could not be rendered: its texts did "
                  f"not survive the Markdown conversion (is it inside a block that changes paragraphs?)")
    return html


def on_page_context(context, page, config, nav):
    if 'data-module="ic-quiz"' in (page.content or ""):
        assets.use(assets.entry(page.file.src_uri), "quiz")
    return context
