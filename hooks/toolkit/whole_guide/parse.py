"""Guides and their built pages, in learning-path order."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from ..frontmatter import split

PRINT_FILE = "print.html"
_NEXT = re.compile(r'<link rel="next" href="([^"]+)"')


@dataclass(frozen=True)
class Guide:
    folder: str  # docs-relative folder, e.g. "co-production"
    name: str    # the `guide:` front matter of the English index page


def print_url(index_url: str) -> str:
    """Site-relative URL of a guide's whole-guide page, from its index page's URL (either URL style)."""
    folder = index_url if index_url.endswith("/") else posixpath.dirname(index_url) + "/"
    return folder + PRINT_FILE


def guides_in(paths: Iterable[str], read: Callable[[str], str]) -> tuple[Guide, ...]:
    """Folders of docs/ (outside the language folders) whose index.md names a guide, sorted by folder."""
    found = []
    for path in sorted(paths):
        parts = path.split("/")
        if len(parts) != 2 or parts[1] != "index.md" or re.fullmatch(r"[a-z]{2}", parts[0]):
            continue
        meta, _, _ = split(read(path))
        if meta.get("guide"):
            found.append(Guide(parts[0], str(meta["guide"])))
    return tuple(found)


def _target(page: Path, href: str) -> Path:
    path = href.split("#", 1)[0].split("?", 1)[0]
    target = (page.parent / path) if path else page
    return target / "index.html" if path.endswith("/") or path in ("", ".", "..") or target.is_dir() else target


def path_chain(start: Path, folder: Path) -> list[Path]:
    """The built pages of one guide: its index page, then each rel="next" page still inside the folder."""
    start = start.resolve()
    chain = [start]
    seen = {start}
    current = start
    while True:
        match = _NEXT.search(current.read_text(encoding="utf-8"))
        if not match:
            break
        nxt = _target(current, match.group(1)).resolve()
        if nxt in seen or not nxt.is_file() or folder.resolve() not in nxt.parents or nxt.name == PRINT_FILE:
            break
        chain.append(nxt)
        seen.add(nxt)
        current = nxt
    return chain
