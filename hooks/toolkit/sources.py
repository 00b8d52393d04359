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

from . import frontmatter
from .frontmatter import split
from .languages import Languages
from .problems import Problem


@dataclass(frozen=True)
class Source:
    path: str       # docs-relative, e.g. "cy/co-production/index.md"
    label: str      # as the author knows it, e.g. "docs/cy/co-production/index.md"
    language: str
    text: str       # the whole file, front matter included (a leading byte-order mark taken off)
    unreadable: tuple = ()  # (line, message) when the file is not UTF-8

    @cached_property
    def front(self) -> frontmatter.FrontMatter:
        return frontmatter.read(self.text)

    @property
    def problems(self) -> list[Problem]:
        """What is wrong with the file itself: its encoding, or its front matter."""
        if self.unreadable:
            return [Problem(self.label, self.unreadable[1], self.unreadable[0])]
        if self.empty:
            return [Problem(self.label, "the page is empty: write its front matter and text, or delete it and its "
                                        "twins in the other languages")]
        return frontmatter.problems(self.text, self.label)

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    @property
    def readable(self) -> bool:
        """The body can be trusted: UTF-8, and the front matter well formed (wrong keys or types aside)."""
        return not self.unreadable and not self.empty and self.front.readable

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
    unreadable: tuple = ()  # (line, message) when the file is not UTF-8

    @property
    def problems(self) -> list[Problem]:
        return [Problem(self.label, self.unreadable[1], self.unreadable[0])] if self.unreadable else []


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


def decode(raw: bytes) -> tuple[str, tuple]:
    """The file's text, UTF-8 with or without a byte-order mark (as MkDocs reads it), and () ; or, when it
    is not UTF-8, the text with the bad bytes replaced and (line, message) naming the first bad byte."""
    try:
        return raw.decode("utf-8-sig"), ()
    except UnicodeDecodeError as error:
        start = error.start
        line = raw.count(b"\n", 0, start) + 1
        line_start = raw.rfind(b"\n", 0, start) + 1
        # The column in characters, as an editor shows it (the line's earlier bytes are good UTF-8).
        column = len(raw[line_start:start].decode("utf-8-sig", errors="replace")) + 1
        message = (f"is not UTF-8: the byte 0x{raw[start]:02X} in column {column} cannot be read; "
                   f"save the file as UTF-8 (in most editors: Save As, encoding UTF-8)")
        return raw.decode("utf-8-sig", errors="replace"), (line, message)


def read(languages: Languages, docs_dir: Path, docs_label: str, paths: Iterable[str],
         ladder_dir: Path | None = None, ladder_label: str = "ladders") -> Sources:
    """Read every Markdown page of `paths` (docs-relative) and every ladder file, once."""
    pages = {}
    for path in sorted(p for p in paths if p.endswith(".md")):
        text, unreadable = decode((docs_dir / path).read_bytes())
        pages[path] = Source(path, f"{docs_label}/{path}", languages.of_path(path), text, unreadable)
    ladders = {}
    if ladder_dir is not None and ladder_dir.is_dir():
        for file in sorted(ladder_dir.glob("*.yml")):
            text, unreadable = decode(file.read_bytes())
            ladders[file.stem] = DataFile(file.stem, f"{ladder_label}/{file.name}", text, unreadable)
    return Sources(languages, docs_label, pages, ladders)


def from_texts(languages: Languages, pages: Mapping[str, str], docs_label: str = "docs",
               ladders: Mapping[str, str] | None = None, ladder_label: str = "ladders") -> Sources:
    """The same model from texts held in memory: {docs-relative path: text}, {ladder id: text}."""
    return Sources(
        languages, docs_label,
        {path: Source(path, f"{docs_label}/{path}", languages.of_path(path), text.removeprefix("\ufeff"))
         for path, text in sorted(pages.items()) if path.endswith(".md")},
        {ident: DataFile(ident, f"{ladder_label}/{ident}.yml", text) for ident, text in sorted((ladders or {}).items())})
