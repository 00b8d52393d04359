"""The trainer page's list of guides (templates/index.html.j2) and each guide's trainer page content
(templates/guide.html.j2) as HTML, in the page's language (toolkit.templating).

Links are relative to the trainer page (they work on any host and from the offline copy); the address
the copy button copies is the absolute one under site_url, the address trainers put in course material.
"""

from __future__ import annotations

import posixpath
from typing import Mapping

import segno
from markupsafe import Markup, escape

from .. import markers, strings
from ..templating import template
from .model import GuideEntry
from . import worksheet
from .plan import QUIZ_MINUTES_PER_QUESTION, session_plan

MARKER = markers.example("trainer-index")  # the form the checks accept (toolkit.markers)


def relative_url(from_url: str, to_url: str) -> str:
    """`to_url` (site-relative, may carry #id) as a link from the page at `from_url`."""
    path, _, fragment = to_url.partition("#")
    here = from_url if from_url == "" or from_url.endswith("/") else posixpath.dirname(from_url) + "/"
    base = here.rstrip("/") or "."
    target = path.rstrip("/") or "."
    link = posixpath.relpath(target, base)
    if path.endswith("/") or path == "":
        link = "./" if link == "." else link + "/"
    return link + (f"#{fragment}" if fragment else "")


def guide_page_url(trainer_url: str, folder: str) -> str:
    """A guide's trainer page: a sibling of the trainer page's own file, so relative URLs written for the
    trainer page work from it unchanged. Takes the trainer page's URL, file path or any link to it:
    "trainers/" or "…/trainers/index.html" → "…/trainers/<folder>.html" (directory URLs),
    "…/trainers.html" → "…/trainers-<folder>.html" (the offline build)."""
    path, hash_, fragment = trainer_url.partition("#")
    head, _, name = path.rpartition("/")
    if name in ("", ".", ".."):  # a folder: the page is its index.html
        head, name = path.rstrip("/") if name == "" else path, "index.html"
    stem = name.removesuffix(".html")
    own = folder if stem == "index" else f"{stem}-{folder}"
    return (f"{head}/" if head else "") + f"{own}.html" + (hash_ + fragment)


def qr_svg(url: str, name: str) -> Markup:
    """`url` as a QR code, an inline SVG (segno) named `name` for assistive technology: dark on white
    whatever the colour scheme, with the quiet zone, so it scans from a screen, a slide or paper."""
    code = segno.make(url, error="m", micro=False)
    svg = code.svg_inline(scale=3, border=4, dark="#000", light="#fff", svgclass="ic-trainer__qr-code",
                          lineclass=None)
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{escape(name)}" ', 1))


def _render(name: str, *, page_url: str, site_url: str, language: str, other_language: str,
            labels: Mapping[str, str], other_labels: Mapping[str, str], **values) -> str:
    root = site_url if site_url.endswith("/") else site_url + "/"
    return template("trainer", name).render(
        language=language, other=other_language, t=labels, t_other=other_labels,
        link=lambda url: relative_url(page_url, url), absolute=lambda url: root + url,
        qr=lambda url, title: qr_svg(root + url, labels["trainer_qr_label"].format(title=title)),
        count=lambda key, n: strings.count(labels, key, n).format(n=n), **values,
    ).strip() + "\n"


def render(guides: tuple[GuideEntry, ...], *, page_url: str, site_url: str, language: str,
           other_language: str, labels: Mapping[str, str], other_labels: Mapping[str, str]) -> str:
    """The trainer page's list: one entry per guide, with a link to the guide's own trainer page."""
    return _render("index", guides=guides, guide_url=lambda guide: guide_page_url(page_url, guide.slug),
                   page_url=page_url, site_url=site_url, language=language, other_language=other_language,
                   labels=labels, other_labels=other_labels)


def render_guide(guide: GuideEntry, *, page_url: str, back_url: str, title: str, heading_id: str,
                 site_url: str, language: str, other_language: str, labels: Mapping[str, str],
                 other_labels: Mapping[str, str], other_back_url: str | None = None) -> str:
    """The article of one guide's trainer page (at `page_url`), linking back to the trainer page.

    `other_back_url`: the trainer page in the other language, whose guide's worksheet and answer key are
    linked too (a session may be run in both languages)."""
    kinds = (worksheet.WORKSHEET, worksheet.ANSWERS) if worksheet.has_exercises(guide) else ()
    sheets = {kind: guide_page_url(back_url, worksheet.sheet_slug(guide.slug, kind)) for kind in kinds}
    other_sheets = {kind: guide_page_url(other_back_url, worksheet.sheet_slug(guide.slug, kind))
                    for kind in kinds} if other_back_url is not None else {}
    return _render("guide", guide=guide, plan=session_plan(guide), quiz_minutes=QUIZ_MINUTES_PER_QUESTION,
                   back_url=back_url, title=title, heading_id=heading_id, sheets=sheets, other_sheets=other_sheets,
                   page_url=page_url, site_url=site_url, language=language, other_language=other_language,
                   labels=labels, other_labels=other_labels)
