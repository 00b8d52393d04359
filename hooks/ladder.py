"""The co-production ladder and its self-assessment, from ladders/<id>.yml (toolkit.ladder does the work).

- on_config adds the toolkit's Markdown extension (toolkit.markdown_ext).
- on_files (default-language build only, so each mistake is reported once): checks every ladder file
  and that each page's Welsh twin places the same ladders as the English page.
- on_page_markdown asks the extension to put, in place of each marker, the ladder or self-assessment in
  the page's language, its sentences converted by the page's own Markdown (extensions, link checks, link
  rewriting). A broken ladder or placement becomes nothing (its mistake is an error, so --strict fails).
- on_post_page links ladder.css and ladder.js, only on pages that show a ladder.
Nothing is kept between builds: mkdocs-static-i18n runs the whole build once per language.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from mkdocs.plugins import get_plugin_logger
from mkdocs.utils import get_relative_url

from toolkit import builds, frontmatter, languages, markdown_ext, state, strings, translations
from toolkit import ladder as ladders
from toolkit.ladder import placement, render
from toolkit.problems import Problem

log = get_plugin_logger("toolkit")
ASSETS_CSS = "assets/ladder/ladder.css"
ASSETS_JS = "assets/ladder/ladder.js"


def _root(config) -> Path:
    return Path(config.config_file_path).parent


def _placements(path: Path, label: str):
    _, body, offset = frontmatter.split(path.read_text(encoding="utf-8"))
    return placement.scan(body, label, first_line=offset + 1)


def on_files(files, config):
    if not builds.is_default_language_build(config):
        return files
    root = _root(config)
    for ladder_id in ladders.available(root):
        for problem in ladders.load(root, ladder_id)[1]:
            log.error(str(problem))
    docs = Path(config.docs_dir)
    docs_label = docs.relative_to(root).as_posix() if docs.is_relative_to(root) else docs.name
    paths = [f.src_uri for f in files.documentation_pages()]
    pairs, _ = translations.pair_pages(paths, docs_label)  # missing twins are hooks/translations.py's to report
    for pair in pairs:
        en, _ = _placements(docs / pair.en, f"{docs_label}/{pair.en}")
        cy, _ = _placements(docs / pair.cy, f"{docs_label}/{pair.cy}")
        for problem in placement.compare_twins(f"{docs_label}/{pair.en}", en, f"{docs_label}/{pair.cy}", cy):
            log.error(str(problem))
    return files


def on_config(config):
    markdown_ext.install(config)
    return config


def _report(problems, page) -> None:
    if not problems:
        return
    # MkDocs gives on_page_markdown the page without its front matter. Only to name the right line of the
    # file in a message, count the lines the front matter takes: the one read of the file, on a mistake.
    _, _, offset = frontmatter.split(Path(page.file.abs_src_path).read_text(encoding="utf-8"))
    for problem in problems:
        log.error(str(dataclasses.replace(problem, line=problem.line + offset) if problem.line else problem))


def on_page_markdown(markdown, page, config, files):
    if "toolkit:ladder" not in markdown:
        return markdown
    build = state.current()
    label = build.label(Path(page.file.abs_src_path).resolve())
    language = languages.of_page(page, build.languages)
    catalogue = strings.for_page(page)

    def find(lines, conversion):
        found, problems = placement.scan("\n".join(lines), label)
        usable = {}
        for ladder_id in {p.ladder_id for p in found if p.ok}:
            ladder, ladder_problems = ladders.load(build.root, ladder_id)
            # Mistakes inside the file were reported by on_files; here the ladder is just left out.
            usable[ladder_id] = ladder if ladder is not None and not ladder_problems else None
        problems += placement.check_page(found, label, usable, ladders.available(build.root))
        _report(problems, page)
        broken_lines = {p.line for p in problems}

        def show(where):
            ladder = usable.get(where.ladder_id)
            if not where.ok or where.line in broken_lines or ladder is None:
                return None
            return (render.texts(where.kind, ladder, language),
                    lambda html: render.render(where.kind, ladder, language, catalogue, html))

        def lost(where):
            _report([Problem(label, f"{placement.example(where.kind, where.ladder_id)} could not be shown: it "
                                    f"did not reach the page's Markdown (is it inside an indented code block?)",
                             where.line)], page)

        return placement.place(lines, found, show, conversion, lost=lost)

    markdown_ext.add(page.file.src_uri, "ladder", find)
    return markdown


def on_post_page(output, page, config):
    if 'data-module="ic-ladder"' not in output:
        return output
    css = get_relative_url(ASSETS_CSS, page.url)
    js = get_relative_url(ASSETS_JS, page.url)
    tags = f'<link rel="stylesheet" href="{css}">\n<script src="{js}" defer></script>\n'
    return output.replace("</head>", tags + "</head>", 1)


def on_serve(server, config, builder):
    folder = _root(config) / ladders.DATA_DIR
    if folder.is_dir():
        server.watch(str(folder))
    return server
