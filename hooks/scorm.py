"""The LMS packages (toolkit.scorm): `mkdocs build --strict -f mkdocs.scorm.yml` (./run scorm) writes
scorm/<guide>-<lang>.zip, one SCORM 1.2 package per guide and language. Does nothing in the other builds.

- on_config: search off (its index is the whole site's, and would lead out of the package).
- on_page_context, on a guide's pages: the page uses the scorm component (its launcher script finds the
  LMS and reports the learning record, overrides/assets/scorm/scorm.js), with the guide's structure (pages,
  quizzes, ladders: what the resume data is indexed by), the author's mastery score, and what resuming
  needs (this page's key, every page's link and title, the "continue" string). Every page's content is
  rendered by then, so the whole guide's quizzes are known.
- on_post_build at -300, in the outer build only (every language built, the assets minified at -250): each
  package, from the built pages.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.nav import Section
from mkdocs.utils import CountHandler, get_relative_url

from toolkit import assets, learning, navigation, offline, review_dates, scorm, state
from toolkit.progress import reading_minutes

log = get_plugin_logger("toolkit")


def _settings(config):
    return config.extra.get("scorm")


def on_config(config):
    if _settings(config):
        search = config.plugins.get("material/search") or config.plugins.get("search")
        if search is not None:
            search.config["enabled"] = False
    return config


def _guide_pages(nav, page):
    return next((navigation.pages_of(item.children) for item in nav.items if isinstance(item, Section)
                 and any(p.url == page.url for p in navigation.pages_of(item.children))), [page])


def _structure(nav, page, guide: str):
    found = state.current().of("scorm").setdefault("structures", {})
    if guide not in found:
        langs = state.current().languages
        found[guide] = scorm.structure(guide, [(learning.page_key(p.url, langs), reading_minutes(p.content or ""),
                                                p.content or "") for p in _guide_pages(nav, page)])
    return found[guide]


def _mastery(sources, guide: str):
    index = sources.pages.get(f"{guide}/index.md")
    value = index.meta.get(scorm.structure_module.MASTERY_KEY) if index else None
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100 else None


def on_page_context(context, page, config, nav):
    if not _settings(config):
        return context
    build = state.current()
    source = build.source_of(page)
    base = build.languages.base_path(source.path)
    if not review_dates.is_guide_page(base):
        return context
    guide = learning.guide_key(source.path, build.languages)
    mastery = _mastery(build.sources, guide)
    # For resuming where the learner left off (cmi.core.lesson_location): this page's key, and each page of
    # the guide by its key, as this page links it, with its title in this language.
    langs = build.languages
    key = learning.page_key(page.url, langs)  # one over 255 characters is toolkit.checks' to report
    pages = {learning.page_key(p.url, langs): [get_relative_url(p.url, page.url), p.title or ""]
             for p in _guide_pages(nav, page)}
    assets.use(build.page(assets.STATE, page.file.src_uri), "scorm", lms=_structure(nav, page, guide).json(),
               mastery="" if mastery is None else str(mastery), page=key,
               pages=json.dumps(pages, ensure_ascii=False, separators=(",", ":")),
               resume=build.strings()["scorm_resume"])
    return context


@event_priority(-300)
def on_post_build(config):
    settings = _settings(config)
    i18n = config.plugins.get("i18n")
    if not settings or (i18n is not None and getattr(i18n, "building", False)):
        return
    if _failed(config):
        log.info("SCORM packages: none written, the build has errors")
        return
    started = time.perf_counter()
    build = state.current()
    langs, sources = build.languages, build.sources
    site = Path(config.site_dir)
    target = site.resolve().parent / settings.get("folder", "scorm")
    guides = sorted({base.split("/", 1)[0] for base in sources.bases if base.count("/") == 1})
    for old in target.glob("*.zip"):  # a guide removed since the last run leaves no package behind
        old.unlink()
    written = []
    for guide in guides:
        for language in langs.codes:
            written.append(_package(site, target, guide, language, langs, sources))
    total = sum(path.stat().st_size for path in written) // 1024
    log.info(f"SCORM packages: {len(written)} in {target} ({total} KiB, "
             f"{time.perf_counter() - started:.1f} s): {', '.join(p.name for p in written)}")


def _failed(config) -> bool:
    """Whether the strict build will fail: MkDocs counts warnings and errors with a CountHandler on its
    logger and stops after on_post_build; a package of a site with mistakes must not be written."""
    counters = [h for h in logging.getLogger("mkdocs").handlers if isinstance(h, CountHandler)]
    levels = {"ERROR", "WARNING"} if config.strict else {"ERROR"}
    return any(level in levels and n for h in counters for level, n in h.get_counts())


def _package(site: Path, target: Path, guide: str, language: str, langs, sources) -> Path:
    from toolkit import strings

    prefix = langs.prefix(language)
    folder = site / prefix / guide
    page_paths = sorted(p.relative_to(site).as_posix() for p in folder.glob("*.html"))
    launch = f"{prefix}{guide}/index.html"
    labels = strings.load(language)
    other = next(iter(langs.others(language)), None)
    note = labels["scorm_other_language"].replace("{package}", f"{guide}-{other}.zip") if other else ""
    inside = set(page_paths)
    pages = {}
    for path in page_paths:
        html = offline.fix_links((site / path).read_text(encoding="utf-8"),
                                 lambda href, here=(site / path).parent: (here / href).is_file())
        pages[path] = scorm.package_html(html, scorm.PageLinks(path, launch, note, language), inside.__contains__)

    def read_text(path: str):
        file = site / path
        if not file.is_file():
            return None
        return file.read_text(encoding="utf-8", errors="replace") if path.endswith(".css") else ""
    used = scorm.files_used(pages, read_text)
    index = sources.pages.get(langs.path_in(f"{guide}/index.md", language))
    title = (index.meta.get("guide") if index else None) or guide
    xml = scorm.manifest(guide=guide, language=language, title=title, launch=launch, pages=page_paths,
                         assets=used, mastery=_mastery(sources, guide))
    zip_path = target / f"{guide}-{language}.zip"
    scorm.write_zip(zip_path, xml, pages, used, site)
    return zip_path
