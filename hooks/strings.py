"""Make the string catalogue of the page's language available to templates, and translate the few
strings Python-Markdown extensions write in English whatever the page's language."""

from __future__ import annotations

import re

from toolkit import strings

_PERMALINK = re.compile(r'title="Permanent link"')
_BACKLINK = re.compile(r'title="Jump back to footnote (\d+) in the text"')


def on_page_content(html, page, config, files):
    catalogue = strings.for_page(page)
    html = _PERMALINK.sub(f'title="{catalogue["permalink_title"]}"', html)
    return _BACKLINK.sub(lambda m: f'title="{catalogue["footnote_backlink_title"].format(n=m.group(1))}"',
                         html)


def on_page_context(context, page, config, nav):
    context["ic"] = strings.for_page(page)
    context["ic_lang"] = strings.language_of(page)
    return context


def on_template_context(context, template_name, config):
    # Static templates (the 404 page) have no page: use the language of the current build.
    language = config.theme.get("language", "en")
    context["ic"] = strings.load(language if language in strings.LANGUAGES else "en")
    context["ic_lang"] = language
    return context
