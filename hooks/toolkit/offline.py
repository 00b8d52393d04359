"""The offline copy: the built site as a zip that works opened from the file system (file://).

The offline build (mkdocs.offline.yml) turns off directory URLs, so MkDocs links to `page.html` files.
Two things remain for here, without MkDocs:
- `fix_links`: links a template wrote as a folder ("../accessibility/", "./", "..") open a folder
  listing from file://; they get their "index.html".
- `archive`: the zip, leaving out what cannot work or is not needed offline: the search indexes and
  search engine (browsers do not start a search worker from file://, so Material hides the search box),
  the source maps, and the sitemaps.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Callable

_LINK = re.compile(r'(<(?:a|link)\b[^>]*?\shref=")([^"#?:]*?)([?#][^"]*)?(")')
LEFT_OUT = re.compile(r"^([a-z]{2}/)?search/|^assets/javascripts/(workers|lunr)/|\.map$|^sitemap\.xml(\.gz)?$")


def fix_links(html: str, exists: Callable[[str], bool]) -> str:
    """Relative links to folders point at the page file: "x/index.html", or "x.html" when that is the one
    the offline build wrote (a template that hard-codes "accessibility/" means accessibility.html).
    `exists` answers whether a path, relative to the page, is a file of the built site."""
    def fix(match: re.Match) -> str:
        path = match.group(2)
        if path.startswith("/") or not (path.endswith("/") or path in (".", "..", "")):
            return match.group(0)
        if path == "" and match.group(3):  # "#section" or "?q=": the same page
            return match.group(0)
        folder = path if path.endswith("/") else (path + "/" if path else "./")
        candidates = [folder + "index.html"]
        if folder.rstrip("/") not in (".", ".."):
            candidates.insert(0, folder.rstrip("/") + ".html")
        target = next((c for c in candidates if exists(c)), candidates[-1])
        return match.group(1) + target + (match.group(3) or "") + match.group(4)
    return _LINK.sub(fix, html)


def included(relative_path: str) -> bool:
    return not LEFT_OUT.search(relative_path)


def archive(site_dir: Path, zip_path: Path, folder: str) -> int:
    """Write the zip with every file under `folder/`; return the number of files."""
    count = 0
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for path in sorted(site_dir.rglob("*")):
            relative = path.relative_to(site_dir).as_posix()
            if path.is_file() and included(relative):
                bundle.write(path, f"{folder}/{relative}")
                count += 1
    return count
