"""Save a guide to read offline (toolkit.saved does the work; overrides/assets/saved/ holds the page's
script and the service worker).

- on_page_context, on every page of a guide: the control (`ic_saved`, written by overrides/main.html at
  the end of the page, before the review dates and the previous/next links), and the page's URL kept for the
  guide's manifest in the outermost build's state (every language's build runs inside it, and the
  manifests are written once all have finished).
- on_post_build at -260, in the outer build only: after every language is built and hooks/assets.py
  (-250) has minified the scripts and styles, before hooks/offline.py (-300): each guide's manifest per
  language, the download sizes written into the pages, and the worker at the site's root.
Nothing in the offline zip's or the LMS packages' builds (mkdocs.offline.yml, mkdocs.scorm.yml).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.nav import Section
from mkdocs.utils import get_relative_url

from toolkit import assets, languages, learning, navigation, review_dates, saved, state, strings

log = get_plugin_logger("toolkit")

WORKER_SOURCE = "assets/saved/worker.js"  # under the theme's custom_dir
WORKER = "saved-worker.js"                # at the site's root: a worker's scope is its folder and below
RECORD = "learning-record/"
SEARCH_INDEX = "search/search_index.json"


def _offline_build(config) -> bool:
    """The offline zip (mkdocs.offline.yml) and the LMS packages (mkdocs.scorm.yml) open from the file
    system or inside an LMS's frame: no service worker, so no control, manifest or worker there."""
    return bool(config.extra.get("offline") or config.extra.get("scorm"))


def _section_of(nav, page):
    for item in nav.items:
        if isinstance(item, Section):
            pages = navigation.pages_of(item.children)
            if any(p.url == page.url for p in pages):
                return item, pages
    return None, None


def _worker_hash(build, config) -> str:
    found = build.of("saved")
    if "worker" not in found:
        found["worker"] = assets.digest((Path(config.theme.custom_dir) / WORKER_SOURCE).read_bytes())
    return found["worker"]


def on_page_context(context, page, config, nav):
    if _offline_build(config):
        return context
    build = state.current()
    langs = build.languages
    source = build.source_of(page)
    if not review_dates.is_guide_page(langs.base_path(source.path)):
        return context
    section, pages = _section_of(nav, page)
    if section is None:
        return context
    guide = learning.guide_key(source.path, langs)
    language = build.language
    # What the outer build's on_post_build needs from this language's build.
    kept = state.outermost().of("saved").setdefault("guides", {}).setdefault(
        (guide, language), {"pages": [], "title": section.title, "index": pages[0].url})
    if page.url not in kept["pages"]:
        kept["pages"].append(page.url)
    labels = build.strings()
    here = lambda path: get_relative_url(path, page.url) or "."  # noqa: E731
    context["ic_saved"] = saved.render_control(
        guide=guide, language=language,
        others=[(code, labels[f"a11y_language_{code}"]) for code in langs.others(language)],
        manifests={code: here(saved.manifest_path(guide, code)) for code in langs.codes},
        worker=f"{here(WORKER)}?v={_worker_hash(build, config)}", root=here("").rstrip("/") + "/",
        labels=labels)
    assets.use(build.page(assets.STATE, page.file.src_uri), "saved",
               actions=assets.Later("assets/saved/actions.js"))
    return context


def _read(site: Path):
    def read(file: str) -> bytes | None:
        path = site / file
        return path.read_bytes() if path.is_file() else None
    return read


@event_priority(-260)
def on_post_build(config):
    if languages.is_nested_build(config) or _offline_build(config):
        return
    build = state.current()
    guides = build.of("saved").get("guides", {})
    if not guides:
        return
    site = Path(config.site_dir)
    langs = build.languages

    def manifests():
        found = {}
        for (guide, language), kept in sorted(guides.items()):
            prefix = langs.prefix(language)
            pages = kept["pages"] + [kept["index"] + "print.html", prefix, prefix + RECORD, prefix + SEARCH_INDEX]
            words = {code: {"prefix": langs.prefix(code), "title": table["saved_offline_title"],
                            "text": table["saved_offline_text"], "saved": table["saved_offline_saved"]}
                     for code in langs.codes for table in (strings.load(code),)}
            found[guide, language] = saved.build(guide, language, pages, _read(site), extra={
                "title": kept["title"], "index": kept["index"], "offline": words})
        return found

    def sizes_of(found):
        sizes = {}
        for (guide, language), manifest in found.items():
            sizes[saved.token(guide, language)] = saved.human_size(manifest.size)
            for (other_guide, other), known in found.items():
                if other_guide == guide and other != language:
                    have = {(e.url, e.hash) for e in known.entries}
                    extra = sum(e.size for e in manifest.entries if (e.url, e.hash) not in have)
                    sizes[saved.token(guide, language, other)] = saved.human_size(extra)
        return sizes

    # The pages state the sizes of the files they are part of: write them, measure again, and write again
    # until the stated sizes are the measured ones (once or twice: "1.2 MB" rarely moves the total).
    pages = {}
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if "@@ic-saved:" in text:
            pages[page] = text
    found = manifests()
    written = None
    for _ in range(4):
        sizes = sizes_of(found)
        if sizes == written:
            break
        for page, text in pages.items():
            page.write_text(saved.fill(text, sizes), encoding="utf-8")
        written = sizes
        found = manifests()
    worker = Path(config.theme.custom_dir) / WORKER_SOURCE
    target = site / WORKER
    target.write_bytes(worker.read_bytes())
    problem = assets.minify_file(target, WORKER, state.current().label(worker))
    if problem:
        log.error(str(problem))  # the strict build fails on it
    for (guide, language), manifest in found.items():
        target = site / saved.manifest_path(guide, language)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(manifest.to_json(), encoding="utf-8")
