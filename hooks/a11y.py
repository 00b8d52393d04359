"""Accessibility fixes that apply to the whole site (issue 5).

- Every finished page is valid HTML with a skip link (see toolkit.a11y for what is repaired and why).
- overrides/assets/a11y/ on every page (toolkit.assets): a11y.css (Material's colours, focus, hidden
  controls; the footer's links) and a11y.js (focus on the colour-scheme switch, keyboard-operable menu and
  search buttons on narrow screens); this hook hands a11y.js its strings in the page's language.
- Site pages such as the accessibility statement (front matter `in_nav: false`) stay out of the navigation
  and out of the guides' previous/next learning path; they are linked from every page's footer instead.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority
from mkdocs.structure.files import InclusionLevel

from toolkit import a11y, assets, state


def on_files(files, config):
    # Default priority, after hooks/checks.py has read the sources and before mkdocs-static-i18n (-100)
    # splits the files by language, keeping `inclusion`.
    model = state.current().sources
    for file in files.documentation_pages():
        if model.pages[file.src_uri].meta.get("in_nav") is False:
            file.inclusion = InclusionLevel.NOT_IN_NAV
    return files


def _use(key: str) -> None:
    build = state.current()
    catalogue = build.strings()
    assets.use(build.page(assets.STATE, key), "a11y", menu_label=catalogue["a11y_menu_button"],
               nav_back=catalogue["a11y_menu_back"])


def on_page_context(context, page, config, nav):
    _use(page.file.src_uri)
    return context


def on_template_context(context, template_name, config):
    if template_name == assets.NOT_FOUND:
        _use(assets.NOT_FOUND)
    return context


def on_post_page(output, page, config):
    catalogue = state.current().strings()
    return a11y.repair(output, catalogue["a11y_skip_link"], catalogue["a11y_search_dialog"],
                       catalogue["a11y_site_name_short"])


# Before hooks/not_found.py (priority 0), which writes the Welsh 404 page itself and hands MkDocs nothing.
@event_priority(50)
def on_post_template(output, template_name, config):
    if template_name != assets.NOT_FOUND:
        return output
    catalogue = state.current().strings()
    return a11y.repair(output, catalogue["a11y_skip_link"], catalogue["a11y_search_dialog"],
                       catalogue["a11y_site_name_short"])
