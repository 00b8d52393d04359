"""The co-production ladder and its self-assessment, from ladders/<id>.yml (toolkit.ladder does the work).

- The ladder files and every page's markers are checked with the other site-wide checks
  (toolkit.checks: ladder_files, ladder_placements, page_markers), run by hooks/checks.py.
- on_page_content replaces each marker with the ladder or self-assessment in the page's language; a
  broken ladder or placement becomes nothing (its mistake is an error, so --strict fails).
- on_post_page links ladder.css and ladder.js, only on pages that show a ladder.
Nothing is kept between builds: mkdocs-static-i18n runs the whole build once per language.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import get_plugin_logger
from mkdocs.utils import get_relative_url

from toolkit import frontmatter, state
from toolkit import ladder as ladders
from toolkit.ladder import placement, render

log = get_plugin_logger("toolkit")
ASSETS_CSS = "assets/ladder/ladder.css"
ASSETS_JS = "assets/ladder/ladder.js"


def _root(config) -> Path:
    return Path(config.config_file_path).parent


def _placements(path: Path, label: str):
    _, body, offset = frontmatter.split(path.read_text(encoding="utf-8"))
    return placement.scan(body, label, first_line=offset + 1)


def on_page_content(html, page, config, files):
    if "toolkit:ladder" not in html:
        return html
    root = _root(config)
    source = Path(page.file.abs_src_path)
    label = source.relative_to(root).as_posix() if source.is_relative_to(root) else page.file.src_uri
    found, problems = _placements(source, label)
    usable = {}
    for ladder_id in {p.ladder_id for p in found if p.ok}:
        ladder, ladder_problems = ladders.load(root, ladder_id)
        # Mistakes inside the file were reported by on_files; here the ladder is just left out.
        usable[ladder_id] = ladder if ladder is not None and not ladder_problems else None
    available = ladders.available(root)
    # The page's mistakes were reported by hooks/checks.py (toolkit.checks); here they only leave a
    # placement out.
    problems += placement.check_page(found, label, usable, available)
    broken_lines = {p.line for p in problems}
    language = state.current().language
    catalogue = state.current().strings()

    def render_marker(index: int, kind: str, ladder_id: str) -> str:
        where = found[index] if index < len(found) else None
        ladder = usable.get(ladder_id)
        if where is None or not where.ok or where.line in broken_lines or ladder is None:
            return ""
        if kind == placement.LADDER:
            return render.render_ladder(ladder, language, catalogue)
        return render.render_assessment(ladder, language, catalogue)

    return placement.replace(html, render_marker)


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
