"""The co-production ladder and its self-assessment, from ladders/<id>.yml (toolkit.ladder does the work).

- on_files (default-language build only, so each mistake is reported once): checks every ladder file
  and that each page's Welsh twin places the same ladders as the English page.
- on_page_content replaces each marker with the ladder or self-assessment in the page's language; a
  broken ladder or placement becomes nothing (its mistake is an error, so --strict fails).
- on_page_context says the page uses the ladder's assets (toolkit.assets), only on pages that show a ladder.
Nothing is kept between builds: mkdocs-static-i18n runs the whole build once per language.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from toolkit import assets, builds, frontmatter, strings, translations
from toolkit import ladder as ladders
from toolkit.ladder import placement, render

log = get_plugin_logger("toolkit")


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
    problems += placement.check_page(found, label, usable, available)
    for problem in problems:
        log.error(str(problem))
    broken_lines = {p.line for p in problems}
    language = strings.language_of(page)
    catalogue = strings.for_page(page)

    def render_marker(index: int, kind: str, ladder_id: str) -> str:
        where = found[index] if index < len(found) else None
        ladder = usable.get(ladder_id)
        if where is None or not where.ok or where.line in broken_lines or ladder is None:
            return ""
        if kind == placement.LADDER:
            return render.render_ladder(ladder, language, catalogue)
        return render.render_assessment(ladder, language, catalogue)

    return placement.replace(html, render_marker)


def on_page_context(context, page, config, nav):
    if 'data-module="ic-ladder"' in (page.content or ""):
        assets.use(assets.entry(page.file.src_uri), "ladder")
    return context


def on_serve(server, config, builder):
    folder = _root(config) / ladders.DATA_DIR
    if folder.is_dir():
        server.watch(str(folder))
    return server
