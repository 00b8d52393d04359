"""One model of the sources, read once per build: every Markdown page of every language, with its front
matter, and the ladder data files. Site-wide checks (toolkit.checks) and `./run status` both take it, so
they see the same thing, and no hook reads the docs folder again on its own.

Pure: `read` takes the file system as a folder and a list of paths; `from_texts` takes texts directly
(tests, and the status command's callers that already hold them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable, Mapping

from .frontmatter import split
from .languages import Languages


@dataclass(frozen=True)
class Source:
    path: str       # docs-relative, e.g. "cy/co-production/index.md"
    label: str      # as the author knows it, e.g. "docs/cy/co-production/index.md"
    language: str
    text: str       # the whole file, front matter included

    @cached_property
    def _split(self) -> tuple[dict, str, int]:
        return split(self.text)

    @property
    def meta(self) -> dict:
        return self._split[0]

    @property
    def body(self) -> str:
        return self._split[1]

    @property
    def first_body_line(self) -> int:
        """The file's line number of the body's first line (after the front matter)."""
        return self._split[2] + 1


@dataclass(frozen=True)
class DataFile:
    """A data file outside docs/, e.g. ladders/co-production.yml."""
    ident: str      # e.g. "co-production"
    label: str      # e.g. "ladders/co-production.yml"
    text: str


@dataclass(frozen=True)
class Sources:
    languages: Languages
    docs_label: str                                  # e.g. "docs"
    pages: Mapping[str, Source]                      # docs-relative path → page, every language
    ladders: Mapping[str, DataFile] = field(default_factory=dict)

    @property
    def paths(self) -> list[str]:
        return sorted(self.pages)

    def read(self, path: str) -> str:
        return self.pages[path].text

    def label(self, path: str) -> str:
        return f"{self.docs_label}/{path}"

    def translation(self, path: str, language: str) -> Source | None:
        """The page `path` in another language, if it exists."""
        return self.pages.get(self.languages.path_in(path, language))

    @cached_property
    def bases(self) -> tuple[str, ...]:
        """Every page's path without its language folder, once: one entry per page of the site."""
        return tuple(sorted({self.languages.base_path(p) for p in self.pages}))


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8")


def read(languages: Languages, docs_dir: Path, docs_label: str, paths: Iterable[str],
         ladder_dir: Path | None = None, ladder_label: str = "ladders") -> Sources:
    """Read every Markdown page of `paths` (docs-relative) and every ladder file, once."""
    pages = {}
    for path in sorted(p for p in paths if p.endswith(".md")):
        pages[path] = Source(path, f"{docs_label}/{path}", languages.of_path(path),
                             _decode((docs_dir / path).read_bytes()))
    ladders = {}
    if ladder_dir is not None and ladder_dir.is_dir():
        for file in sorted(ladder_dir.glob("*.yml")):
            ladders[file.stem] = DataFile(file.stem, f"{ladder_label}/{file.name}", _decode(file.read_bytes()))
    return Sources(languages, docs_label, pages, ladders)


def from_texts(languages: Languages, pages: Mapping[str, str], docs_label: str = "docs",
               ladders: Mapping[str, str] | None = None, ladder_label: str = "ladders") -> Sources:
    """The same model from texts held in memory: {docs-relative path: text}, {ladder id: text}."""
    return Sources(
        languages, docs_label,
        {path: Source(path, f"{docs_label}/{path}", languages.of_path(path), text)
         for path, text in sorted(pages.items()) if path.endswith(".md")},
        {ident: DataFile(ident, f"{ladder_label}/{ident}.yml", text) for ident, text in sorted((ladders or {}).items())})
