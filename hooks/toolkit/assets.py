"""Which stylesheets and scripts a page links, and how: the one way a component adds its assets.

A component's files live in `overrides/assets/<component>/` and are listed once, below (`COMPONENTS`).
During any page event up to `on_page_context`, a component's hook says that a page uses it:

    assets.use(build.page(assets.STATE, page.file.src_uri), "quiz")   # build = state.current()

and may hand its scripts strings and settings (`assets.use(entry, "search", index=assets.Site(path))`),
which the template writes as `data-i18n-<key>` on the script tag (ic/ic.js reads them). Components marked
`every_page` are linked on every page, the 404 pages included, whether or not a hook names them.
hooks/assets.py then gives the template `ic_assets` (`links`), and overrides/main.html writes the tags in
Material's own blocks.

Every URL carries `?v=` and the first 10 hex digits of the file's SHA-256, computed once per build
(`digests`): a browser may cache a file for ever, and a changed file gets a new URL.

To give a new component CSS and JS: put the files in `overrides/assets/<component>/`; add one
`_component(...)` line below (a listed file that is missing fails the build); call `assets.use` from the
component's hook on the pages that show it; write the script's strings as `data-i18n-*` on the component's
root element (`data-module="ic-<component>"`) and start the script with
`ic.modules("<component>", function (root, strings) { … })` (ES5, one IIFE, no build step).

Pure: paths and strings in, frozen values out; a page's record is the dict the hook hands in.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Mapping

from .problems import Problem

STATE = "assets"        # the component name under which pages' uses are kept in toolkit.state
NOT_FOUND = "404.html"  # the state key of the 404 page, which has no page object

# Where a file is written (overrides/main.html):
HEAD = "head"                  # <head> (block extrahead): stylesheets, and scripts with `defer`
BEFORE_BUNDLE = "before"       # end of <body>, before Material's bundle, run as soon as they are parsed
AFTER_BUNDLE = "after"         # end of <body>, after Material's bundle (where extra_javascript went)
PLACES = (HEAD, BEFORE_BUNDLE, AFTER_BUNDLE)
# No tag: another script of the component loads the file (ic.load) when the reader needs it, from the URL
# it is handed as a setting (`Later`), so a page's first view does not carry it (or Material's bundle does: the
# search worker).
LATER = "later"


@dataclass(frozen=True)
class File:
    path: str                     # under the theme's custom_dir, e.g. "assets/quiz/quiz.css"
    place: str = HEAD
    media: str | None = None      # stylesheets only, e.g. "print"
    keys: tuple[str, ...] = ()    # scripts only: the data-i18n-* keys the script reads from its own tag

    @property
    def is_css(self) -> bool:
        return self.path.endswith(".css")


@dataclass(frozen=True)
class Component:
    name: str
    files: tuple[File, ...]
    every_page: bool = False


def _component(name: str, *files: File, every_page: bool = False) -> Component:
    return Component(name, files, every_page)


def _in(component: str, name: str, **options) -> File:
    return File(f"assets/{component}/{name}", **options)


# In the order they are linked: the shared helper first (every component's script uses it), then the
# site-wide styles, then the components; print.css last, so that its print rules win.
COMPONENTS: tuple[Component, ...] = (
    # Run before search.js, which reads its settings with it, and before every deferred script.
    _component("ic", _in("ic", "ic.js", place=BEFORE_BUNDLE), every_page=True),
    # The LMS packages' launcher (hooks/scorm.py, mkdocs.scorm.yml only): right after ic.js and before every
    # deferred script, so the resume data is in the learning record before the quiz and progress read it.
    _component("scorm", _in("scorm", "scorm.css"),
               _in("scorm", "scorm.js", place=BEFORE_BUNDLE,
                   keys=("lms", "mastery", "page", "pages", "resume"))),
    _component("site", _in("site", "site.css"), every_page=True),
    _component("a11y", _in("a11y", "a11y.css"), _in("a11y", "a11y.js", keys=("menu-label", "nav-back")),
               every_page=True),
    _component("lang-switch", _in("lang-switch", "lang-switch.css"),
               _in("lang-switch", "lang-switch.js", place=AFTER_BUNDLE), every_page=True),
    # search.js must run before Material's bundle, which asks for the index as soon as it starts.
    _component("search", _in("search", "search.css"),
               _in("search", "search.js", place=BEFORE_BUNDLE,
                   keys=("index", "shared", "results", "root", "languages")),
               # Loaded by search.js when the reader starts a search, with search.js's root and languages.
               _in("search", "results-lang.js", place=LATER),
               # Material's search worker, started by its bundle (hooks/search.py points its config here); it
               # imports mutations.js when a search starts. Listed to be checked and minified like the rest.
               _in("search", "worker.js", place=LATER), _in("search", "mutations.js", place=LATER)),
    _component("review_dates", _in("review_dates", "review_dates.css")),
    _component("progress", _in("progress", "progress.css"), _in("progress", "progress.js")),
    # The guide's last page only (hooks/progress.py), so that no other page's first view carries it; it
    # runs after progress.js, which it extends.
    _component("progress_summary", _in("progress_summary", "summary.js")),
    _component("quiz", _in("quiz", "quiz.css"), _in("quiz", "quiz.js")),
    _component("ladder", _in("ladder", "ladder.css"), _in("ladder", "ladder.js")),
    _component("trainer", _in("trainer", "trainer.css"), _in("trainer", "trainer.js")),
    _component("record", _in("record", "record.css"), _in("record", "record.js")),
    _component("video", _in("video", "video.css"), _in("video", "video.js")),
    # The page's script only: the service worker (assets/saved/worker.js) is no page's script; hooks/saved.py
    # writes it to the site's root.
    _component("saved", _in("saved", "saved.css"), _in("saved", "saved.js", keys=("actions",)),
               # Loaded by saved.js when the reader presses a button or the guide is already saved.
               _in("saved", "actions.js", place=LATER)),
    _component("whole_guide", _in("whole_guide", "print.css", media="print"), every_page=True),
)
BY_NAME: Mapping[str, Component] = {c.name: c for c in COMPONENTS}


@dataclass(frozen=True)
class Site:
    """A setting that is a site-relative address: written relative to the page (absolute on 404 pages)."""
    path: str


@dataclass(frozen=True)
class Later:
    """A setting that is the URL of a listed file placed LATER: relative to the page, with its ?v= hash."""
    path: str


@dataclass(frozen=True)
class Link:
    """One tag for the template."""
    url: str
    is_css: bool
    place: str
    media: str | None = None
    data: tuple[tuple[str, str], ...] = ()  # (key, value): data-i18n-<key>="<value>"


@dataclass(frozen=True)
class Links:
    head: tuple[Link, ...] = ()
    before_bundle: tuple[Link, ...] = ()
    after_bundle: tuple[Link, ...] = ()

    def __iter__(self):
        return iter(self.head + self.before_bundle + self.after_bundle)


# ---- use -------------------------------------------------------------------------------------------------

def use(entry: dict, name: str, **data) -> None:
    """Say that the page of `entry` (its state, toolkit.state `page(STATE, key)`) uses component `name`;
    `data` (Python names, `name_en` → key `name-en`) becomes data-i18n-* on the component's scripts."""
    component = BY_NAME.get(name)
    if component is None:
        raise KeyError(f"no component '{name}' in toolkit.assets.COMPONENTS; expected one of "
                       f"{', '.join(BY_NAME)}")
    keys = {key for file in component.files for key in file.keys}
    given = {key.replace("_", "-"): value for key, value in data.items()}
    unknown = sorted(set(given) - keys)
    if unknown:
        raise KeyError(f"component '{name}' has no script reading {', '.join(unknown)}; its keys are "
                       f"{', '.join(sorted(keys)) or 'none'}")
    entry.setdefault("use", {}).setdefault(name, {}).update(given)


