"""Progress through a guide (toolkit.progress does the work; overrides/assets/progress/progress.js reads the
learning record, ic.record).

on_page_context, on every guide page: "Page N of M" of the guide's learning path (the navigation's order,
as previous/next follow it) and the reading time of the page's own text, given to overrides/main.html as
`ic_progress`. A template block, not the page's content: the search index, the trainer pages' reading
times and the whole guide keep reading the author's text alone. On the guide's last page, the summary's
skeleton (its links, and why it is empty without JavaScript). Every page of a build's content is rendered
before the first page's context, so every page's text is known here.
"""

from __future__ import annotations

from mkdocs.structure.nav import Section
from mkdocs.utils import get_relative_url

from toolkit import assets, ladder, learning, navigation, progress, review_dates, state
from toolkit.quiz import site as quiz_site

# The learning record's page and the trainer pages are other components': link them only when the build
# makes them (a link to a page that is not built would be a broken link).
RECORD_HOOK, TRAINER_HOOK = "hooks/record.py", "hooks/trainer.py"


def _quizzes(build) -> quiz_site.Report:
    found = build.of("progress")
    if "quizzes" not in found:
        found["quizzes"] = quiz_site.check(build.sources)  # which quizzes a page shows, once per build
    return found["quizzes"]


def _ladders(build) -> dict:
    found = {}
    for ident, data in build.sources.ladders.items():
        model, problems = ladder.checked(data.text, data.label, ident)
        if model is None or problems:
            continue  # reported by the ladder's own checks; a broken ladder shows no result
        language = build.language
        found[ident] = {"t": model.title.get(language) if model.title else ident, "n": len(model.rungs),
                        "r": {r.id: [n, r.label.get(language) if r.label else r.id]
                              for n, r in enumerate(model.rungs, start=1)}}
    return found


def _guide_pages(nav, page):
    for item in nav.items:
        if isinstance(item, Section):
            pages = navigation.pages_of(item.children)
            if any(p is page or p.url == page.url for p in pages):
                return pages
    return None


def on_page_context(context, page, config, nav):
    build = state.current()
    langs = build.languages
    source = build.source_of(page)
    if not review_dates.is_guide_page(langs.base_path(source.path)):
        return context
    pages = _guide_pages(nav, page)
    if not pages:
        return context
    report = _quizzes(build)
    entries = []
    for other in pages:
        quizzes = tuple((q.id, len(q.questions)) for q in report.renderable(build.source_of(other).path) if q)
        entries.append(progress.GuidePage(learning.page_key(other.url, langs),
                                          get_relative_url(other.url, page.url), other.title or "", quizzes))
    key = learning.page_key(page.url, langs)
    position = progress.position([e.key for e in entries], key, progress.reading_minutes(page.content or ""))
    labels = build.strings()
    guide = learning.guide_key(source.path, langs)
    meta = progress.render_meta(position, key=key, guide=guide, pages=entries,
                                ladders=_ladders(build) if position.is_last else {},
                                months=review_dates.MONTHS[build.language], labels=labels,
                                is_home=page.file.name == "index")
    summary = ""
    if position.is_last:
        prefix = langs.prefix(build.language)
        hooks = config["hooks"]
        record = get_relative_url(f"{prefix}learning-record/", page.url) if RECORD_HOOK in hooks else None
        trainer = (get_relative_url(f"{prefix}trainers/{guide}.html", page.url)
                   if TRAINER_HOOK in hooks and f"{prefix}trainers.md" in build.sources.pages else None)
        summary = progress.render_summary(record_href=record, trainer_href=trainer, labels=labels)
    context["ic_progress"] = {"meta": meta, "summary": summary}
    entry = build.page(assets.STATE, page.file.src_uri)
    assets.use(entry, "progress")
    if position.is_last:
        assets.use(entry, "progress_summary")
    return context
