"""Self-assessment quizzes written as ```quiz blocks in a page's Markdown (toolkit.quiz does the work).

- Every quiz, its id across the site and its parity with the Welsh twin are checked with the other
  site-wide checks (toolkit.checks, run by hooks/checks.py); which quizzes may be rendered is worked out
  once per build from the same sources, and kept in the build's state.
- on_page_markdown swaps each quiz block for its texts as plain paragraphs, so the page's own Markdown
  converts them (extensions, link checks, link rewriting); a quiz with any problem becomes nothing.
- on_page_content renders each quiz from those converted texts.
- on_post_page links quiz.css and quiz.js, only on pages that have a quiz.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mkdocs.plugins import get_plugin_logger
from mkdocs.utils import get_relative_url

from toolkit import state
from toolkit.quiz import fragments
from toolkit.quiz import render, site

log = get_plugin_logger("toolkit")
ASSETS = ("assets/quiz/quiz.css", "assets/quiz/quiz.js")


def _report() -> site.Report:
    """Every quiz of the site and which may be rendered, worked out once per build from its sources (the
    mistakes themselves are logged by hooks/checks.py)."""
    found = state.current().of("quiz")
    if "report" not in found:
        found["report"] = site.check(state.current().sources)
    return found["report"]


def _source_path(page) -> str:
    # From the file on disk: the i18n plugin may give Welsh pages another src_uri.
    return state.current().source_of(page).path


def on_page_markdown(markdown, page, config, files):
    if "quiz" not in markdown:
        return markdown
    quizzes = _report().renderable(_source_path(page))
    # Even with no quiz to show, a quiz fence must go: as a code block it would print the answers.
    markdown, matched = fragments.replace_blocks(markdown, quizzes)
    if not matched:
        log.error(f"{page.file.src_uri}: the quiz blocks changed before the quiz hook saw them; "
                  f"no quiz is shown on this page")
    return markdown


def on_page_content(html, page, config, files):
    quizzes = _report().renderable(_source_path(page))
    if not any(quizzes):
        return html
    catalogue = state.current().strings()
    html, broken = fragments.fill(html, quizzes, lambda quiz, fragments: render.render(
        quiz, fragments, catalogue))
    for index in broken:
        log.error(f"{page.file.src_uri}: quiz '{quizzes[index].id}' could not be rendered: its texts did "
                  f"not survive the Markdown conversion (is it inside a block that changes paragraphs?)")
    return html


def _versioned(path: str, page, config) -> str:
    # The file's own hash in the URL: browsers may cache it for ever, a new build gets a new URL.
    source = Path(config.theme.custom_dir) / path
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:10]
    return f"{get_relative_url(path, page.url)}?v={digest}"


def on_post_page(output, page, config):
    if 'data-module="ic-quiz"' not in output:
        return output
    css, js = (_versioned(path, page, config) for path in ASSETS)
    tags = f'<link rel="stylesheet" href="{css}">\n<script src="{js}" defer></script>\n'
    return output.replace("</head>", tags + "</head>", 1)