def used(entry: Mapping) -> dict[str, dict]:
    return dict(entry.get("use", {}))


# ---- digests ---------------------------------------------------------------------------------------------

def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()[:10]


def digests(custom_dir: Path, label: Callable[[Path], str] = lambda p: p.as_posix(),
            components: Iterable[Component] = COMPONENTS) -> tuple[dict[str, str], list[Problem]]:
    """Each listed file's content hash; a listed file that is missing is a problem (it would 404)."""
    found, problems = {}, []
    for component in components:
        for file in component.files:
            path = Path(custom_dir) / file.path
            if path.is_file():
                found[file.path] = digest(path.read_bytes())
            else:
                problems.append(Problem(label(path), f"is missing: toolkit/assets.py lists it for the "
                                                     f"'{component.name}' component"))
    return found, problems


# ---- links -----------------------------------------------------------------------------------------------

def links(uses: Mapping[str, Mapping[str, object]], hashes: Mapping[str, str],
          locate: Callable[[str], str], components: Iterable[Component] = COMPONENTS) -> Links:
    """The tags of one page: every `every_page` component and each used one, in `components` order.

    `locate` turns a site-relative path into the URL the page writes (relative, or absolute on 404 pages).
    """
    places: dict[str, list[Link]] = {place: [] for place in PLACES}
    for component in components:
        if not component.every_page and component.name not in uses:
            continue
        data = uses.get(component.name, {})
        for file in component.files:
            if file.path not in hashes:
                continue  # missing: reported by `digests`
            if file.place == LATER:
                continue
            values = tuple((key, _value(data[key], locate, hashes)) for key in file.keys if key in data)
            places[file.place].append(Link(f"{locate(file.path)}?v={hashes[file.path]}", file.is_css,
                                           file.place, file.media, values))
    return Links(tuple(places[HEAD]), tuple(places[BEFORE_BUNDLE]), tuple(places[AFTER_BUNDLE]))


