"""Components rendered inside the page's own Markdown conversion: one Python-Markdown extension.

A quiz block or a ladder marker is not HTML spliced into the page afterwards: its texts become elements of
the page's own element tree, so the page's inline Markdown (emphasis, links, footnotes, attr_list,
abbreviations...) and MkDocs' link validation and rewriting (its `relpath` treeprocessor) run over them
exactly as over any paragraph of the page.

For each conversion (MkDocs makes one Markdown instance per page, in `Page.render`):
1. A preprocessor (priority 27: after `normalize_whitespace` at 30, before the fences of superfences at 25
   and the raw HTML blocks at 20) hands the lines to each *finder* the page's hooks registered. A finder
   rewrites the lines it owns, putting `Conversion.place(...)`'s placeholder line where its component
   goes, or nothing. The placeholder is wrapped in STX/ETX, which `normalize_whitespace` strips from the
   source, so no author can write one.
2. A block processor puts in the placeholder's place a <div> holding one <p> per Markdown text of the
   component: the texts are element text, like a paragraph's.
3. A treeprocessor (priority -100, after every other one, `relpath` and `unescape` at 0 included) reads
   each text's HTML with the page's own serializer, asks the component for its HTML and puts that in the
   tree through the page's raw-HTML stash, like any raw HTML block. A placement with nothing to show
   leaves nothing.

The finders come from `source()`: by default `take()`, what the hooks registered with `add()` during the
page's on_page_markdown event (MkDocs converts the page right after that event), kept in the build's state.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from markdown import Extension
from markdown.blockprocessors import BlockProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import ETX, HTML_PLACEHOLDER_RE, STX
from markupsafe import Markup, escape

from . import safety, state

_HTML_PLACEHOLDER = HTML_PLACEHOLDER_RE if hasattr(HTML_PLACEHOLDER_RE, "sub") else re.compile(HTML_PLACEHOLDER_RE)

Render = Callable[[Mapping[str, Markup]], str]  # the texts' HTML, by name → the component's HTML


@dataclass
class _Piece:
    texts: dict[str, str]            # name → inline Markdown
    render: Render
    lost: Callable[[], None] | None  # called when the placeholder never reached the tree
    holder: etree.Element | None = None


class Conversion:
    """What the finders placed in one conversion of one page."""

    PLACEHOLDER = re.compile(rf"(?:^|\n)[ ]{{0,3}}{STX}ic-component:(\d+){ETX}[ ]*(?=\n|$)")

    def __init__(self) -> None:
        self.pieces: list[_Piece] = []

    def place(self, texts: Mapping[str, str], render: Render, indent: str = "",
              lost: Callable[[], None] | None = None) -> str:
        """The line to put where a component goes (keep `indent`, e.g. inside an admonition)."""
        self.pieces.append(_Piece({name: text.strip() for name, text in texts.items() if text.strip()},
                                  render, lost))
        return f"{indent}{STX}ic-component:{len(self.pieces) - 1}{ETX}"


Finder = Callable[[list[str], Conversion], list[str]]  # the page's lines → the same number of lines


def add(page_key: str, name: str, finder: Finder) -> None:
    """From on_page_markdown: let `finder` rewrite this page's lines when MkDocs converts it, next."""
    slot = state.current().of("markdown")
    if slot.get("page") != page_key:
        slot.clear()
        slot.update(page=page_key, finders={})
    slot["finders"][name] = finder


def take() -> list[Finder]:
    """The finders registered for the page about to be converted, forgotten once taken."""
    slot = state.current().of("markdown")
    finders = list(slot.get("finders", {}).values())
    slot.clear()
    return finders


class Components(Extension):
    """The extension; `source` gives, once per Markdown instance, the finders of the page it converts."""

    def __init__(self, source: Callable[[], Iterable[Finder]] = take, **kwargs):
        self.source = source
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        page = _Page(list(self.source()))
        # 27: the lines are normalised (30) and no fence (25) or raw HTML block (20) has been taken yet.
        md.preprocessors.register(_Find(md, page), "ic_components", 27)
        # 79: containers (admonitions 105, list items 90) hand over their content first, an indented code
        # block (80) stays code, and no processor below (headings, lists, paragraphs) sees the placeholder.
        md.parser.blockprocessors.register(_Hold(md.parser, page), "ic_components", 79)
        # -100: after inline Markdown (20), attr_list (8), footnotes, unescape and MkDocs' relpath (0).
        md.treeprocessors.register(_Render(md, page), "ic_components", -100)


def install(config) -> None:
    """Add the extension to MkDocs' configuration, once (on_config runs again in each language's build)."""
    if not any(isinstance(e, Components) for e in config.markdown_extensions):
        config.markdown_extensions.append(Components())


class _Page:
    def __init__(self, finders: list[Finder]) -> None:
        self.finders = finders
        self.conversion = Conversion()


class _Find(Preprocessor):
    def __init__(self, md, page: _Page):
        super().__init__(md)
        self.page = page

    def run(self, lines: list[str]) -> list[str]:
        self.page.conversion = Conversion()
        for finder in self.page.finders:
            lines = finder(list(lines), self.page.conversion)
        return lines


class _Hold(BlockProcessor):
    """The placeholder → <div><p>text</p>…</div>: the component's texts, converted like the page's."""

    def __init__(self, parser, page: _Page):
        super().__init__(parser)
        self.page = page

    def test(self, parent, block) -> bool:
        return bool(Conversion.PLACEHOLDER.search(block))

    def run(self, parent, blocks) -> None:
        block = blocks.pop(0)
        match = Conversion.PLACEHOLDER.search(block)
        before, after = block[:match.start()], block[match.end():]
        if before.strip():
            self.parser.parseBlocks(parent, [before])
        pieces = self.page.conversion.pieces
        index = int(match.group(1))
        if index < len(pieces) and pieces[index].holder is None:
            piece = pieces[index]
            piece.holder = etree.SubElement(parent, "div")
            for text in piece.texts.values():
                etree.SubElement(piece.holder, "p").text = text
        if after.strip():
            blocks.insert(0, after.lstrip("\n"))


class _Render(Treeprocessor):
    def __init__(self, md, page: _Page):
        super().__init__(md)
        self.page = page

    def _html(self, paragraph: etree.Element) -> Markup:
        # The paragraph's content only, as the page's serializer writes it (no tag is written for None).
        paragraph.tag, paragraph.tail = None, None
        return Markup(_HTML_PLACEHOLDER.sub(self._as_text, self.md.serializer(paragraph)))

    def _as_text(self, match: re.Match) -> str:
        """Raw HTML in a component's text is shown as text, never as markup (toolkit.safety reports it);
        an entity such as &amp; and a language span stay what they are."""
        raw = self.md.htmlStash.rawHtmlBlocks[int(match.group(1))]
        raw = raw if isinstance(raw, str) else self.md.serializer(raw)
        return raw if safety.allowed_html(raw) else escape(raw)

    def run(self, root) -> None:
        if not self.page.conversion.pieces:
            return
        parents = {child: parent for parent in root.iter() for child in parent}
        for piece in self.page.conversion.pieces:
            parent = parents.get(piece.holder)
            if parent is None:
                if piece.lost is not None:
                    piece.lost()
                continue
            html = piece.render(dict(zip(piece.texts, map(self._html, piece.holder))))
            index = list(parent).index(piece.holder)
            parent.remove(piece.holder)
            if html:
                stand_in = etree.Element("p")
                stand_in.text = self.md.htmlStash.store(html)  # <p>placeholder</p> of block HTML is unwrapped
                stand_in.tail = piece.holder.tail
                parent.insert(index, stand_in)
