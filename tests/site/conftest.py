"""Helpers for reading the built site as a reader's browser would receive it."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def content_pages(site_dir: Path) -> list[Path]:
    """English content pages (relative paths), i.e. every index.html outside /cy/ and the assets."""
    return sorted(
        p.relative_to(site_dir) for p in site_dir.rglob("index.html")
        if p.relative_to(site_dir).parts[0] not in ("cy", "assets", "search")
    )


@pytest.fixture(scope="session")
def pages(site_dir) -> list[Path]:
    found = content_pages(site_dir)
    assert found, "the build produced no pages"
    return found


def article(page: BeautifulSoup):
    return page.select_one("article.md-content__inner")


def nav_links(page: BeautifulSoup) -> list[tuple[str, str]]:
    """The primary navigation's links, as (text, href)."""
    nav = page.select_one(".md-sidebar--primary nav.md-nav--primary")
    return [(" ".join(a.get_text(" ").split()), a["href"]) for a in nav.select("a.md-nav__link[href]")]
