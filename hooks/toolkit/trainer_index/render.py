"""The trainer index as HTML, in the page's language, through templates/index.html.

Links are relative to the trainer page (they work on any host and from the offline copy); the address
the copy button copies is the absolute one under site_url, the address trainers put in course material.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .model import GuideEntry

MARKER = "<!-- toolkit:trainer-index -->"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")), autoescape=True,
                       trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined)


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


def render(guides: tuple[GuideEntry, ...], *, page_url: str, site_url: str, language: str,
           other_language: str, labels: Mapping[str, str], other_labels: Mapping[str, str]) -> str:
    root = site_url if site_url.endswith("/") else site_url + "/"
    return _environment().get_template("index.html").render(
        guides=guides, language=language, other=other_language, t=labels, t_other=other_labels,
        link=lambda url: relative_url(page_url, url), absolute=lambda url: root + url,
    ).strip() + "\n"
