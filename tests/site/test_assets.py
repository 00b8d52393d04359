"""Every component's stylesheets and scripts in the built site (toolkit.assets, overrides/main.html)."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from tests.site.conftest import soup

ROOT = Path(__file__).resolve().parents[2]
COMPONENT_ROOTS = {"quiz": '[data-module="ic-quiz"]', "ladder": '[data-module="ic-ladder"]',
                   # A guide's worksheet and answer key (.ic-sheet) are the trainer component's too, styled by trainer.css.
                   "trainer": '[data-module="ic-trainer"], .ic-sheet'}


def _pages(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.rglob("*.html") if p.relative_to(site_dir).parts[0] not in ("assets", "search"))


def _ours(html):
    """Our tags: every stylesheet and script under assets/ that is not Material's own."""
    tags = html.select('link[rel=stylesheet][href*="assets/"], script[src*="assets/"]')
    return [(t, t.get("href") or t.get("src")) for t in tags
            if "/stylesheets/" not in (t.get("href") or "") and "/javascripts/" not in (t.get("src") or "")]


def _target(site_dir: Path, page: Path, url: str) -> Path:
    base = "http://site/" + page.relative_to(site_dir).as_posix()
    return site_dir / urlsplit(urljoin(base, url)).path.lstrip("/")


def test_every_component_asset_on_every_page_carries_its_content_hash(site_dir):
    checked = 0
    for page in _pages(site_dir):
        tags = _ours(soup(page))
        assert tags, page
        for tag, url in tags:
            path, _, query = url.partition("?")
            target = _target(site_dir, page, path)
            assert target.is_file(), (page, url)
            source = ROOT / "overrides" / target.relative_to(site_dir)
            assert query == "v=" + hashlib.sha256(source.read_bytes()).hexdigest()[:10], (page, url)
            checked += 1
    assert checked > 28 * 10


def test_a_page_links_a_components_assets_only_when_it_shows_the_component(site_dir):
    seen = {name: 0 for name in COMPONENT_ROOTS}
    for page in _pages(site_dir):
        html = soup(page)
        urls = [url for _, url in _ours(html)]
        for name, selector in COMPONENT_ROOTS.items():
            shown = html.select_one(selector) is not None
            linked = sorted(u.split("?")[0].rsplit("/", 1)[1] for u in urls if f"assets/{name}/" in u)
            assert linked == (sorted({"quiz": ["quiz.css", "quiz.js"], "ladder": ["ladder.css", "ladder.js"],
                                      "trainer": ["trainer.css", "trainer.js"]}[name]) if shown else []), (page, name)
            seen[name] += shown
    # Each component is shown somewhere (else the test above proves nothing), and not everywhere.
    assert all(0 < count < len(_pages(site_dir)) for count in seen.values()), seen


def test_scripts_run_where_they_must(site_dir):
    for page in ("index.html", "cy/co-production/tips/index.html", "404.html", "cy/404.html",
                 "co-production/print.html", "trainers/co-production.html"):
        html = soup(site_dir / page)
        scripts = [s["src"].split("?")[0].split("assets/", 1)[-1] for s in html.select("script[src]")]
        bundle = next(i for i, s in enumerate(scripts) if s.startswith("javascripts/bundle."))
        # ic.js, then search.js (which holds back the index request Material's bundle makes at once).
        assert scripts[bundle - 2:bundle] == ["ic/ic.js", "search/search.js"], (page, scripts)
        for script in html.select("script[src]"):
            if "/javascripts/" in script["src"] or script["src"].split("?")[0].endswith(
                    ("ic/ic.js", "search/search.js", "lang-switch/lang-switch.js")):
                assert not script.has_attr("defer"), (page, script["src"])
            else:
                assert script.has_attr("defer") and script.find_parent("head") is not None, (page, script["src"])


def test_not_found_pages_link_the_site_wide_assets_from_the_sites_root(site_dir):
    for page in ("404.html", "cy/404.html"):
        urls = [url for _, url in _ours(soup(site_dir / page))]
        assert urls and all(url.startswith("/assets/") for url in urls), urls
        assert any("whole_guide/print.css" in url for url in urls) and any("a11y/a11y.js" in url for url in urls)


FIRST_VIEW = 90 * 1024  # issue 12: a guide page's first view, gzip -9 of everything it downloads


def _first_view(site_dir: Path, page: Path) -> tuple[int, list[str]]:
    """What a page downloads before the reader does anything (bench/first_view.py counts the same in
    Chromium): the page, its stylesheets, icon and scripts, and Material's search worker (started on every
    page); not what a script loads later (toolkit.assets.LATER) nor the search index."""
    html = soup(page)
    urls = [t["href"] for t in html.select("link[rel~=stylesheet][href], link[rel~=icon][href]")]
    urls += [t["src"] for t in html.select("script[src]")]
    config = html.select_one("script#__config")
    if config is not None and json.loads(config.string).get("search"):
        urls.append(json.loads(config.string)["search"].split("?", 1)[0])
    total = len(gzip.compress(page.read_bytes(), 9))
    for url in urls:
        total += len(gzip.compress(_target(site_dir, page, url.split("?", 1)[0]).read_bytes(), 9))
    return total, urls


def test_every_guide_page_first_view_fits_the_budget(site_dir):
    measured = {}
    for page in _pages(site_dir):
        if page.name != "index.html" or soup(page).select_one(".ic-progress") is None:
            continue  # guide pages only: they say "Page N of M" (print.html, the whole guide, is one to print)
        total, urls = _first_view(site_dir, page)
        assert any("bundle." in url for url in urls) and any("main." in url for url in urls), urls
        measured[page.relative_to(site_dir).as_posix()] = total
    assert len(measured) >= 16, "every guide page in both languages"
    over = {name: f"{size / 1024:.1f} KB" for name, size in measured.items() if size > FIRST_VIEW}
    assert not over, over
