"""Make the string catalogue of the page's language available to templates, and translate the few
strings Python-Markdown extensions write in English whatever the page's language."""

from __future__ import annotations

import re

from toolkit import state

_PERMALINK = re.compile(r'title="Permanent link"')
_BACKLINK = re.compile(r'title="Jump back to footnote (\d+) in the text"')


def on_page_content(html, page, config, files):
    catalogue = state.current().strings()
    html = _PERMALINK.sub(f'title="{catalogue["permalink_title"]}"', html)
    return _BACKLINK.sub(lambda m: f'title="{catalogue["footnote_backlink_title"].format(n=m.group(1))}"',
                         html)


def _strings(context):
    # Templates see the catalogue as `ic` and the language as `ic_lang`; every page of a build, and its
    # static templates (the 404 page), are in the build's language (toolkit.languages).
    build = state.current()
    context["ic"] = build.strings()
    context["ic_lang"] = build.language
    context["ic_lang_prefix"] = build.languages.prefix(build.language)  # '' or 'cy/': where its pages live
    return context


def on_page_context(context, page, config, nav):
    return _strings(context)


def on_template_context(context, template_name, config):
    return _strings(context)
