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

from toolkit import csp, state
from toolkit.problems import Problem
from toolkit.whole_guide import guides_in, path_chain
from toolkit.whole_guide.parse import PRINT_FILE
from toolkit.whole_guide.render import BuiltPage, compose

log = get_plugin_logger("toolkit")


def on_page_content(html, page, config, files):
    build = state.current()
    if page.file.name != "index" or not page.file.abs_src_path:
        return html
    source = build.source_of(page)
    if "/" not in build.languages.base_path(source.path) or not source.meta.get("guide"):
        return html
    text = build.strings()["whole_guide_link"]
    return html + f'\n<p class="ic-whole-guide__link"><a href="{PRINT_FILE}">{escape(text)}</a></p>\n'


def on_post_build(config):
    build = state.current()
    language, langs = build.language, build.languages
    # The whole-guide page links its translation in one other language (the site has two).
    other = langs.others(language)[0] if langs.others(language) else language
    docs = Path(config.docs_dir)
    site = Path(config.site_dir)
    model = build.sources
    # Each guide's index page in the default language, as the whole-guide pages are found from them.
    paths = [p for p in model.paths if langs.of_path(p) == langs.default and p.count("/") == 1
             and p.endswith("/index.md")]
    catalogue = build.strings()
    prefix = langs.prefix(language)
    other_prefix = langs.prefix(other)
    root_url = (config.site_url or "/").rstrip("/") + "/"
    for guide in guides_in(paths, model.read):
        folder = site / prefix / guide.folder
        start = folder / "index.html"
        if not start.is_file():
            log.error(str(Problem(f"{docs.name}/{prefix}{guide.folder}/index.md",
                                  f"was not built as {prefix}{guide.folder}/index.html, so the guide has "
                                  f"no whole-guide page")))
            continue
        source = model.pages.get(f"{prefix}{guide.folder}/index.md")
        name = source.meta.get("guide") if source is not None else None
        print_path = f"{prefix}{guide.folder}/{PRINT_FILE}"
        pages = [BuiltPage(p.relative_to(site.resolve()).as_posix(), p.read_text(encoding="utf-8"))
                 for p in path_chain(start, folder)]
        html = compose(
            pages, guide_folder=f"{prefix}{guide.folder}", print_path=print_path,
            title=catalogue["whole_guide_title"].format(guide=name or guide.name),
            intro=catalogue["whole_guide_intro"], page_label=catalogue["whole_guide_page_label"],
            twin_print_href=posixpath.relpath(f"{other_prefix}{guide.folder}/{PRINT_FILE}",
                                              posixpath.dirname(print_path)),
            absolute_print_url=root_url + print_path, contents_label=catalogue["whole_guide_contents"],
            print_label=catalogue["whole_guide_print"])
        # Its own policy, from its own finished text (toolkit.csp), as every page has.
        (site / print_path).write_text(csp.secure_page(html), encoding="utf-8")
