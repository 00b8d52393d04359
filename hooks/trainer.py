"""The trainer page: one entry per guide, each linking to that guide's own trainer page with every page,
section and quiz of the guide, deep links in both languages (toolkit.trainer does the work;
docs/trainers.md and docs/cy/trainers.md hold the marker).

- on_files (default-language build, so each mistake is reported once): a page with the marker must have
  it in its twin too.
- on_page_context replaces the marker once every page has been rendered (MkDocs renders all pages'
  content before the first page's context), walking the finished navigation: a new guide, page, section
  or quiz appears without any edit. An item that cannot be linked in both languages is an error, and
  the index is then left out. The guides' own trainer pages are rendered there too and kept in this
  build's state (toolkit.state; each language's build has its own).
- on_page_context also says the page uses trainer.css and trainer.js (the copy-link buttons; toolkit.assets),
  so the guides' trainer pages, composed from its HTML, have them too.
- on_post_page at -90, once every other hook has finished the trainer page (mkdocs-static-i18n's page
  events are at +50 and its no-op on_post_page at -100), writes each guide's trainer page, composed from
  that finished HTML, next to the trainer page's file.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page

from toolkit import assets, builds, state, strings, translations
from toolkit import trainer
from toolkit.trainer.model import GuideSource, Heading, PageSource
from toolkit.whole_guide import print_url

log = get_plugin_logger("toolkit")
_STATE = "trainer"


def _languages(config) -> tuple[str, str]:
    """(default language, the other language)."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return "en", translations.WELSH
    default = i18n.default_language
    return default, next((lang for lang in i18n.build_languages if lang != default), translations.WELSH)


def on_files(files, config):
    if not builds.is_default_language_build(config):
        return files
    docs = Path(config.docs_dir)
    paths = [f.src_uri for f in files.documentation_pages() if f.abs_src_path]
    marked = {p for p in paths if trainer.MARKER in (docs / p).read_text(encoding="utf-8")}
    pairs, _ = translations.pair_pages(paths)
    for problem in trainer.marker_twins(marked, pairs):
        log.error(str(problem))
    return files


def _headings(toc) -> tuple[Heading, ...]:
    found = []
    for anchor in toc:
        found.append(Heading(anchor.level, anchor.id, anchor.title))
        found.extend(_headings(anchor.children))
    return tuple(found)


def _twin(page: Page, config, language: str, default: str, other: str) -> tuple[str, str, Path]:
    docs = Path(config.docs_dir)
    source = Path(page.file.abs_src_path).relative_to(docs).as_posix()
    twin = translations.welsh_path(source) if language == default else translations.english_path(source)
    twin_url = f"{other}/{page.url}" if language == default else (
        page.url[len(language) + 1:] if page.url.startswith(language + "/") else page.url)
    return f"docs/{twin}", twin_url, docs / twin


def _source(page: Page, config, language: str, default: str, other: str) -> PageSource:
    twin_path, twin_url, twin_file = _twin(page, config, language, default, other)
    twin_title, twin_headings = (trainer.twin_titles(twin_file.read_text(encoding="utf-8"))
                                 if twin_file.is_file() else (None, ()))
    docs_label = Path(config.docs_dir).name
    own = Path(page.file.abs_src_path).relative_to(config.docs_dir).as_posix()
    return PageSource(f"{docs_label}/{own}", page.url, page.title or "", _headings(page.toc),
                      page.content or "", twin_url, twin_path, twin_title, twin_headings)


def _pages(items) -> list[Page]:
    found = []
    for item in items:
        if isinstance(item, Page):
            found.append(item)
        elif isinstance(item, Section):
            found.extend(_pages(item.children))
    return found


def _guides(nav, config, language: str, default: str, other: str) -> tuple[GuideSource, ...]:
    guides = []
    for item in nav.items:
        if not isinstance(item, Section):
            continue
        pages = _pages(item.children)
        index = next((p for p in pages if p.file.name == "index"), None)
        if index is None:
            continue
        sources = tuple(_source(p, config, language, default, other) for p in pages)
        index_source = next(s for s, p in zip(sources, pages) if p is index)
        _, _, twin_file = _twin(index, config, language, default, other)
        twin_meta = trainer.twin_meta(twin_file) if twin_file.is_file() else {}
        twin_title = twin_meta.get("guide") or twin_meta.get("title")
        guides.append(GuideSource(item.title, str(twin_title) if twin_title else None, index_source, sources,
                                  print_url(index.url)))
    return tuple(guides)


def on_page_context(context, page, config, nav):
    if trainer.MARKER not in (page.content or ""):
        return context
    default, other_default = _languages(config)
    language = strings.language_of(page)
    other = other_default if language == default else default
    sources = _guides(nav, config, language, default, other)
    entries = tuple(trainer.guide_entry(g) for g in sources)
    problems = trainer.check(sources, entries)
    for problem in problems:
        log.error(str(problem))
    labels, other_labels = strings.load(language), strings.load(other)
    site_url = config.site_url or "/"
    html = "" if problems else trainer.render(
        entries, page_url=page.url, site_url=site_url, language=language, other_language=other,
        labels=labels, other_labels=other_labels)
    page.content = page.content.replace(trainer.MARKER, html)
    if not problems:
        assets.use(assets.entry(page.file.src_uri), "trainer")
        # In this build's state (toolkit.state): the Welsh build, nested in the English one, has its own.
        state.current().page(_STATE, page.file.src_uri)["guide_pages"] = (trainer.guide_pages(
            entries, trainer_url=page.url, trainer_path=page.file.dest_uri, site_url=site_url,
            language=language, other_language=other, labels=labels, other_labels=other_labels))
    return context


@event_priority(-90)
def on_post_page(output, page, config):
    guide_pages = state.current().drop_page(_STATE, page.file.src_uri).get("guide_pages", ())
    site = Path(config.site_dir)
    for guide_page in guide_pages:
        target = site / guide_page.path
        target.parent.mkdir(parents=True, exist_ok=True)  # MkDocs writes the trainer page's own file later
        target.write_text(trainer.compose(output, guide_page), encoding="utf-8")
    return output

