"""The trainer page: one entry per guide, each linking to that guide's own trainer page with every page,
section and quiz of the guide, deep links in both languages (toolkit.trainer does the work;
docs/trainers.md and docs/cy/trainers.md hold the marker).

- A page with the marker must have it in its twin too: toolkit.checks (page_markers), run by
  hooks/checks.py.
- on_page_context replaces the marker once every page has been rendered (MkDocs renders all pages'
  content before the first page's context), walking the finished navigation: a new guide, page, section
  or quiz appears without any edit. An item that cannot be linked in both languages is an error, and
  the index is then left out. The guides' own trainer pages are rendered there too and kept in this
  build's state (toolkit.state; each language's build has its own). The page then uses trainer.css and
  trainer.js (the copy-link buttons; toolkit.assets), so the guides' trainer pages, composed from its
  HTML, have them too.
- on_page_markdown at 40 (after static-i18n's +50, before every other component's): a guide page's
  ```trainer blocks (toolkit.trainer.notes) are blanked before MkDocs converts the page, so no learner
  page, nor anything made from learner pages (whole-guide page, search, sitemap, offline zip, LMS
  package), holds their text. On the trainer page itself, every note of this language is handed to the
  page's own Markdown (toolkit.markdown_ext) for its inline Markdown, raw HTML escaped; the HTML is kept
  in this build's state for the guides' trainer pages.
- on_post_page at -90, once every other hook has finished the trainer page (mkdocs-static-i18n's page
  events are at +50 and its no-op on_post_page at -100), writes each guide's trainer page, composed from
  that finished HTML, next to the trainer page's file; and, for a guide with quizzes or a self-assessment,
  its worksheet and answer key (toolkit.trainer.worksheet: the exercises hooks/quiz.py and hooks/ladder.py
  kept in this build's state as each page was converted), beside it, asking search engines not to index
  them.
"""

from __future__ import annotations

from pathlib import Path

import dataclasses
import html as html_text

from markupsafe import Markup, escape
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page

from toolkit import assets, checks, csp, headings as md_headings, markdown_ext, navigation, state, strings
from toolkit import trainer
from toolkit.trainer import worksheet
from toolkit.trainer import notes as trainer_notes
from toolkit.trainer.model import GuideSource, Heading, PageSource
from toolkit.whole_guide import print_url

log = get_plugin_logger("toolkit")


def _headings(toc) -> tuple[Heading, ...]:
    found = []
    for anchor in toc:
        found.append(Heading(anchor.level, anchor.id, anchor.title))
        found.extend(_headings(anchor.children))
    return tuple(found)


def _twin(page: Page, other: str):
    """(the page's source, its translation's source or None, the translation's URL)."""
    build = state.current()
    own = build.source_of(page)
    langs = build.languages
    return own, build.sources.translation(own.path, other), langs.path_in(page.url, other)


# "<" and "&" go through the Markdown as private-use characters and come back as text: raw HTML and
# entities would otherwise be stashed by Python-Markdown (restored only in the finished page's output).
_HIDE = str.maketrans({"<": "\ue000", "&": "\ue001"})
_SHOW = str.maketrans({"\ue000": "&lt;", "\ue001": "&amp;"})


def _blocks(source) -> tuple:
    """The page's trainer blocks (the checks have reported any mistake in them)."""
    if source is None or "trainer" not in source.body:
        return ()
    return trainer_notes.parse(source.body, source.label, source.first_body_line)[0]


@event_priority(40)
def on_page_markdown(markdown, page, config, files):
    build = state.current()
    if trainer.MARKER in markdown:
        _convert_notes(page)
    if "trainer" not in markdown:
        return markdown
    return trainer_notes.strip(markdown)


def _convert_notes(page: Page) -> None:
    """Every note of this language's pages, converted by the trainer page's own Markdown (inline Markdown;
    its raw HTML escaped, so it shows as text), kept by page path and note for on_page_context."""
    build = state.current()
    converted = build.of("trainer").setdefault("notes", {})
    texts = {}
    for path, source in build.sources.pages.items():
        if source.language != build.language:
            continue
        for b, block in enumerate(_blocks(source)):
            for n, note in enumerate(block.notes):
                texts[f"{path}|{b}|{n}"] = note.text.translate(_HIDE)
    if not texts:
        return

    def keep(html):
        converted.update({key: Markup(str(value).translate(_SHOW)) for key, value in html.items()})
        return ""

    def lost():
        log.error(f"{build.source_of(page).label}: the trainer notes could not be converted")

    def find(lines, conversion):
        lines[-1] = lines[-1] + "\n\n" + conversion.place(texts, keep, lost=lost)
        return lines

    markdown_ext.add(page.file.src_uri, "trainer", find)