def _value(value, locate: Callable[[str], str], hashes: Mapping[str, str]) -> str:
    if isinstance(value, Later):
        return f"{locate(value.path)}?v={hashes[value.path]}"
    return locate(value.path) if isinstance(value, Site) else str(value)


def absolute(root: str) -> Callable[[str], str]:
    """`locate` for pages served at any address (404): URLs from the site's root path, e.g. "/toolkit/"."""
    root = root if root.endswith("/") else root + "/"
    return lambda path: root + path


# ---- minify ----------------------------------------------------------------------------------------------

class ScriptError(ValueError):
    """A component script the minifier cannot read: not ES5, or not JavaScript at all."""

    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line


def minified(path: str, text: str) -> str:
    """A component file as readers get it: comments and spacing gone, local names shortened, behaviour
    unchanged (calmjs.parse for scripts, rcssmin for styles). Raises ScriptError for a script that is not ES5.

    The source keeps its comments (they say why); readers on a slow connection should not download them.
    Measured: about 9 KB gz less than the sources on a guide page with a quiz (comments and spacing, rjsmin),
    and shortening local names took 2.2 KB gz more off the ladder page (calmjs.parse 13.4 → 11.3 KB gz for its
    ten scripts; terser 10.8, but it would bring Node into `./run build`). Names the page shares (globals,
    properties, `ic.*`, strings) are kept; `obfuscate_globals` stays off because the scripts talk through
    globals (`ic`, Material's `document$`).
    """
    if path.endswith(".js"):
        return _minified_script(text)
    if path.endswith(".css"):
        import rcssmin

        return rcssmin.cssmin(text)
    return text


def minify_file(target: Path, path: str, source: str) -> Problem | None:
    """Replace `target` (a copy of the component file `path`) by its minified form; a script the minifier
    cannot read is left as it is and returned as a problem naming `source` (the file its author edits)."""
    text = target.read_text(encoding="utf-8")
    try:
        target.write_text(minified(path, text), encoding="utf-8")
    except ScriptError as error:
        return Problem(source, str(error), error.line)
    return None


@lru_cache(maxsize=128)
def _minified_script(text: str) -> str:
    # Cached on the text (a pure function): `mkdocs serve` rebuilds after every edit, and parsing every
    # script again would add about half a second to each rebuild.
    from calmjs.parse import es5
    from calmjs.parse.exceptions import ECMASyntaxError
    from calmjs.parse.unparsers.es5 import minify_print

    try:
        program = es5(text)
    except ECMASyntaxError as error:
        found = re.search(r"at (\d+):(\d+)", str(error))
        raise ScriptError(int(found.group(1)) if found else None,
                          f"is not ES5 JavaScript the minifier can read ({error}); component scripts are "
                          f"ES5, one IIFE, no build step") from None
    return minify_print(program, obfuscate=True, obfuscate_globals=False)
