"""The offline copy (toolkit.offline): `mkdocs build --strict -f mkdocs.offline.yml` builds the site with
`.html` links and writes a zip of it that works from the file system (extra.offline in that file says
where). Does nothing in the normal build.

on_post_build runs last (-300), in the outer build only: the i18n plugin (-100) builds the other
languages from inside the default language's post-build, and the whole site must be there to be zipped.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from toolkit import offline

log = get_plugin_logger("toolkit")


@event_priority(-300)
def on_post_build(config):
    settings = config.extra.get("offline")
    if not settings:
        return
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return
    if config.use_directory_urls:
        log.error("mkdocs.offline.yml: use_directory_urls must be false, or links open folders from file://")
        return
    site = Path(config.site_dir)
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        fixed = offline.fix_links(text, lambda href, folder=page.parent: (folder / href).is_file())
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")
    # Next to the site's folder: the repository root for ./run offline, a temporary folder in tests.
    target = site.resolve().parent / settings.get("zip", "site-offline.zip")
    count = offline.archive(site, target, settings.get("folder", "toolkit-guide"))
    log.info(f"offline copy: {target} ({count} files, {target.stat().st_size // 1024} KiB); open "
             f"{settings.get('folder', 'toolkit-guide')}/index.html from the unzipped folder")
