"""Shared fixtures: the site is built once per test session with --strict, then read or served.

Two builds are shared by the whole session: the live site (`site_dir`, `site_url`) and the fixture site
(`fixture_site`, `fixture_url`: the project plus the test-owned pages and ladder under tests/fixtures/).
A test that needs a deliberately broken or reduced copy of the project makes one with `copy_project`
and builds it with `build_site` (such tests live in tests/build/, marked `build`).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(ROOT / "hooks"))  # the pure cores (package `toolkit`) are unit-tested directly


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_site(out: Path, site_url: str, config: Path = ROOT / "mkdocs.yml") -> subprocess.CompletedProcess:
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(out)],
        capture_output=True, text=True, env=env, cwd=config.parent,
    )


PROJECT = ("mkdocs.yml", "mkdocs.scorm.yml", "hooks", "overrides", "ladders")  # what a build needs besides docs/


# A browser set to block site data: reading window.localStorage throws (as Chromium does then). For
# context.add_init_script / page.add_init_script.
BLOCK_STORAGE = """Object.defineProperty(window, 'localStorage', {configurable: true,
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });"""


def page_errors(page) -> list[str]:
    """Uncaught script errors of a Playwright page, collected from now on."""
    found: list[str] = []
    page.on("pageerror", lambda error: found.append(str(error)))
    return found


HALLWAY = ("hooks/build.py", "hooks/checks.py", "hooks/assets.py")


def copy_project(dest: Path, *, docs: bool = True, fixtures: bool = False, hooks: Iterable[str] | None = None,
                 files: Mapping[str, str | None] | None = None) -> Path:
    """Copy the project into `dest` and return the copy's mkdocs.yml, for build_site.

    docs=False leaves docs/ out (the test writes its own pages, e.g. a home page in each language);
    fixtures=True adds the test-owned content: tests/fixtures/docs over docs/ and tests/fixtures/ladders
    over ladders/ (a new guide, component pages, a ladder). hooks=("hooks/quiz.py", …) keeps only those
    entries of mkdocs.yml's `hooks:` list, so another component's page rules cannot fail a test for the
    wrong reason. files={"docs/x.md": text} then writes each file (None deletes it), paths relative to dest.
    """
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT + (("docs",) if docs else ()):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, dest / name)
    if fixtures:
        for name in ("docs", "ladders"):
            for source in sorted(p for p in (FIXTURES / name).rglob("*") if p.is_file()):
                target = dest / name / source.relative_to(FIXTURES / name)
                # The fixture adds content; it never silently replaces a live page or ladder.
                assert not target.exists(), f"{source.relative_to(ROOT)} would replace {target.relative_to(dest)}"
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
    if hooks is not None:
        # The hallway every component's hook stands on stays: the build's state and Markdown extension,
        # the sources and their checks, the assets.
        kept = set(hooks) | set(HALLWAY)
        config = (dest / "mkdocs.yml").read_text(encoding="utf-8")
        config = re.sub(r"(?m)^  - (hooks/\S+\.py)\n", lambda m: m.group(0) if m.group(1) in kept else "", config)
        (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    for name, text in (files or {}).items():
        path = dest / name
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return dest / "mkdocs.yml"


def toolkit_errors(result: subprocess.CompletedProcess) -> list[str]:
    """The build's own error lines (logged by the hooks as 'toolkit: …'), without MkDocs' prefix."""
    return [line.split("toolkit: ", 1)[1] for line in result.stderr.splitlines()
            if line.startswith("ERROR") and "toolkit: " in line]


@pytest.fixture(scope="session")
def site_port() -> int:
    return _free_port()


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory, site_port) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = build_site(out, f"http://127.0.0.1:{site_port}/")
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        # Serve our own 404 pages, as a real host would.
        if code == 404:
            root = Path(self.directory)
            page = root / "cy" / "404.html" if self.path.startswith("/cy/") else root / "404.html"
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@contextlib.contextmanager
def serve(directory: Path, port: int):
    """Serve a built site at http://127.0.0.1:port/ (the address it was built for) while the block runs."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def site_url(site_dir, site_port):
    with serve(site_dir, site_port) as url:
        yield url


@pytest.fixture(scope="session")
def fixture_port() -> int:
    return _free_port()


@pytest.fixture(scope="session")
def fixture_project(tmp_path_factory, fixture_port) -> Path:
    """The project plus the fixture content (tests/fixtures/), built once per session into <project>/site.
    Component tests drive its pages, whose words the tests own, so rewording the live guide cannot
    break them."""
    root = tmp_path_factory.mktemp("fixture-site")
    config = copy_project(root, fixtures=True)
    result = build_site(root / "site", f"http://127.0.0.1:{fixture_port}/", config)
    assert result.returncode == 0, f"the site with the fixture content does not build:\n{result.stderr}"
    assert "WARNING" not in result.stderr and "ERROR" not in result.stderr, result.stderr
    return root


@pytest.fixture(scope="session")
def fixture_site(fixture_project) -> Path:
    return fixture_project / "site"


@pytest.fixture(scope="session")
def fixture_url(fixture_site, fixture_port):
    with serve(fixture_site, fixture_port) as url:
        yield url


SCORM_MASTERY = 75  # the fixture guide's pass mark in the shared LMS packages


@pytest.fixture(scope="session")
def scorm_packages(tmp_path_factory) -> Path:
    """The LMS packages of the fixture project (`mkdocs.scorm.yml`), the fixture guide given a mastery score
    of SCORM_MASTERY in both languages: the folder of zips (tests/build, tests/browser and tests/a11y's
    test_scorm.py)."""
    root = tmp_path_factory.mktemp("scorm-project")
    files = {}
    for lang in ("", "cy/"):
        index = FIXTURES / "docs" / f"{lang}process-mapping" / "index.md"
        files[f"docs/{lang}process-mapping/index.md"] = index.read_text(encoding="utf-8").replace(
            "order: 1\n", f"order: 1\nmastery_score: {SCORM_MASTERY}\n", 1)
    copy_project(root, fixtures=True, files=files)
    result = build_site(root / "site", "http://127.0.0.1:8000/", root / "mkdocs.scorm.yml")
    assert result.returncode == 0, f"the LMS packages of the fixture project do not build:\n{result.stderr}"
    return root / "scorm"


CHROMIUM = "/usr/bin/chromium"  # Debian's, driven by Playwright (never `playwright install`)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session, shared by tests/browser and tests/a11y: Playwright's sync API
    allows one running instance per thread, so the two layers can run in any order in one pytest run."""
    from playwright.sync_api import sync_playwright  # imported here: the unit lane needs no browser

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def served_site(site_url) -> str:
    """The address the browser fixtures (tests/browser, tests/a11y) open: the live site. A component test
    module overrides it with `fixture_url`, to drive pages whose words it owns."""
    return site_url
