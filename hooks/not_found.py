"""A not-found page per language: English at /404.html, Welsh at /cy/404.html.

MkDocs writes theme templates to site_dir/404.html in every build, and mkdocs-static-i18n runs one build
per language into the same site_dir, so the last language would win. In a non-default build we write the
page under the language's folder ourselves and hand MkDocs an empty output, which it skips.
"""

from __future__ import annotations

from toolkit import state


def on_post_template(output, template_name, config):
    build = state.current()
    if template_name != "404.html" or build.language == build.languages.default:
        return output
    target = build.site_dir / build.languages.prefix(build.language) / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return ""
