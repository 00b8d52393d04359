"""MkDocs' link messages, with the file relative to the repository and the line of the link.

MkDocs checks every link (mkdocs.yml `validation:`) but names the page by its docs-relative path and gives
no line. `locate` finds the link in the page's source; `LinkLines`, a logging filter on MkDocs' page
logger (installed once by hooks/build.py), rewrites each message as `docs/<page>:<line>: …` and raises
it to an error (MkDocs' `--quiet` keeps warnings from the strict-mode counter, mkdocs#4126).
"""

from __future__ import annotations

import logging
import posixpath
import re

from .problems import Problem

LOGGER = "mkdocs.structure.pages"
_MESSAGE = re.compile(r"Doc file '(?P<page>[^']+)' contains (?P<what>an unrecognized relative link|an absolute "
                      r"link|a link) '(?P<url>[^']*)'(?P<rest>.*)", re.S)


def _lines_of(text: str, url: str) -> list[int]:
    """Every line that holds the link: `](url`, `(url `, `<url>`, `="url"` or `]: url` (a reference), once
    per time it is there; else every line that holds the address at all (a quiz or ladder text in YAML)."""
    forms = (f"]({url}", f"({url} ", f"<{url}>", f'="{url}"', f"='{url}'", f"]: {url}")
    lines = text.splitlines()
    found = [n for n, line in enumerate(lines, start=1) for form in forms for _ in range(line.count(form))]
    return sorted(found) or [n for n, line in enumerate(lines, start=1) if url in line]


def places(page, url: str, sources) -> list[tuple[str, int | None]]:
    """Where the link is written, in order: in the page, then in the ladder files (a rung's text is
    converted with the page that places the ladder)."""
    found = [(page.label, n) for n in _lines_of(page.text, url)]
    for data in sources.ladders.values():
        found += [(data.label, n) for n in _lines_of(data.text, url)]
    return found or [(page.label, None)]


_TARGET = re.compile(r", but the target(?: '(?P<target>[^']+)')? is not found among documentation files")
_ANCHOR = re.compile(r", but the doc '(?P<target>[^']+)' does not contain an anchor '(?P<anchor>#[^']*)'")
_OWN_ANCHOR = ", but there is no such anchor on this page"
_SUGGESTION = re.compile(r"\s*Did you mean '(?P<url>[^']*)'\?$")
_TO_A_FILE = "link to the page's .md file, relative to this page, e.g. 'tips.md' or '../index.md'"


def locate(message: str, sources, occurrence: int = 0) -> Problem | None:
    """MkDocs' message as a Problem at the link's line, or None when it is not about a link of a page.
    `occurrence`: how many messages about the same link of the same page came before (MkDocs says one per
    time the link is written, in the page's order), so each names its own line."""
    found = _MESSAGE.fullmatch(message.strip())
    if found is None or sources is None or found["page"] not in sources.pages:
        return None
    page = sources.pages[found["page"]]
    url, rest = found["url"], found["rest"]
    suggestion = _SUGGESTION.search(rest)
    rest = rest[:suggestion.start()] if suggestion else rest
    hint = f" (did you mean '{suggestion['url']}'?)" if suggestion else ""
    label = sources.label
    if found["what"] == "an absolute link":
        text = f"the link '{url}' starts with '/'; {_TO_A_FILE}{hint}"
    elif found["what"] == "an unrecognized relative link":
        text = f"the link '{url}' is neither a page nor a file; {_TO_A_FILE}{hint}"
    elif target := _TARGET.match(rest):
        where = target["target"] or posixpath.normpath(posixpath.join(posixpath.dirname(found["page"]), url))
        text = f"the link '{url}' goes to {label(where)}, which does not exist{hint}; {_TO_A_FILE}"
    elif anchor := _ANCHOR.match(rest):
        text = (f"the link '{url}' goes to a section '{anchor['anchor']}' that {label(anchor['target'])} does not "
                f"have{hint}; use one of its heading ids, or give the heading that id")
    elif rest.startswith(_OWN_ANCHOR):
        text = (f"the link '{url}' goes to a section that this page does not have{hint}; use one of its heading "
                f"ids, or give the heading that id")
    else:
        text = f"the link '{url}'{rest.rstrip('.')}{hint}"
    written = places(page, url, sources)
    path, line = written[min(occurrence, len(written) - 1)]
    return Problem(path, text, line)


class LinkLines(logging.Filter):
    """Rewrites MkDocs' link warnings with the file and line (the running build's sources)."""

    def __init__(self, build_of):
        super().__init__()
        self._build_of = build_of  # () -> the running build (toolkit.state.Build), or None

    def filter(self, record: logging.LogRecord) -> bool:
        build = self._build_of() if record.levelno >= logging.WARNING else None
        if build is None:
            return True
        message = record.getMessage()
        found = _MESSAGE.fullmatch(message.strip())
        seen = build.of("links").setdefault("seen", {})
        key = (found["page"], found["url"]) if found else None
        problem = locate(message, build.sources, seen.get(key, 0))
        if problem is not None:
            seen[key] = seen.get(key, 0) + 1
            record.msg, record.args = str(problem), ()
            record.levelno, record.levelname = logging.ERROR, "ERROR"
        return True


def install(build_of) -> None:
    logger = logging.getLogger(LOGGER)
    if not any(isinstance(f, LinkLines) for f in logger.filters):
        logger.addFilter(LinkLines(build_of))
