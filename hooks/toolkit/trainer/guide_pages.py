"""Each guide's own trainer page: every page, section and quiz of one guide, so that no page of the site
grows with the number of pages of every guide (the trainer page itself keeps one entry per guide).

It is the finished trainer page with another article (toolkit.shell): same header, navigation, footer and
scripts, written as a sibling of the trainer page's file (render.guide_page_url), so every relative URL
of the shell stays right. What names or addresses the page changes with it: title, header, canonical
address, description and link preview, the alternates and the language link (to the same guide's trainer page in the
other language), the skip link; the right-hand contents, which listed the trainer page's headings, goes.
"""

from __future__ import annotations

from html import escape
from typing import Mapping

from .. import shell
from . import worksheet
from .model import GuideEntry, GuidePage
from .render import guide_page_url, relative_url, render_guide

HEADING_ID = "trainer-guide"
SHEET_HEADING_ID = {worksheet.WORKSHEET: "trainer-worksheet", worksheet.ANSWERS: "trainer-answers"}


def guide_pages(guides: tuple[GuideEntry, ...], *, trainer_url: str, trainer_path: str, site_url: str,
                language: str, other_language: str, labels: Mapping[str, str],
                other_labels: Mapping[str, str], other_trainer_url: str | None = None) -> tuple[GuidePage, ...]:
    """One page per guide, next to the trainer page (`trainer_url`, built as `trainer_path`);
    `other_trainer_url` is the trainer page in the other language (its worksheets are linked too)."""
    root = site_url if site_url.endswith("/") else site_url + "/"
    pages = []
    for guide in guides:
        url = guide_page_url(trainer_url, guide.slug)
        title = labels["trainer_guide_title"].format(guide=guide.title)
        content = render_guide(guide, page_url=url, back_url=trainer_url, title=title, heading_id=HEADING_ID,
                               site_url=site_url, language=language, other_language=other_language,
                               labels=labels, other_labels=other_labels, other_back_url=other_trainer_url)
        description = labels["trainer_guide_description"].format(guide=guide.title)
        pages.append(GuidePage(guide.slug, guide_page_url(trainer_path, guide.slug), root + url, title,
                               description, HEADING_ID, "\n" + content))
        if worksheet.has_exercises(guide):
            pages.extend(_sheet(kind, guide, url, title, trainer_url=trainer_url, trainer_path=trainer_path,
                                root=root, language=language, labels=labels)
                         for kind in (worksheet.WORKSHEET, worksheet.ANSWERS))
    return tuple(pages)


def _sheet(kind: str, guide: GuideEntry, guide_url: str, guide_title: str, *, trainer_url: str,
           trainer_path: str, root: str, language: str, labels: Mapping[str, str]) -> GuidePage:
    """The guide's worksheet or answer key: a sibling of its trainer page, linking back to it."""
    slug = worksheet.sheet_slug(guide.slug, kind)
    url = guide_page_url(trainer_url, slug)
    title = labels[f"worksheet_{kind}_title"].format(guide=guide.title)
    content = worksheet.render(kind, guide, title=title, heading_id=SHEET_HEADING_ID[kind], back_url=guide_url,
                               back_title=guide_title, page_url=url, language=language, labels=labels,
                               relative=relative_url, link=lambda target: relative_url(url, target))
    description = labels[f"worksheet_{kind}_description"].format(guide=guide.title)
    return GuidePage(slug, guide_page_url(trainer_path, slug), root + url, title, description,
                     SHEET_HEADING_ID[kind], "\n" + content, noindex=True)


def compose(trainer_html: str, page: GuidePage) -> str:
    """The guide's trainer page from the finished trainer page's HTML."""
    html = shell.with_article(trainer_html, page.content)
    head, _, body = html.partition("</head>")

    def twin(href: str) -> str:
        # The shell's links to the trainer page in each language → this guide's page in that language.
        return guide_page_url(href, escape(page.folder))

    head = shell.readdressed(head, page.absolute_url, page.title)
    head = shell.described(head, page.description)
    head = shell.retitled(head, page.title)
    head = shell.realternated(head, twin)
    if page.noindex:
        head += '<meta name="robots" content="noindex">\n'
    body = shell.without_toc(body)
    body = shell.language_link(body, twin)
    body = shell.skip_to(body, page.heading_id)
    body = shell.topic(body, page.title)
    return head + "</head>" + body
