"""Every built HTML file carries a Content-Security-Policy that lets its own inline scripts run and nothing
else inline (toolkit.csp): MkDocs' pages in both languages, the 404 pages, the trainer pages and the
guides' own, the whole-guide pages, the learning record. Hashes are computed here from the file as the
browser reads it (Beautiful Soup), not with the code under test."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from tests.site.conftest import soup

JS_TYPES = {"", "module", "text/javascript", "application/javascript"}


def _html_files(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.relative_to(site).parts[0] not in ("assets", "search"))


def _policy(page) -> dict[str, list[str]]:
    metas = page.select('meta[http-equiv="Content-Security-Policy"]')
    assert len(metas) == 1, "one policy per page"
    return {part.split()[0]: part.split()[1:] for part in metas[0]["content"].split(";") if part.strip()}


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@pytest.fixture(params=["site_dir", "fixture_site"])
def built(request) -> Path:
    return request.getfixturevalue(request.param)


def test_every_kind_of_page_is_covered(site_dir):
    names = {p.relative_to(site_dir).as_posix() for p in _html_files(site_dir)}
    for expected in ("index.html", "cy/index.html", "404.html", "cy/404.html", "trainers/index.html",
                     "trainers/co-production.html", "cy/trainers/co-production.html", "co-production/print.html",
                     "cy/co-production/print.html", "learning-record/index.html", "cy/learning-record/index.html"):
        assert expected in names


def test_every_page_has_one_policy_first_in_its_head_before_any_script(built):
    files = _html_files(built)
    assert len(files) > 20
    for path in files:
        page = soup(path)
        head = [t for t in page.head.find_all(True, recursive=False)]
        assert head[0].name == "meta" and head[0].get("charset"), path
        assert head[1].get("http-equiv") == "Content-Security-Policy", (path, head[1])
        _policy(page)


def test_every_inline_script_that_runs_is_hashed_in_its_pages_policy_and_nothing_more(built):
    for path in _html_files(built):
        page = soup(path)
        policy = _policy(page)
        running = [s for s in page.find_all("script") if not s.get("src")
                   and s.get("type", "").strip().lower() in JS_TYPES]
        assert running, path  # the theme's __md_scope and palette scripts
        assert sorted(policy["script-src"]) == sorted({"'self'"} | {_hash(s.string or "") for s in running}), path
        assert not [s for s in running if s.find_parent("article")], f"{path}: a script in the content"
        assert policy["style-src"] == ["'self'"], path
        assert policy["object-src"] == ["'none'"], path
        assert policy["frame-src"] == ["https://www.youtube-nocookie.com"], path


def test_no_page_has_an_inline_event_handler_or_a_style_the_policy_blocks(built):
    for path in _html_files(built):
        page = soup(path)
        handlers = [(t.name, a) for t in page.find_all(True) for a in t.attrs if a.lower().startswith("on")]
        assert handlers == [], path
        # No 'unsafe-inline' for styles: nothing in the page needs it.
        assert page.select("[style], style") == [], path
        assert not [a for a in page.select("[href]") if a["href"].strip().lower().startswith("javascript:")], path
