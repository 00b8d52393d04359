"""The learning record page (toolkit.record does the work; docs/learning-record.md and its Welsh twin hold
the marker).

- on_page_context replaces the marker once every page has been rendered (MkDocs renders all pages'
  content before the first page's context), walking this language's finished navigation: every guide
  with its pages (title, reading minutes, key in the default language, the key ic.record uses), quizzes
  and the ladders whose self-assessment it holds, written into the page as data for record.js. The page then uses record.css and record.js
  (toolkit.assets); no other page does.
"""

from __future__ import annotations

from mkdocs.structure.nav import Section
from mkdocs.utils import get_relative_url

from toolkit import assets, learning, navigation, record, review_dates, state
from toolkit.progress import reading_minutes


def _guides(nav, page_url: str) -> tuple[record.Guide, ...]:
    build = state.current()
    guides = []
    for item in nav.items:
        if not isinstance(item, Section):
            continue
        pages = navigation.pages_of(item.children)
        if not pages:
            continue
        entries, quizzes, ladders, assessed = [], [], {}, set()
        for page in pages:
            key = learning.page_key(page.url, build.languages)
            content = page.content or ""
            title = page.title or ""
            entries.append(record.Page(key, title, get_relative_url(page.url, page_url),
                                       reading_minutes(content)))
            quizzes.extend(record.quizzes(content, key, title))
            assessed.update(record.assessments(content))
            for ladder in record.ladders(content):
                ladders.setdefault(ladder.id, ladder)  # a ladder drawn on two pages is one ladder
        index = next((p for p in pages if p.file.name == "index"), pages[0])
        guides.append(record.Guide(learning.guide_key(build.source_of(index).path, build.languages), item.title,
                                   get_relative_url(index.url, page_url), tuple(entries), tuple(quizzes),
                                   tuple(l for l in ladders.values() if l.id in assessed)))
    return tuple(guides)


def on_page_context(context, page, config, nav):
    if record.MARKER not in (page.content or ""):
        return context
    build = state.current()
    html = record.render(_guides(nav, page.url), build.strings(), review_dates.MONTHS[build.language])
    page.content = page.content.replace(record.MARKER, html)
    assets.use(build.page(assets.STATE, page.file.src_uri), "record")
    return context
