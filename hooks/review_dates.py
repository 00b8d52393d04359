"""Page last reviewed / Next review due on guide pages, from front matter, in the page's language.

The dates are checked with every other site-wide check (toolkit.checks, hooks/checks.py); every page is
then rendered by overrides/main.html from `ic_review`.
"""

from __future__ import annotations

from toolkit import assets, review_dates, state, strings


def on_page_context(context, page, config, nav):
    build = state.current()
    source = build.source_of(page)
    review = review_dates.review_of(source.text, source.label)
    context["ic_review"] = review_dates.render(review, source.language, strings.load(source.language))
    if review is not None:
        assets.use(build.page(assets.STATE, page.file.src_uri), "review_dates")
    return context
