"""The trainer page (issue 6), read from the built site: every guide, page, section and quiz with its deep
link in both languages, a reading time per page, links that work without JavaScript; generated, so the
fixture guide of tests/fixtures/ appears on it with no edit."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, build_site

from .conftest import article, soup

TRAINERS = {"en": "trainers/index.html", "cy": "cy/trainers/index.html"}
OTHER = {"en": "cy", "cy": "en"}


def _resolve(site: Path, page: Path, href: str) -> tuple[Path, str]:
    path, _, fragment = href.partition("#")
    target = (page.parent / path).resolve() if path else page
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, fragment


def _words(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def _guide_pages(site: Path, lang: str) -> list[Path]:
    """Built pages of the guides (folders with an index page), this language."""
    root = site / "cy" if lang == "cy" else site
    return sorted(p for p in root.glob("*/**/index.html")
                  if p.relative_to(root).parts[0] not in ("cy", "assets", "search", "trainers", "accessibility"))


def _check_trainer_page(site: Path, lang: str) -> None:
    trainer_path = site / TRAINERS[lang]
    page = soup(trainer_path)
    index = page.select_one('[data-module="ic-trainer"]')
    assert index is not None, "the marker was replaced by the index"
    listed = {}
    for link in index.select("a.ic-trainer__link[href]"):
        target, fragment = _resolve(site, trainer_path, link["href"])
        assert target.is_file(), f"{lang}: dead link {link['href']}"
        if fragment:
            assert soup(target).find(id=fragment) is not None, f"{lang}: {link['href']} has no #{fragment}"
        listed[(target, fragment)] = link
    # Every page of every guide and every h2-h4 on it is listed, with its own title.
    for built in _guide_pages(site, lang):
        html = soup(built)
        assert (built.resolve(), "") in listed, f"{lang}: {built} is not on the trainer page"
        for heading in article(html).select("h2[id], h3[id], h4[id]"):
            link = listed.get((built.resolve(), heading["id"]))
            assert link is not None, f"{lang}: {built}#{heading['id']} is not on the trainer page"
            assert _words(link) == _words(heading).rstrip(" ¶")
    # Each item's twin: same page and section in the other language, marked with its language.
    twins = index.select("a.ic-trainer__twin")
    # One per guide, page and section: the guide's title link and its first page's link share a target.
    assert len(twins) == len(index.select("a.ic-trainer__link"))
    for twin in twins:
        assert twin["hreflang"] == OTHER[lang] and twin["lang"] == OTHER[lang]
        target, fragment = _resolve(site, trainer_path, twin["href"])
        assert target.is_file(), twin["href"]
        assert soup(target).html["lang"] == OTHER[lang]
        if fragment:
            assert soup(target).find(id=fragment) is not None, twin["href"]


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_trainer_page_lists_every_page_and_section_with_working_links(site_dir, lang):
    _check_trainer_page(site_dir, lang)


@pytest.mark.parametrize("lang, quiz_word, minutes", [("en", "Quiz:", r"About \d+ min read"),
                                                      ("cy", "Cwis:", r"Tua \d+ munud o ddarllen")])
def test_quizzes_are_marked_and_pages_have_a_reading_time(site_dir, lang, quiz_word, minutes):
    trainer_path = site_dir / TRAINERS[lang]
    page = soup(trainer_path)
    quizzes = page.select(".ic-trainer__item")
    tagged = [item for item in quizzes if item.select_one(".ic-trainer__tag")]
    built_quizzes = sum(len(soup(p).select('[data-module="ic-quiz"]')) for p in _guide_pages(site_dir, lang))
    assert len(tagged) == built_quizzes > 0
    for item in tagged:
        assert item.select_one(".ic-trainer__tag").get_text() == quiz_word
        target, fragment = _resolve(site_dir, trainer_path, item.select_one("a.ic-trainer__link")["href"])
        heading = soup(target).find(id=fragment)
        # The quiz is the next component after the linked heading.
        assert heading.find_next(class_="ic-quiz") is not None
    times = page.select(".ic-trainer__page .ic-trainer__time")
    assert len(times) == len(page.select(".ic-trainer__page")) and times
    assert all(re.fullmatch(minutes, t.get_text(strip=True)) for t in times)


def test_copy_addresses_are_the_published_absolute_ones(site_dir, site_port):
    page = soup(site_dir / TRAINERS["cy"])
    urls = [a["data-url"] for a in page.select("a.ic-trainer__link[data-url]")]
    assert urls and all(u.startswith(f"http://127.0.0.1:{site_port}/cy/") for u in urls)
    assert f"http://127.0.0.1:{site_port}/cy/co-production/how-to-use/#steps" in urls


def test_trainer_page_is_linked_from_both_home_pages_and_not_in_the_navigation(site_dir):
    for home, trainers in (("index.html", "trainers/"), ("cy/index.html", "trainers/")):
        html = soup(site_dir / home)
        assert article(html).select_one(f'a[href="{trainers}"]') is not None, home
        nav = html.select_one("nav.md-nav--primary")
        assert not nav.select('a[href$="trainers/"]'), f"{home}: the trainer page is not in the navigation"


def test_the_welsh_trainer_page_has_english_only_where_marked(site_dir):
    index = soup(site_dir / TRAINERS["cy"]).select_one('[data-module="ic-trainer"]')
    for node in index.select('[lang="en"]'):
        node.decompose()
    text = index.get_text(" ")
    assert "Quiz" not in text and "min read" not in text and "Copy" not in text


# ---- a new guide appears without any edit (issue 7's fixture guide) ------------------------------------

FIXTURE = ROOT / "tests" / "fixtures" / "docs"
COPIED = ("mkdocs.yml", "hooks", "overrides", "ladders", "docs")


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    if not FIXTURE.is_dir():
        pytest.skip("no fixture guide in tests/fixtures/docs")
    root = tmp_path_factory.mktemp("trainer-fixture")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.is_file():
            shutil.copy2(source, root / name)
    shutil.copytree(FIXTURE, root / "docs", dirs_exist_ok=True)
    result = build_site(root / "site", "http://127.0.0.1:8000/", root / "mkdocs.yml")
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.mark.parametrize("lang, name", [("en", "Process mapping"), ("cy", "Mapio prosesau")])
def test_a_new_guide_appears_on_the_trainer_page(fixture_site, lang, name):
    page = soup(fixture_site / TRAINERS[lang])
    guides = [h.get_text(strip=True) for h in page.select(".ic-trainer__guide-title")]
    assert name in guides, guides
    hrefs = [a["href"] for a in page.select("a.ic-trainer__link")]
    assert any(h.endswith("process-mapping/#quiz-introduction") for h in hrefs)
    assert any(h.endswith("process-mapping/involving-people/#ladder") for h in hrefs)
    _check_trainer_page(fixture_site, lang)
    # ... and it has its whole-guide page, with both of its pages.
    whole = soup((fixture_site / ("cy" if lang == "cy" else "") / "process-mapping" / "print.html"))
    assert len(whole.select("section.ic-whole-guide__page")) == 2
