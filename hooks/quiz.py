"""Self-assessment quizzes written as ```quiz blocks in a page's Markdown (toolkit.quiz does the work).

- Every quiz, its id across the site and its parity with the Welsh twin are checked with the other
  site-wide checks (toolkit.checks, run by hooks/checks.py); which quizzes may be rendered is worked out
  once per build from the same sources, and kept in the build's state.
- on_page_markdown (after static-i18n's, +50) asks the extension to put each quiz block's quiz in the
  page, its texts converted by the page's own Markdown (extensions, link checks, link rewriting); a quiz
  with any problem becomes nothing.
  The page then uses the quiz's CSS and JS (toolkit.assets), only if it shows a quiz. Each quiz placed is
  kept, with its converted texts, in this build's state for the trainer's worksheets
  (toolkit.trainer.worksheet), which are written once every page is rendered.
"""

from __future__ import annotations

from mkdocs.plugins import get_plugin_logger

from toolkit import assets, learning, markdown_ext, state
from toolkit.quiz import render, site
from toolkit.trainer import worksheet

log = get_plugin_logger("toolkit")


def _report() -> site.Report:
    """Every quiz of the site and which may be rendered, worked out once per build from its sources (the
    mistakes themselves are logged by hooks/checks.py)."""
    found = state.current().of("quiz")
    if "report" not in found:
        found["report"] = site.check(state.current().sources)
    return found["report"]


def on_page_markdown(markdown, page, config, files):
    if "quiz" not in markdown:
        return markdown
    build = state.current()
    source = build.source_of(page)  # by the file on disk: the i18n plugin may give Welsh pages another src_uri
    quizzes = _report().renderable(source.path)
    catalogue = build.strings()
    # The page's place in the learning record, the same in every language: its guide (folder) and its URL
    # in the default language.
    where = {"guide": learning.guide_key(source.path, build.languages),
             "page": learning.page_key(page.url, build.languages)}
    if any(quizzes):
        assets.use(build.page(assets.STATE, page.file.src_uri), "quiz")

    def lost(quiz):
        log.error(f"{source.label}: quiz '{quiz.id}' could not be rendered: it did not reach the page's "
                  f"Markdown (is it inside a block that changes paragraphs, such as an indented code block?)")

    def keep(quiz, html):
        worksheet.keep(build.of(worksheet.STATE), source.path, worksheet.Exercise(quiz.line, worksheet.QUIZ, quiz, html))

    def find(lines, conversion):
        lines, matched = render.place(lines, conversion, quizzes, catalogue, lost, where, keep)
        if not matched:
            log.error(f"{source.label}: the quiz blocks changed before the quiz hook saw them; no quiz is "
                      f"shown on this page")
        return lines

    markdown_ext.add(page.file.src_uri, "quiz", find)
    return markdown