def _notes_of(source) -> tuple:
    converted = state.current().of("trainer").get("notes", {})
    blocks = []
    for b, block in enumerate(_blocks(source)):
        notes = tuple(dataclasses.replace(note, text=converted.get(f"{source.path}|{b}|{n}", escape(note.text)))
                      for n, note in enumerate(block.notes))
        blocks.append(dataclasses.replace(block, notes=notes))
    return tuple(blocks)


def _source(page: Page, other: str) -> PageSource:
    own, twin, twin_url = _twin(page, other)
    twin_title, twin_headings = trainer.twin_titles(twin.text) if twin is not None else (None, ())
    twin_label = twin.label if twin is not None else state.current().sources.label(
        state.current().languages.path_in(own.path, other))
    toc = _headings(page.toc)
    return PageSource(own.label, page.url, page.title or "", toc,
                      page.content or "", twin_url, twin_label, twin_title, twin_headings, _notes_of(own),
                      _exercises(own, toc))


def _exercises(source, toc) -> tuple:
    """The page's quizzes and self-assessments as its conversion placed them (kept by hooks/quiz.py and
    hooks/ladder.py), each under the section it is in, for the guide's worksheet and answer key."""
    found = state.current().of(worksheet.STATE)
    if source.path not in found:
        return ()
    lines = md_headings.parse(source.body, first_line=source.first_body_line)
    return worksheet.placed(found, source.path, lines, {h.id: html_text.unescape(h.title) for h in toc})


def _guides(nav, other: str) -> tuple[GuideSource, ...]:
    guides = []
    for item in nav.items:
        if not isinstance(item, Section):
            continue
        pages = navigation.pages_of(item.children)
        index = next((p for p in pages if p.file.name == "index"), None)
        if index is None:
            continue
        sources = tuple(_source(p, other) for p in pages)
        index_source = next(s for s, p in zip(sources, pages) if p is index)
        _, twin, _ = _twin(index, other)
        twin_meta = twin.meta if twin is not None else {}
        twin_title = twin_meta.get("guide") or twin_meta.get("title")
        guides.append(GuideSource(item.title, str(twin_title) if twin_title else None, index_source, sources,
                                  print_url(index.url)))
    return tuple(guides)


def on_page_context(context, page, config, nav):
    if trainer.MARKER not in (page.content or ""):
        return context
    build = state.current()
    language = build.language
    # The trainer page links each item in this language and in one other (the site has two).
    other = build.languages.others(language)[0]
    sources = _guides(nav, other)
    entries = tuple(trainer.guide_entry(g) for g in sources)
    problems = trainer.check(sources, entries)
    # A mistake the site-wide checks reported (a heading id, a missing title) is not said again here.
    for problem in checks.unsaid(problems, state.outermost().of(checks.REPORTED).get("files", set())):
        log.error(str(problem))
    labels, other_labels = strings.load(language), strings.load(other)
    site_url = config.site_url or "/"
    html = "" if problems else trainer.render(
        entries, page_url=page.url, site_url=site_url, language=language, other_language=other,
        labels=labels, other_labels=other_labels)
    page.content = page.content.replace(trainer.MARKER, html)
    if not problems:
        assets.use(build.page(assets.STATE, page.file.src_uri), "trainer")
        # In this build's state: the Welsh build, nested in the English one, has its own.
        build.page("trainer", page.file.src_uri)["guide_pages"] = (trainer.guide_pages(
            entries, trainer_url=page.url, trainer_path=page.file.dest_uri, site_url=site_url,
            language=language, other_language=other, labels=labels, other_labels=other_labels,
            other_trainer_url=_twin(page, other)[2]))
    return context


@event_priority(-90)
def on_post_page(output, page, config):
    guide_pages = state.current().drop_page("trainer", page.file.src_uri).get("guide_pages", ())
    site = Path(config.site_dir)
    for guide_page in guide_pages:
        target = site / guide_page.path
        target.parent.mkdir(parents=True, exist_ok=True)  # MkDocs writes the trainer page's own file later
        # Its own policy, from its own finished text (toolkit.csp), as every page has.
        target.write_text(csp.secure_page(trainer.compose(output, guide_page)), encoding="utf-8")
    return output
