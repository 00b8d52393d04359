"""Self-assessment quizzes written as ```quiz blocks in a page's Markdown (toolkit.quiz does the work).

- on_config adds the toolkit's Markdown extension (toolkit.markdown_ext), which renders components
  inside the page's own Markdown conversion.
- on_files reads every page's source from disk (both languages), checks every quiz, its id across the
  site and its parity with the Welsh twin, and reports each mistake once, in the default-language
  build (the i18n plugin runs the whole build once per language in this process). It runs after the
  plugin (-100); the report is kept in this build's state (toolkit.state), nothing is carried from the
  English build into the Welsh one.
- on_page_markdown (after static-i18n's, +50) asks the extension to put each quiz block's quiz in the
  page, its texts converted by the page's own Markdown (extensions, link checks, link rewriting); a quiz
  with any problem becomes nothing.
- on_post_page links quiz.css and quiz.js, only on pages that have a quiz.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.utils import get_relative_url

from toolkit import markdown_ext, state, strings
from toolkit.quiz import render, site

log = get_plugin_logger("toolkit")
ASSETS = ("assets/quiz/quiz.css", "assets/quiz/quiz.js")


def _report(config) -> site.Report:
    report = state.current().of("quiz").get("report")
    return report if report is not None else _check(config)


def _check(config) -> site.Report:
    docs = Path(config.docs_dir)
    paths = [p.relative_to(docs).as_posix() for p in docs.rglob("*.md")]
    return site.check(paths, lambda p: (docs / p).read_text(encoding="utf-8"), docs.name)


def _source_path(page, config) -> str:
    # From the file on disk: the i18n plugin may give Welsh pages another src_uri.
    return Path(page.file.abs_src_path).relative_to(config.docs_dir).as_posix()


def on_config(config):
    markdown_ext.install(config)
    return config


@event_priority(-110)
def on_files(files, config):
    report = _check(config)
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.current_language in (None, i18n.default_language):
        for problem in report.problems:
            log.error(str(problem))
    state.current().of("quiz")["report"] = report
    return files


def on_page_markdown(markdown, page, config, files):
    if "quiz" not in markdown:
        return markdown
    quizzes = _report(config).renderable(_source_path(page, config))
    catalogue = strings.for_page(page)
    where = page.file.src_uri

    def lost(quiz):
        log.error(f"{where}: quiz '{quiz.id}' could not be rendered: it did not reach the page's Markdown "
                  f"(is it inside a block that changes paragraphs, such as an indented code block?)")

    def find(lines, conversion):
        lines, matched = render.place(lines, conversion, quizzes, catalogue, lost)
        if not matched:
            log.error(f"{where}: the quiz blocks changed before the quiz hook saw them; no quiz is shown on "
                      f"this page")
        return lines

    markdown_ext.add(page.file.src_uri, "quiz", find)
    return markdown


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
