"""Page last reviewed / Next review due on guide pages, from front matter, in the page's language.

The dates are checked once, in the default-language build (both languages' sources are visible then), so
each mistake is reported once; every page is then rendered by overrides/main.html from `ic_review`.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from toolkit import assets, builds, review_dates, strings

log = get_plugin_logger("toolkit")


def on_files(files, config):
    if not builds.is_default_language_build(config):
        return files
    paths, read = builds.docs_sources(files, config)
    for problem in review_dates.check_site(paths, read):
        log.error(str(problem))
    return files


def on_page_context(context, page, config, nav):
    text = Path(page.file.abs_src_path).read_text(encoding="utf-8")
    review = review_dates.review_of(text, page.file.src_uri)
    language = strings.language_of(page)
    context["ic_review"] = review_dates.render(review, language, strings.load(language))
    if review is not None:
        assets.use(assets.entry(page.file.src_uri), "review_dates")
    return context
