"""Every component's stylesheets and scripts, linked from the theme's own blocks (toolkit.assets).

- on_pre_build (after hooks/build.py at +1000): each listed file's content hash, once per build, kept in
  the build's state. A listed file that is missing is an error.
- Components say that a page uses them (`toolkit.assets.use`) during any page event up to on_page_context.
- on_page_context at -200, after every other handler (mkdocs-static-i18n at +50, Material's search at 0,
  hooks/search.py's restore at -1), gives the template `ic_assets`: the page's tags, URLs relative to the
  page; overrides/main.html writes them.
- on_template_context at -200, for the 404 pages (no page object: served at any address), gives the same
  site-wide tags with absolute URLs from the site's root.
- on_post_build at -250, in the outer build only: after mkdocs-static-i18n (-100) has run every language's
  build (each copies the theme's files again), and before hooks/offline.py (-300) zips the site, every
  listed file in site/ is replaced by its minified form (toolkit.assets.minified); a script the minifier
  cannot read (not ES5) is an error naming its file and line. Its ?v= hash is the
  source's, so it still changes whenever the source does.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.utils import get_relative_url

from toolkit import assets, languages, state

log = get_plugin_logger("toolkit")


def on_pre_build(config):
    build = state.current()
    hashes, problems = assets.digests(Path(config.theme.custom_dir), build.label)
    for problem in problems:
        log.error(str(problem))
    build.of(assets.STATE)["hashes"] = hashes


@event_priority(-200)
def on_page_context(context, page, config, nav):
    build = state.current()
    entry = build.drop_page(assets.STATE, page.file.src_uri)
    context["ic_assets"] = assets.links(
        assets.used(entry), build.of(assets.STATE)["hashes"],
        lambda path: get_relative_url(path, page.url) or "./")
    return context


@event_priority(-200)
def on_template_context(context, template_name, config):
    if template_name != assets.NOT_FOUND:
        return context
    build = state.current()
    entry = build.drop_page(assets.STATE, assets.NOT_FOUND)
    root = urlsplit(config.site_url or "/").path or "/"
    context["ic_assets"] = assets.links(assets.used(entry), build.of(assets.STATE)["hashes"],
                                        assets.absolute(root))
    return context


@event_priority(-250)
def on_post_build(config):
    if languages.is_nested_build(config):
        return
    site, build = Path(config.site_dir), state.current()
    for component in assets.COMPONENTS:
        for file in component.files:
            target = site / file.path
            if target.is_file():
                problem = assets.minify_file(target, file.path,
                                             build.label(Path(config.theme.custom_dir) / file.path))
                if problem:
                    log.error(str(problem))  # the strict build fails on it
