"""Link previews (Open Graph) in the page's language, and hreflang alternates as absolute URLs with an
x-default, in every page's <head> (toolkit.sharing). Done on the finished page rather than in
overrides/main.html: Material writes the relative alternates inside its own head block, which a
template could only replace by copying that block."""

from __future__ import annotations

from mkdocs.plugins import get_plugin_logger

from toolkit import sharing, state

log = get_plugin_logger("toolkit")


def on_post_page(output, page, config):
    problems = sharing.problems_of(page.file.src_uri, config.site_url)
    for problem in problems:
        log.error(str(problem))
    if problems:
        return output
    build = state.current()
    title = page.meta.get("title") or page.title or config.site_name
    return sharing.render(output, page_url=page.url, title=str(title), site_name=config.site_name,
                          language=build.language, default_language=build.languages.default,
                          site_url=config.site_url)
