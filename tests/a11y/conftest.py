"""Accessibility checks on the built site: axe-core in Debian's Chromium, the Nu HTML Checker, keyboard
and reflow. The checkers are npm packages pinned in tests/a11y/package.json (install: `npm ci` in this
folder); the Nu checker needs Java (Debian: default-jre-headless).

One Chromium for the session (tests/conftest.py), one tab per colour scheme and width reused from page to
page (axe is loaded by an init script, not injected page by page): a page and its audit take about half a
second.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
VNU = HERE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
INSTALL = "run `npm ci` in tests/a11y (the README's `./run test` does it)"

# The WCAG 2.0, 2.1 and 2.2 rules at levels A and AA; no rule is switched off.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
DESKTOP = {"width": 1280, "height": 800}
NARROW = {"width": 320, "height": 640}  # 1280 px at 400 % zoom (WCAG 1.4.10)


def site_pages() -> list[str]:
    """Every page of the site, as a path under the site root, from the Markdown sources (both languages)
    plus the two not-found pages: known before the build, so each page is a test of its own. Pages that
    hooks generate without a Markdown source are found in the built site (built_pages) and checked too."""
    pages = []
    for source in sorted((ROOT / "docs").rglob("*.md")):
        rel = source.relative_to(ROOT / "docs").with_suffix("")
        parts = rel.parts[:-1] if rel.name == "index" else rel.parts
        pages.append("/".join(parts) + "/" if parts else "")
    return pages + ["404.html", "cy/404.html"]


def built_pages(site_dir: Path) -> list[str]:
    """Every HTML page actually built (hooks may add pages that have no Markdown source)."""
    found = []
    for path in site_dir.rglob("*.html"):
        parts = path.relative_to(site_dir).parts
        if not {"assets", "search"} & set(parts[:2]):
            found.append(path.relative_to(site_dir).as_posix().removesuffix("index.html"))
    return sorted(found)


def open_page(page, path: str):
    response = page.goto(path)
    assert response is not None and response.ok, f"/{path} could not be opened: {response and response.status}"
    return page


def page_id(path: str) -> str:
    return "/" + path


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"axe-core is not installed: {INSTALL}")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def vnu_jar() -> Path:
    if not VNU.is_file():
        pytest.fail(f"vnu-jar is not installed: {INSTALL}")
    if shutil.which("java") is None:
        pytest.fail("java is missing: install Debian's default-jre-headless")
    return VNU


@pytest.fixture(scope="package")
def tabs(browser, site_url, axe_source):
    """tabs(scheme="light", viewport=DESKTOP, motion="no-preference") -> a Playwright page kept for the
    session, with axe loaded into every document it opens (an init script: no per-page injection)."""
    opened = {}

    def get(scheme: str = "light", viewport: dict = DESKTOP, motion: str = "no-preference"):
        key = (scheme, viewport["width"], motion)
        if key not in opened:
            # A fresh context per scheme: Material follows prefers-color-scheme on a first visit only.
            context = browser.new_context(base_url=site_url, color_scheme=scheme, viewport=viewport,
                                               reduced_motion=motion)
            context.add_init_script(script=axe_source)
            opened[key] = context.new_page()
        return opened[key]

    yield get
    for page in opened.values():
        page.context.close()


@pytest.fixture
def fresh_page(browser, served_site):
    """A page of its own, for tests that change state (answers, open menus, stored colour scheme)."""
    def make(scheme: str = "light", viewport: dict = DESKTOP, motion: str = "reduce"):
        context = browser.new_context(base_url=served_site, color_scheme=scheme, viewport=viewport,
                                           reduced_motion=motion)
        made.append(context)
        return context.new_page()

    made = []
    yield make
    for context in made:
        context.close()


def run_axe(page, axe_source: str, context: str | None = None) -> list[dict]:
    """axe's violations on the page as it is now (or inside the element matched by `context`)."""
    if not page.evaluate("typeof window.axe === 'object'"):
        # Evaluated by the browser's debugging protocol: the site's Content-Security-Policy blocks an inline
        # <script> (add_script_tag), as it should.
        page.evaluate(axe_source)
    # Wait for Material's own layout work (fonts, palette) to settle before judging colours.
    page.evaluate("document.fonts.ready.then(() => true)")
    return page.evaluate(
        """async ([context, tags]) => {
            const result = await axe.run(context ? document.querySelector(context) : document,
                                         {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160),
                                          summary: n.failureSummary}))}));
        }""",
        [context, WCAG_TAGS],
    )


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:5]:
            lines.append(f"    {node['target']}  {node['html']}")
            lines.append("      " + (node["summary"] or "").replace("\n", "\n      "))
    return "\n".join(lines)



def assert_scheme(page, scheme: str) -> None:
    expected = "slate" if scheme == "dark" else "default"
    actual = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert actual == expected, f"Material shows the '{actual}' scheme, not '{expected}'"


def nu_errors(vnu_jar: Path, files, name=lambda url: url.rsplit("/", 1)[-1]) -> list[str]:
    """The Nu HTML Checker's errors for `files`, one line each ("file:line: message")."""
    import json
    import subprocess

    result = subprocess.run(["java", "-jar", str(vnu_jar), "--errors-only", "--format", "json", *map(str, files)],
                            capture_output=True, text=True, timeout=300)
    # vnu writes its JSON report to stderr; exit status 1 means "errors found", anything else is a crash.
    assert result.returncode in (0, 1), result.stderr[-2000:]
    return [f"{name(m['url'])}:{m.get('lastLine')}: {m['message']}\n    {m.get('extract', '')!r}"
            for m in json.loads(result.stderr)["messages"] if m["type"] in ("error", "non-document-error")]
