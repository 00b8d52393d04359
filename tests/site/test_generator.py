"""A new guide is Markdown only (issue 7).

The fixture guide in tests/fixtures/docs/ (English and Welsh, a quiz and a ladder placement) is copied
next to the real pages, and the project's own mkdocs.yml, hooks/, overrides/ and ladders/ are copied
unchanged; the site is built with --strict. The new guide must then be in the navigation, on the home
page's list of guides and in the learning path, with its quiz and its ladder, in both languages
(tests/browser/test_generator.py answers the quiz and opens the ladder in Chromium).
"""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import shutil
from pathlib import Path

import pytest
from toolkit import ladder as ladders

from tests.conftest import ROOT, _free_port, build_site

from .conftest import article, soup

FIXTURE = ROOT / "tests" / "fixtures" / "docs"
GUIDE = "process-mapping"
NAMES = {"en": "Process mapping", "cy": "Mapio prosesau"}
PAGES = ("", "involving-people/")  # the guide's pages, in order
COPIED = ("mkdocs.yml", "hooks", "overrides", "ladders", "docs")


_BUILT: dict[str, tuple[Path, Path]] = {}


def generator_site(tmp_path_factory) -> tuple[Path, Path]:
    """(project folder, built site) for the live site plus the fixture guide, built once per test session
    (tests/browser/test_generator.py uses the same build)."""
    if "site" not in _BUILT:
        root = tmp_path_factory.mktemp("generator")
        assert not (ROOT / "docs" / GUIDE).exists(), "the live site has a guide with the fixture's folder name"
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(source, root / name)
        shutil.copytree(FIXTURE, root / "docs", dirs_exist_ok=True)
        out = root / "site"
        result = build_site(out, f"http://127.0.0.1:{_free_port()}/", root / "mkdocs.yml")
        assert result.returncode == 0, f"the site with the fixture guide does not build:\n{result.stderr}"
        assert "WARNING" not in result.stderr and "ERROR" not in result.stderr, result.stderr
        _BUILT["site"] = (root, out)
    return _BUILT["site"]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return generator_site(tmp_path_factory)[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return generator_site(tmp_path_factory)[1]


def root_of(site: Path, lang: str) -> Path:
    return site / "cy" if lang == "cy" else site


def nav_links(page) -> list[tuple[str, str]]:
    nav = page.select_one(".md-sidebar--primary nav.md-nav--primary")
    return [(" ".join(a.get_text(" ").split()), a["href"]) for a in nav.select("a.md-nav__link[href]")]


def test_no_code_or_config_was_changed(project):
    # The build above used the project's own files; only Markdown was added.
    for name in COPIED[:-1]:
        source, copy = ROOT / name, project / name
        if source.is_file():
            assert filecmp.cmp(source, copy, shallow=False), name
        else:
            compared = filecmp.dircmp(source, copy, ignore=["__pycache__"])
            assert not compared.diff_files and not compared.left_only, (name, compared.diff_files)
    added = {p.relative_to(project / "docs").as_posix() for p in (project / "docs").rglob("*")
             if p.is_file() and not (ROOT / "docs" / p.relative_to(project / "docs")).exists()}
    assert added and all(path.endswith(".md") for path in added), added


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


# hooks/build.py (the build's state) and hooks/assets.py (the components' assets, kept in that state) are
# what every component's hook stands on.
KEEP_HOOKS = ("hooks/build.py", "hooks/assets.py", "hooks/translations.py", "hooks/navigation.py",
              "hooks/strings.py", "hooks/review_dates.py", "hooks/quiz.py", "hooks/ladder.py")


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory) -> Path:
    """A tiny site (home page only) plus a guide made by `new-guide`, nothing written in it yet."""
    import re

    from toolkit import cli

    root = tmp_path_factory.mktemp("scaffold")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    # Only the hooks this test is about, so another component's page rules cannot fail it.
    config = re.sub(r"(?m)^  - (hooks/\S+\.py)\n", lambda m: m.group(0) if m.group(1) in KEEP_HOOKS else "",
                    config)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    for name in ("hooks", "overrides", "ladders"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    for language in ("", "cy/"):
        (root / "docs" / language).mkdir(parents=True, exist_ok=True)
        (root / "docs" / language / "index.md").write_text("# Home {#home}\n", encoding="utf-8")
    assert cli.main(["--root", str(root), "new-guide", "process-mapping", "--name", "Process mapping",
                     "--page", "tips=Helpful tips"]) == 0
    return root


def test_a_new_guide_is_refused_while_markers_remain(scaffolded):
    result = build_site(scaffolded / "site", "http://127.0.0.1:8000/", scaffolded / "mkdocs.yml")
    assert result.returncode == 1, "a strict build must not publish the placeholders"
    errors = [line.split("toolkit: ", 1)[1] for line in result.stderr.splitlines()
              if line.startswith("ERROR") and "toolkit: " in line]
    expected = []
    for path in sorted((scaffolded / "docs").rglob("*.md")):
        label = path.relative_to(scaffolded).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for marker, what in (("TO WRITE", "write the text"), ("TO TRANSLATE", "translate the text into Welsh")):
                if marker in line:
                    expected.append(f"{label}:{number}: still marked {marker}: {what} and delete the marker; "
                                    f"a page with a marker is not published")
    assert expected and sorted(errors) == sorted(expected), "one line per page and line, nothing else"
    assert "WARNING" not in result.stderr, "the scaffold itself is right: headings, quiz and dates pass"


def test_a_quiet_strict_build_refuses_the_markers_too(scaffolded, tmp_path):
    # MkDocs' --quiet hides warnings from strict mode (mkdocs/mkdocs#4126): markers must not depend on them.
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f",
                             str(scaffolded / "mkdocs.yml"), "-d", str(tmp_path / "site")],
                            capture_output=True, text=True, env=env, cwd=scaffolded)
    assert result.returncode == 1, result.stderr
    assert "still marked TO TRANSLATE" in result.stderr


def test_once_every_marker_is_gone_the_guide_builds(scaffolded, tmp_path):
    import re

    root = tmp_path / "done"
    # Not the built site; overrides/assets/site/ stays (a missing listed asset is a build error).
    shutil.copytree(scaffolded, root, ignore=lambda folder, names: ["site"] if Path(folder) == scaffolded else [])
    for path in (root / "docs" / "process-mapping").rglob("*.md"):
        # An author writes every text (distinct quiz options stay distinct).
        text = re.sub(r"TO (?:WRITE|TRANSLATE): ", "", path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
    for path in (root / "docs" / "cy" / "process-mapping").rglob("*.md"):
        text = re.sub(r"TO (?:WRITE|TRANSLATE): ", "Cymraeg ", path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
    result = build_site(root / "site", "http://127.0.0.1:8000/", root / "mkdocs.yml")
    assert result.returncode == 0, result.stderr
    nav = nav_links(soup(root / "site" / "cy" / "process-mapping" / "tips" / "index.html"))
    assert ("Cymraeg Process mapping", "../") in nav, nav
