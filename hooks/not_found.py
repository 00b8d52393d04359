"""A not-found page per language: English at /404.html, Welsh at /cy/404.html.

MkDocs writes theme templates to site_dir/404.html in every build, and mkdocs-static-i18n runs one build
per language into the same site_dir, so the last language would win. In a non-default build we write the
page under the language's folder ourselves and hand MkDocs an empty output, which it skips.

Its language links (the header's switch and the `rel="alternate"` links, both read from
`config.extra.alternate`) go to each language's home page: a missing page has no twin. mkdocs-static-i18n
sets that list per page only, so a static template would otherwise get the last page's twins.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from toolkit import state


def on_template_context(context, template_name, config):
    if template_name != "404.html":
        return context
    languages = state.current().languages
    base = urlsplit(config.site_url or "").path.rstrip("/") + "/"
    homes = [{"name": languages.name(code), "link": base + languages.prefix(code), "lang": code}
             for code in languages.codes]
    # As static-i18n sets it (an attribute, which the templates' `config.extra.alternate` reads first).
    config.extra.alternate = homes
    config.extra["alternate"] = homes
    return context


def on_post_template(output, template_name, config):
    build = state.current()
    if template_name != "404.html" or build.language == build.languages.default:
        return output
    target = build.site_dir / build.languages.prefix(build.language) / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return ""
