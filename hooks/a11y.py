"""Accessibility fixes that apply to the whole site (issue 5).

- Every finished page is valid HTML with a skip link (see toolkit.a11y for what is repaired and why).
- overrides/assets/a11y/a11y.js, on every page: search results marked with their language (the one
  search index holds both languages), and a keyboard-operable menu button on narrow screens.
- Site pages such as the accessibility statement (front matter `in_nav: false`) stay out of the navigation
  and out of the guides' previous/next learning path; they are linked from every page's footer instead.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from mkdocs.plugins import event_priority
from mkdocs.structure.files import InclusionLevel
from mkdocs.utils import get_relative_url

from toolkit import a11y, state

SITE_JS = "assets/a11y/a11y.js"


def on_files(files, config):
    # Default priority, after hooks/checks.py has read the sources and before mkdocs-static-i18n (-100)
    # splits the files by language, keeping `inclusion`.
    model = state.current().sources
    for file in files.documentation_pages():
        if model.pages[file.src_uri].meta.get("in_nav") is False:
            file.inclusion = InclusionLevel.NOT_IN_NAV
    return files


def _finish(output: str, catalogue, src: str, root: str) -> str:
    output = a11y.repair(output, catalogue["a11y_skip_link"])
    return a11y.add_site_script(output, src, {
        "root": root,
        "name-en": catalogue["a11y_language_en"],
        "name-cy": catalogue["a11y_language_cy"],
        "menu-label": catalogue["a11y_menu_button"],
        "nav-back": catalogue["a11y_menu_back"],
    })


def on_post_page(output, page, config):
    return _finish(output, state.current().strings(), get_relative_url(SITE_JS, page.url),
                   get_relative_url("", page.url) or "./")


# Before hooks/not_found.py (priority 0), which writes the Welsh 404 page itself and hands MkDocs nothing.
@event_priority(50)
def on_post_template(output, template_name, config):
    if template_name != "404.html":
        return output
    catalogue = state.current().strings()
    # A 404 page is served at any address, so its links must be absolute (as Material's own are there).
    root = urlsplit(config.site_url or "/").path or "/"
    return _finish(output, catalogue, root + SITE_JS, root)
