"""The co-production ladder and its self-assessment, from ladders/<id>.yml (toolkit.ladder does the work).

- The ladder files and every page's markers are checked with the other site-wide checks
  (toolkit.checks: ladder_files, ladder_placements, page_markers), run by hooks/checks.py.
- on_page_markdown asks the extension to put, in place of each marker, the ladder or self-assessment in
  the page's language, its sentences converted by the page's own Markdown (extensions, link checks, link
  rewriting). A broken ladder or placement becomes nothing (its mistake is an error, so --strict fails).
  A page that shows one uses the ladder's CSS and JS (toolkit.assets). Each self-assessment placed is kept,
  with its converted statements, in this build's state for the trainer's worksheets
  (toolkit.trainer.worksheet).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from toolkit import assets, learning, markdown_ext, state
from toolkit import ladder as ladders
from toolkit.ladder import placement, render
from toolkit.problems import Problem
from toolkit.trainer import worksheet

log = get_plugin_logger("toolkit")


def on_page_markdown(markdown, page, config, files):
    if "toolkit:ladder" not in markdown:
        return markdown
    build = state.current()
    source = build.source_of(page)
    language = build.language
    catalogue = build.strings()
    model = build.sources
    guide = learning.guide_key(source.path, build.languages)  # the learning record's key

    def find(lines, conversion):
        # The lines MkDocs converts are the body, without the front matter: number them as in the file.
        found, problems = placement.scan("\n".join(lines), source.label, first_line=source.first_body_line)
        usable = {}
        for ident in {p.ladder_id for p in found if p.ok}:
            data = model.ladders.get(ident)
            ladder, ladder_problems = ladders.checked(data.text, data.label, ident) if data else (None, ())
            usable[ident] = ladder if ladder is not None and not ladder_problems else None
        # The page's mistakes were reported by hooks/checks.py (toolkit.checks); here they only leave a
        # placement out.
        problems += placement.check_page(found, source.label, usable, sorted(model.ladders))
        broken_lines = {p.line for p in problems}

        def show(where):
            ladder = usable.get(where.ladder_id)
            if not where.ok or where.line in broken_lines or ladder is None:
                return None
            assets.use(build.page(assets.STATE, page.file.src_uri), "ladder")
            def shown(html, where=where, ladder=ladder):
                if where.kind == placement.ASSESSMENT:
                    worksheet.keep(build.of(worksheet.STATE), source.path,
                                   worksheet.Exercise(where.line, worksheet.ASSESSMENT, ladder, dict(html)))
                return render.render(where.kind, ladder, language, catalogue, html, guide)

            return render.texts(where.kind, ladder, language), shown

        def lost(where):
            # Only the conversion can tell: a marker that never reached the page's Markdown tree.
            log.error(str(Problem(source.label, f"{placement.example(where.kind, where.ladder_id)} could not be "
                                                f"shown: it did not reach the page's Markdown (is it inside an "
                                                f"indented code block?)", where.line)))

        return placement.place(lines, found, show, conversion, first_line=source.first_body_line, lost=lost)

    markdown_ext.add(page.file.src_uri, "ladder", find)
    return markdown


def on_serve(server, config, builder):
    folder = Path(config.config_file_path).parent / ladders.DATA_DIR
    if folder.is_dir():
        server.watch(str(folder))
    return server
