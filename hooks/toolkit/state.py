"""Per-build state: one object for each running build, and nothing kept on MkDocs' own objects.

mkdocs-static-i18n runs the whole build once per language in one process, each other language's build
nested inside the default one's on_post_build (at -100), with the same hook modules. So the running builds
are a stack: hooks/build.py pushes a `Build` at the very start of each build (on_pre_build, +1000) and pops
it at the very end (on_post_build, -1000); `current()` is the innermost, the one running. A top-level build
empties the stack first, so nothing from an earlier or failed build survives (`mkdocs serve` rebuilds in
the same process).

Components keep what they need for one build in `Build.of(name)` (a dict of their own) and per page in
`Build.page(name, page_key)`; they never set attributes on MkDocs' config, files, nav or page objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import strings
from .languages import Languages


@dataclass
class Build:
    language: str            # the language this build renders
    languages: Languages
    root: Path               # the folder of mkdocs.yml: file labels in messages are relative to it
    docs_dir: Path
    site_dir: Path
    sources: Any = None      # toolkit.sources.Sources, read once per build by hooks/checks.py (on_files)
    _components: dict[str, dict[str, Any]] = field(default_factory=dict)
    _pages: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def strings(self):
        """The string catalogue of this build's language (every page of a build is in its language)."""
        return strings.load(self.language)

    def of(self, component: str) -> dict[str, Any]:
        """The component's own state for this build."""
        return self._components.setdefault(component, {})

    def page(self, component: str, page_key: str) -> dict[str, Any]:
        """The component's state for one page of this build (key: the page's src_uri)."""
        return self._pages.setdefault((component, page_key), {})

    def drop_page(self, component: str, page_key: str) -> dict[str, Any]:
        """The component's state for one page, forgotten once it is no longer needed (memory at scale)."""
        return self._pages.pop((component, page_key), {})

    def label(self, path: Path) -> str:
        """A file as the author knows it: relative to the repository (the folder of mkdocs.yml)."""
        path = Path(path)
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else path.as_posix()

    def docs_label(self) -> str:
        return self.label(self.docs_dir)

    def source_of(self, page):
        """The page's source (toolkit.sources.Source): its text as read once for this build."""
        path = Path(page.file.abs_src_path).resolve().relative_to(self.docs_dir).as_posix()
        return self.sources.pages[path]


_RUNNING: list[Build] = []


def begin(build: Build, nested: bool) -> Build:
    if not nested:
        _RUNNING.clear()
    _RUNNING.append(build)
    return build


def end() -> Build | None:
    return _RUNNING.pop() if _RUNNING else None


def current() -> Build:
    if not _RUNNING:
        raise RuntimeError("no build is running: hooks/build.py must be the first hook in mkdocs.yml")
    return _RUNNING[-1]


def outermost() -> Build:
    """The default language's build, in which every other language's build runs (for what is said once
    per run, such as the checks' findings)."""
    current()
    return _RUNNING[0]


def abandon() -> None:
    """A build failed: forget every running build."""
    _RUNNING.clear()
