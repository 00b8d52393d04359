"""A page's search entries, as Material for MkDocs' search plugin makes them, without html.parser.

Material parses each page with Python's html.parser (a Python call per tag, attribute and text run), which
was a sixth of a large site's build. This does the same work with one regular expression over the page and a
few list operations per tag, and gives the same entries for ordinary content:

- one section per heading with an id; the first section has no #id (the page's own address); content
  before the first heading is a section of its own; a section without a title gets the page's title;
- a title is the heading's text without the permalink (`a.headerlink`); a text keeps the markup of
  p, code, pre, li, ol, ul, sub and sup only, and the text of every other element;
- whitespace is collapsed outside <pre>; text is unescaped and escaped again (&, <, >), as html.parser
  with convert_charrefs and Material's `escape(quote=False)` do;
- script, style and object are never indexed, nor any element marked `data-search-exclude` (or
  `class="linenodiv"`, Pygments' line numbers), with everything inside it; a heading so marked leaves its
  whole section out;
- front matter `search: {exclude: true}` leaves the page out, `search: {boost: n}` and a `tags` list are
  copied into every entry.

Two deliberate differences, for markup Material's parser gets wrong: an excluded element that contains an
element of its own tag stays excluded to its end (Material compares open elements by tag name, so the
inner element's end tag ended the exclusion), and a heading inside an excluded element starts no section.

And four, so that results read as text (issue 16), where Material runs a page's pieces together:
- an element marked `aria-hidden="true"` is left out, as a screen reader leaves it: it repeats visibly what
  the text says in words (the ladder's rung number "7" beside "Rung 7: ", its group label);
- an `<ol>` numbered otherwise than 1, 2, 3 (`reversed`, `start`) is kept as `<ul>`: the result would
  number it from 1 (the ladder's rungs, 7 down to 1, read "1. Doing with");
- a `<details>` with an id is a section of its own, titled by its `<summary>` (a rung is found as that
  rung, at its own address), and the enclosing section goes on after it;
- the name (`aria-label`) of an element with `role="group"` or `role="region"` is text, so that a
  component is found by what it is (a quiz's "Quiz").
`readable=False` drops these four, for the test that compares every built page with Material's entries.

parse (`sections`) → render (`entries`); `strip_markers` removes the build-time `data-search-*`
attributes from the page, as Material's plugin does.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape, unescape

EXCLUDE = "data-search-exclude"

# Material's lists (material/plugins/search/plugin.py): markup kept in texts, elements never indexed, and
# void elements, which html.parser reports as start tags that never end (so they open nothing).
KEEP = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})
SKIP = frozenset({"script", "style", "object"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                  "source", "track", "wbr"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A text and the token after it, for findall (one tuple per token, no match objects): the text up to the
# next "<", then a script or style element, whole (html.parser reads its content as text up to its end
# tag, and Material never indexes it); a start tag (name, attributes); an end tag (name); a comment or a
# declaration (no group); a "<" that starts no tag (html.parser gives it as a text of its own); or the end
# of the page. Tag names are read as html.parser reads them; possessive quantifiers, so that a broken tag
# costs no backtracking.
_TOKEN = re.compile(r"""([^<]*+)(?:<(?:
    ((?i:script))(?=[\t\n\r\f />])(?:[^>"']++|"[^"]*+"|'[^']*+')*+(?<!/)>.*?</\s*(?i:script)\s*>
  | ((?i:style))(?=[\t\n\r\f />])(?:[^>"']++|"[^"]*+"|'[^']*+')*+(?<!/)>.*?</\s*(?i:style)\s*>
  | ([a-zA-Z][^\t\n\r\f />\x00]*+)((?:[^>"']++|"[^"]*+"|'[^']*+')*+)>
  | /([a-zA-Z][^\t\n\r\f />\x00]*+)[^>]*+>
  | !--.*?--\s*>
  | [!?][^>]*+>
  )|(<)|\Z)""", re.S | re.X)
# html.parser's tolerant attribute syntax (html.parser.attrfind_tolerant).
_ATTRIBUTE = re.compile(r"""((?<=['"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?""")
_ONLY_ID = re.compile(r'\s+id="([^"&]*)"\s*').fullmatch
_MARK = "data-search-"
_MARK_AT = re.compile(r"""data-search-[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?(?=[\s/>])""").match
_OPEN = {tag: f"<{tag}>" for tag in KEEP}
_CLOSE = {tag: f"</{tag}>" for tag in KEEP}
_PASSED = float("inf")  # the depth of a section whose element has ended: it never receives text again
# What Material's parser does with each tag, looked up once per tag.
_PLAIN, _VOID, _KEPT, _PRE, _HEADING, _LINK, _SKIPPED = "plain", "void", "kept", "pre", "heading", "a", "skip"
_DETAILS, _SUMMARY = "details", "summary"
_NAMED_ROLES = frozenset({"group", "region"})  # roles whose aria-label names a part of the page
# Common plain tags are listed too: a tag found as written needs no lower().
_KIND = {**dict.fromkeys(("div", "span", "strong", "em", "b", "i", "label", "button",
                          "fieldset", "legend", "form", "table", "thead", "tbody", "tr", "th", "td",
                          "blockquote", "dl", "dt", "dd", "figure", "figcaption", "time", "abbr", "small",
                          "svg", "path", "nav", "section", "aside", "mark", "kbd", "del", "ins"), _PLAIN),
         **dict.fromkeys(VOID, _VOID), **dict.fromkeys(KEEP, _KEPT), "pre": _PRE,
         **dict.fromkeys(HEADINGS, _HEADING), "a": _LINK, **dict.fromkeys(SKIP, _SKIPPED),
         "details": _DETAILS, "summary": _SUMMARY}
_NONE: dict = {}


@dataclass(frozen=True)
class Entry:
    location: str
    title: str
    text: str
    extra: tuple[tuple[str, object], ...] = ()  # Material's optional fields, in its order: tags, boost

    def as_json(self) -> dict:
        entry = {"location": self.location, "title": self.title, "text": self.text}
        entry.update((key, list(value) if key == "tags" else value) for key, value in self.extra)
        return entry


# ---- parse -----------------------------------------------------------------------------------------------

class Section:
    """A heading with an id and what follows it; `title` and `text` are lists of pieces (text, kept tags)."""

    __slots__ = ("tag", "id", "depth", "excluded", "title", "text")

    def __init__(self, tag: str, depth: float, section_id: str | None = None, excluded: bool = False):
        self.tag = tag  # the heading's tag; "" for what comes before the first heading
        self.id = section_id
        self.depth = depth  # how many elements were open around the heading, itself included
        self.excluded = excluded
        self.title: list[str] = []
        self.text: list[str] = []



def _classify(name: str) -> tuple[str, object]:
    """(tag, kind) of a tag name as written; upper-case names are looked up lower-cased, as html.parser does."""
    kind = _KIND.get(name)
    if kind is None:
        name = name.lower()
        kind = _KIND.get(name, _PLAIN)
    return name, kind

def _attributes(source: str) -> dict[str, str | None]:
    simple = _ONLY_ID(source)
    if simple:  # <h2 id="…">, as Python-Markdown writes every heading
        return {"id": simple.group(1)}
    found = {}
    for match in _ATTRIBUTE.finditer(source):
        name, rest, value = match.group(1, 2, 3)
        if not rest:
            value = None
        elif value[:1] in ("'", '"'):
            value = value[1:-1]
        found[name.lower()] = unescape(value) if value else value
    return found


def _close(pieces: list[str], tag: str) -> None:
    """A kept element ends. Material looks for the first <tag> of the title or text, and drops it with what
    follows when nothing but whitespace follows it; otherwise it writes the end tag."""
    try:
        at = pieces.index(_OPEN[tag])
    except ValueError:  # the tag opened in another part, where Material's parser would stop with an error
        pieces.append(_CLOSE[tag])
        return
    for piece in itertools.islice(pieces, at + 1, None):
        if not piece.isspace():
            pieces.append(_CLOSE[tag])
            return
    del pieces[at:]


def _back(found: list[Section], current: Section, depth: int) -> Section:
    """The element around the current section's heading ends (at `depth`): later text goes to the last
    section whose heading is not deeper."""
    if current.depth > depth:
        for section in reversed(found):
            if section.depth <= depth:
                current.depth = _PASSED
                return section
    return current


def sections(html: str, readable: bool = True) -> list[Section]:
    """The page's sections, in order, as Material's parser divides them. One loop over the tokens, with the
    state in local variables: this is the part of the build that runs for every tag of every page."""
    found: list[Section] = []
    current: Section | None = None
    stack: list[str] = []  # the open elements' tags
    # Material asks "is an element with this tag open?" of the current section's heading ("" for the
    # first section, which has none) and of <pre>.
    heading_open = dict.fromkeys(HEADINGS | {"", "summary"}, 0)
    as_ul: list[int] = []  # depths of the open <ol>s kept as <ul>
    in_pre = 0
    headerlinks: list[int] = []  # depths of the open permalinks
    skip_at = -1  # the stack index of the element whose content is left out, -1 when none is
    for data, script, style, start, attrs, closing, lone in _TOKEN.findall(html):
        if data and skip_at < 0:
            # A text: html.parser (convert_charrefs) gives it unescaped; Material collapses whitespace
            # outside <pre>, escapes &, < and > again, and leaves the permalink's text out of titles.
            if "&" in data:
                data = unescape(data)
            if current is None:
                current = Section("", 0)
                found.append(current)
            if data.isspace():
                if not in_pre:
                    data = " "
                if heading_open[current.tag]:
                    if not headerlinks:
                        current.title.append(data)
                else:
                    text = current.text
                    if in_pre or not text or not text[-1].isspace():
                        text.append(data)
            else:
                if not in_pre:
                    data = data.replace("\n", " ")
                if "&" in data or "<" in data or ">" in data:
                    data = escape(data, quote=False)
                if not heading_open[current.tag]:
                    current.text.append(data)
                elif not headerlinks:
                    current.title.append(data)
        if start:
            tag, kind = _classify(start)
            if kind is _VOID:
                continue  # html.parser reports it, Material opens nothing for it
            stack.append(tag)
            if kind is _HEADING or kind is _SUMMARY:
                heading_open[tag] += 1
            elif kind is _PRE:
                in_pre += 1
            if skip_at < 0:
                if attrs and (kind is _HEADING or EXCLUDE in attrs or "linenodiv" in attrs
                              or (kind is _LINK and "headerlink" in attrs)
                              or (readable and ("aria-" in attrs or kind is _DETAILS
                                                or (kind is _KEPT and tag == "ol")))):
                    attributes = _attributes(attrs)
                    excluded = (EXCLUDE in attributes or attributes.get("class") == "linenodiv"
                                or (readable and attributes.get("aria-hidden") == "true"))
                else:
                    attributes, excluded = _NONE, False
                if readable and kind is _DETAILS and attributes.get("id") and found and not excluded:
                    # Its own section, one deeper than the element, as if its summary were a heading in it:
                    # the element's end then gives the text back to the enclosing section (_back).
                    current = Section("summary", len(stack) + 1, attributes["id"])
                    found.append(current)
                elif kind is _HEADING and "id" in attributes:
                    if tag != "h1" and not found:
                        found.append(Section("", len(stack)))
                    current = Section(tag, len(stack), attributes["id"] if found else None, excluded)
                    found.append(current)
                elif current is None:
                    current = Section("", 0)
                    found.append(current)
                if excluded or kind is _SKIPPED:
                    skip_at = len(stack) - 1
                elif kind is _KEPT or kind is _PRE:
                    if readable and tag == "ol" and ("reversed" in attributes or "start" in attributes):
                        as_ul.append(len(stack))
                        tag = "ul"
                    (current.title if heading_open[current.tag] else current.text).append(_OPEN[tag])
                elif kind is _LINK and attributes.get("class") == "headerlink":
                    headerlinks.append(len(stack))
                if readable and attributes.get("role") in _NAMED_ROLES and attributes.get("aria-label") \
                        and not excluded:
                    label = escape(" ".join(attributes["aria-label"].split()), quote=False)
                    (current.title if heading_open[current.tag] else current.text).extend((label, " "))
            if not attrs or attrs[-1] != "/":
                if kind is _SKIPPED and tag != "object":
                    break  # a script or style that never ends: the rest of the page is its text
                continue
            closing = start  # <tag ... />: html.parser reports a start tag and an end tag
        elif not closing:
            if script or style:
                # Opened and ended at once, never indexed; like any element, it may end a section.
                if current is None:
                    current = Section("", 0)
                    found.append(current)
                current = _back(found, current, len(stack) + 1)
            elif lone and skip_at < 0:
                # A "<" that starts no tag: html.parser gives it as a text of its own.
                if current is None:
                    current = Section("", 0)
                    found.append(current)
                if not heading_open[current.tag]:
                    current.text.append("&lt;")
                elif not headerlinks:
                    current.title.append("&lt;")
            continue
        tag, kind = _classify(closing)
        if not stack or stack[-1] != tag:
            continue  # Material ignores an end tag that does not end the innermost open element
        depth = len(stack)
        if current.depth > depth:
            current = _back(found, current, depth)
        stack.pop()
        if kind is _HEADING or kind is _SUMMARY:
            heading_open[tag] -= 1
        elif kind is _PRE:
            in_pre -= 1
        if headerlinks and headerlinks[-1] == depth:
            headerlinks.pop()
        if skip_at >= 0:
            if skip_at == depth - 1:
                skip_at = -1
        elif kind is _KEPT or kind is _PRE:
            if as_ul and as_ul[-1] == depth:
                as_ul.pop()
                tag = "ul"
            _close(current.title if heading_open[current.tag] else current.text, tag)
    return found


# ---- render ----------------------------------------------------------------------------------------------

def entries(html: str, url: str, title: str, toc: Mapping[str, str] | None = None,
            search: Mapping | None = None, tags: object = None, readable: bool = True) -> tuple[Entry, ...]:
    """The search entries of one page.

    `html` is the page's content (page.content), `url` its address (page.url), `title` the title used when a
    section has none (Material: the front matter's title, else the page's), `toc` the page's heading ids →
    their links (page.toc), `search` and `tags` its front matter's `search` and `tags`.
    """
    search = search if isinstance(search, Mapping) else {}
    if search.get("exclude"):
        return ()
    extra = []
    if isinstance(tags, list):
        extra.append(("tags", tuple(str(t) for t in tags if t and isinstance(t, (str, int, float, bool)))))
    if "boost" in search:
        extra.append(("boost", search["boost"]))
    extra = tuple(extra)
    toc = toc or {}
    result = []
    for section in sections(html, readable):
        if section.excluded:
            continue
        if section.id:
            location = url + toc.get(section.id, "#" + section.id)
        else:
            location = url
        heading = "".join(section.title).strip() if section.title else title.strip()
        result.append(Entry(location, heading, "".join(section.text).strip(), extra))
    return tuple(result)


def strip_markers(html: str) -> str:
    """The page without its `data-search-*` attributes: they are for the indexer, not for readers.
    Found with str.find (a regular expression would try every tag of every page); only inside a tag."""
    at = html.find(_MARK)
    if at < 0:
        return html
    pieces, pos = [], 0
    while at >= 0:
        start = at
        while start > pos and html[start - 1] in " \t\n\r\f":
            start -= 1
        match = _MARK_AT(html, at)
        if match and start < at and html.rfind("<", 0, at) > html.rfind(">", 0, at):
            pieces.append(html[pos:start])
            pos = match.end()
        at = html.find(_MARK, at + len(_MARK))
    pieces.append(html[pos:])
    return "".join(pieces)
