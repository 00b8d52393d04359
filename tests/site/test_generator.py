"""A new guide is Markdown only (issue 7).

The fixture guide in tests/fixtures/docs/ (English and Welsh, quizzes and ladder placements) is copied
next to the real pages, and the project's own mkdocs.yml, hooks/, overrides/ and ladders/ are copied
unchanged (plus the fixture's own ladder data, tests/fixtures/ladders/); the site is built with --strict,
once per session, as the shared fixture site (tests/conftest.py). The new guide must then be in the
navigation, on the home page's list of guides and in the learning path, with its quiz and its ladder, in
both languages
(tests/browser/test_generator.py answers the quiz and opens the ladder in Chromium). The scaffold's own
builds (`new-guide`, then the markers refused) are in tests/build/test_scaffold.py.
"""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest
from toolkit import ladder as ladders

from tests.conftest import FIXTURES, PROJECT, ROOT

from .conftest import article, nav_links, soup

GUIDE = "process-mapping"
NAMES = {"en": "Process mapping", "cy": "Mapio prosesau"}
PAGES = ("", "involving-people/")  # the guide's first pages, in order


@pytest.fixture(scope="module")
def project(fixture_project) -> Path:
    assert not (ROOT / "docs" / GUIDE).exists(), "the live site has a guide with the fixture's folder name"
    return fixture_project


@pytest.fixture(scope="module")
def built(project, fixture_site) -> Path:
    return fixture_site


def root_of(site: Path, lang: str) -> Path:
    return site / "cy" if lang == "cy" else site


def test_no_code_or_config_was_changed(project):
    # The build above used the project's own files; only Markdown (and the fixture's ladder data) was added.
    for name in PROJECT:
        source, copy = ROOT / name, project / name
        if source.is_file():
            assert filecmp.cmp(source, copy, shallow=False), name
        else:
            compared = filecmp.dircmp(source, copy, ignore=["__pycache__"])
            assert not compared.diff_files and not compared.left_only, (name, compared.diff_files)
    added = {p.relative_to(project / "docs").as_posix() for p in (project / "docs").rglob("*")
             if p.is_file() and not (ROOT / "docs" / p.relative_to(project / "docs")).exists()}
    assert added and all(path.endswith(".md") for path in added), added
    data = {p.name for p in (project / "ladders").iterdir() if not (ROOT / "ladders" / p.name).exists()}
    assert data == {p.name for p in (FIXTURES / "ladders").glob("*.yml")}, data


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_guide_is_on_the_home_page_list(built, lang):
    home = soup(root_of(built, lang) / "index.html")
    links = {a.get_text(strip=True): a["href"] for a in home.select(".ic-guide-list__link")}
    assert links.get(NAMES[lang]) == f"{GUIDE}/", links
    other = "Co-production" if lang == "en" else "Cydgynhyrchu"
    assert other in links, "the existing guide is still listed"


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_navigation_shows_the_guide_in_full_on_its_pages(built, lang):
    for path in PAGES:
        links = nav_links(soup(root_of(built, lang) / GUIDE / path / "index.html"))
        texts = [text for text, _ in links]
        assert NAMES[lang] in texts, texts
        # Its own pages are all there; the other guide is one link to its first page.
        page_titles = {"en": ["Involving people in the map"], "cy": ["Cynnwys pobl yn y map"]}[lang]
        assert all(title in texts for title in page_titles), texts
        other = [href for text, href in links if text in ("Co-production", "Cydgynhyrchu")]
        assert other and all(href.rstrip("/").endswith("co-production") for href in other), links
        assert not [h for _, h in links if "co-production/" in h and not h.rstrip("/").endswith("co-production")]


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_other_guides_show_it_as_one_link(built, lang):
    links = nav_links(soup(root_of(built, lang) / "co-production" / "tips" / "index.html"))
    mine = [(text, href) for text, href in links if GUIDE in href]
    assert mine == [(NAMES[lang], f"../../{GUIDE}/")], mine


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_a_new_guide_adds_one_link_to_other_guides_pages_and_nothing_else(built, site_dir, lang):
    # The live site (without the fixture) against the same site with it: page HTML does not grow with
    # the new guide's pages, only by the one link to it.
    page = Path("co-production") / "tips" / "index.html"
    without = nav_links(soup(root_of(site_dir, lang) / page))
    with_guide = nav_links(soup(root_of(built, lang) / page))
    assert [link for link in with_guide if link not in without] == [(NAMES[lang], f"../../{GUIDE}/")]
    assert len(with_guide) == len(without) + 1


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_guide_is_in_the_learning_path(built, lang):
    first = soup(root_of(built, lang) / GUIDE / "index.html")
    assert first.select_one("a.md-footer__link--next")["href"] == "involving-people/"
    assert first.html["lang"] == lang


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_quiz_is_rendered_in_the_page_language(built, lang):
    page = soup(root_of(built, lang) / GUIDE / "index.html")
    quiz = article(page).select_one('[data-module="ic-quiz"]')
    assert quiz is not None, "the fixture guide's quiz is missing"
    question = {"en": "Who should help to draw a process map?", "cy": "Pwy ddylai helpu i lunio map proses?"}
    assert question[lang] in quiz.get_text(" ")
    assert len(quiz.select("input[type=radio]")) == 2
    assert not article(page).select("code.language-quiz, pre code"), "the quiz is not shown as code"
    assert page.select_one('script[src*="assets/quiz/quiz.js"]') is not None


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_ladder_is_rendered_in_the_page_language(built, lang):
    page = soup(root_of(built, lang) / GUIDE / "involving-people" / "index.html")
    ladder = article(page).select_one('[data-module="ic-ladder"]#ladder-co-production')
    assert ladder is not None, "the fixture guide's ladder is missing"
    rungs, _ = ladders.load(ROOT, "co-production")
    assert len(ladder.select('details[id^="ladder-co-production-"]')) == len(rungs.rungs), "every rung"
    word = {"en": "Co-production", "cy": "Cydgynhyrchu"}[lang]
    assert word in ladder.get_text(" ")
    assert page.select_one('script[src*="assets/ladder/ladder.js"]') is not None


def test_the_language_link_goes_to_the_twin(built):
    link = soup(built / GUIDE / "index.html").select_one("header a[hreflang=cy]")
    assert link is not None and link["href"].rstrip("/").endswith(f"cy/{GUIDE}")
