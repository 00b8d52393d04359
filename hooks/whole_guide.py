"""One printable "whole guide" page per guide and language, <guide>/print.html (toolkit.whole_guide).

- on_page_content adds a link to it at the end of each guide's index page.
- overrides/assets/whole_guide/print.css is linked on every page, with media="print" (toolkit.assets):
  printing any page gives its text without the site's navigation, and quizzes with their answer key.
- on_post_build, in each language's build, composes it from that language's built pages, following the
  learning path (rel="next") from the guide's index page. It is written after MkDocs has finished, so it
  is in no navigation, previous/next link, sitemap or search index.
"""

from __future__ import annotations

import posixpath
from html import escape
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from toolkit import frontmatter, strings
from toolkit.problems import Problem
from toolkit.whole_guide import guides_in, path_chain
from toolkit.whole_guide.parse import PRINT_FILE
from toolkit.whole_guide.render import BuiltPage, compose

log = get_plugin_logger("toolkit")


def _languages(config) -> tuple[str, str, str]:
    """(this build's language, the default language, the other language)."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return "en", "en", "cy"
    current = i18n.current_language or i18n.default_language
    other = next((lang for lang in i18n.build_languages if lang != current), current)
    return current, i18n.default_language, other


def _meta(path: Path) -> dict:
    meta, _, _ = frontmatter.split(path.read_text(encoding="utf-8"))
    return meta


def on_page_content(html, page, config, files):
    if page.file.name != "index" or not page.file.abs_src_path or "/" not in page.file.src_uri.removeprefix(
            f"{strings.language_of(page)}/"):
        return html
    if not _meta(Path(page.file.abs_src_path)).get("guide"):
        return html
    text = strings.for_page(page)["whole_guide_link"]
    return html + f'\n<p class="ic-whole-guide__link"><a href="{PRINT_FILE}">{escape(text)}</a></p>\n'


def on_post_build(config):
    language, default, other = _languages(config)
    docs = Path(config.docs_dir)
    site = Path(config.site_dir)
    paths = [p.relative_to(docs).as_posix() for p in docs.glob("*/index.md")]
    catalogue = strings.load(language if language in strings.LANGUAGES else "en")
    prefix = "" if language == default else f"{language}/"
    other_prefix = "" if other == default else f"{other}/"
    root_url = (config.site_url or "/").rstrip("/") + "/"
    for guide in guides_in(paths, lambda p: (docs / p).read_text(encoding="utf-8")):
        folder = site / prefix / guide.folder
        start = folder / "index.html"
        if not start.is_file():
            log.error(str(Problem(f"{docs.name}/{prefix}{guide.folder}/index.md",
                                  f"was not built as {prefix}{guide.folder}/index.html, so the guide has "
                                  f"no whole-guide page")))
            continue
        source = docs / prefix / guide.folder / "index.md"
        name = _meta(source).get("guide") if source.is_file() else None
        print_path = f"{prefix}{guide.folder}/{PRINT_FILE}"
        pages = [BuiltPage(p.relative_to(site.resolve()).as_posix(), p.read_text(encoding="utf-8"))
                 for p in path_chain(start, folder)]
        html = compose(
            pages, guide_folder=f"{prefix}{guide.folder}", print_path=print_path,
            title=catalogue["whole_guide_title"].format(guide=name or guide.name),
            intro=catalogue["whole_guide_intro"], page_label=catalogue["whole_guide_page_label"],
            twin_print_href=posixpath.relpath(f"{other_prefix}{guide.folder}/{PRINT_FILE}",
                                              posixpath.dirname(print_path)),
            absolute_print_url=root_url + print_path)
        (site / print_path).write_text(html, encoding="utf-8")
