"""The trainer pages (issue 6), read from the built site: the trainer page with one entry per guide, and each
guide's own trainer page with every page, section and quiz of that guide and its deep link in both
languages, a reading time per page, links that work without JavaScript; generated, so the fixture guide of
tests/fixtures/ appears with no edit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.a11y.conftest import built_pages, site_pages
from tests.conftest import FIXTURES

from .conftest import article, soup

TRAINERS = {"en": "trainers/index.html", "cy": "cy/trainers/index.html"}
OTHER = {"en": "cy", "cy": "en"}
NOT_GUIDES = ("cy", "assets", "search", "trainers", "accessibility", "learning-record")


def _guide_page(lang: str, folder: str) -> str:
    """A guide's own trainer page: a sibling of the trainer page's file."""
    return f"{'cy/' if lang == 'cy' else ''}trainers/{folder}.html"


def _resolve(site: Path, page: Path, href: str) -> tuple[Path, str]:
    path, _, fragment = href.partition("#")
    target = (page.parent / path).resolve() if path else page
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, fragment


def _words(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def _guide_pages(site: Path, lang: str, folder: str | None = None) -> list[Path]:
    """Built pages of the guides (folders with an index page), this language; of one guide if named."""
    root = site / "cy" if lang == "cy" else site
    return sorted(p for p in root.glob("*/**/index.html")
                  if p.relative_to(root).parts[0] not in NOT_GUIDES
                  and folder in (None, p.relative_to(root).parts[0]))


def _guides(site: Path, lang: str) -> list[str]:
    return sorted({p.relative_to(site / "cy" if lang == "cy" else site).parts[0] for p in _guide_pages(site, lang)})


def _check_trainer_page(site: Path, lang: str) -> dict[str, Path]:
    """The trainer page: one short entry per guide (its links in both languages, its whole-guide page, its
    own trainer page), nothing more. Returns each guide's trainer page."""
    trainer_path = site / TRAINERS[lang]
    index = soup(trainer_path).select_one('[data-module="ic-trainer"]')
    assert index is not None, "the marker was replaced by the index"
    entries = index.select(".ic-trainer__guide")
    assert len(entries) == len(_guides(site, lang)) > 0
    assert not index.select(".ic-trainer__page, .ic-trainer__item"), "pages and sections are on the guides' pages"
    found = {}
    for entry, folder in zip(entries, _guides(site, lang)):
        guide_index = (site / ("cy" if lang == "cy" else "") / folder / "index.html").resolve()
        links = entry.select("a.ic-trainer__link")
        assert len(links) == 1 and _resolve(site, trainer_path, links[0]["href"]) == (guide_index, "")
        twin = entry.select_one("a.ic-trainer__twin")
        assert twin["hreflang"] == OTHER[lang] and twin["lang"] == OTHER[lang]
        twin_target, _ = _resolve(site, trainer_path, twin["href"])
        assert soup(twin_target).html["lang"] == OTHER[lang] and twin_target.parent.name == folder
        printed, _ = _resolve(site, trainer_path, entry.select_one("a.ic-trainer__print")["href"])
        assert printed == guide_index.with_name("print.html")
        own, _ = _resolve(site, trainer_path, entry.select_one("a.ic-trainer__guide-index")["href"])
        assert own == (site / _guide_page(lang, folder)).resolve() and own.is_file()
        found[folder] = own
    return found


def _check_guide_page(site: Path, lang: str, folder: str) -> None:
    """A guide's trainer page: every page of the guide and every h2-h4 on it, with working links in both
    languages, and nothing of other guides."""
    path = site / _guide_page(lang, folder)
    page = soup(path)
    assert page.html["lang"] == lang
    index = page.select_one('[data-module="ic-trainer"]')
    listed = {}
    for link in index.select("a.ic-trainer__link[href]"):
        target, fragment = _resolve(site, path, link["href"])
        assert target.is_file(), f"{lang}: dead link {link['href']}"
        assert target in [p.resolve() for p in _guide_pages(site, lang, folder)], f"{link['href']}: another guide"
        if fragment:
            assert soup(target).find(id=fragment) is not None, f"{lang}: {link['href']} has no #{fragment}"
        listed[(target, fragment)] = link
    for built in _guide_pages(site, lang, folder):
        html = soup(built)
        assert (built.resolve(), "") in listed, f"{lang}: {built} is not on {path}"
        for heading in article(html).select("h2[id], h3[id], h4[id]"):
            link = listed.get((built.resolve(), heading["id"]))
            assert link is not None, f"{lang}: {built}#{heading['id']} is not on {path}"
            assert _words(link) == _words(heading).rstrip(" ¶")
    # One page heading per page of the guide, in learning-path order, with an id the same in both languages.
    titles = index.select("h2.ic-trainer__page-title[id]")
    assert len(titles) == len(_guide_pages(site, lang, folder))
    twin_page = soup(site / _guide_page(OTHER[lang], folder))
    assert [h["id"] for h in titles] == [h["id"] for h in twin_page.select("h2.ic-trainer__page-title[id]")]
    # Each item's twin: same page and section in the other language, marked with its language.
    twins = index.select("a.ic-trainer__twin")
    # One per guide, page and section: the guide's link and its first page's link share a target.
    assert len(twins) == len(index.select("a.ic-trainer__link"))
    other_root = (site / "cy" if OTHER[lang] == "cy" else site).resolve()
    for twin in twins:
        assert twin["hreflang"] == OTHER[lang] and twin["lang"] == OTHER[lang]
        target, fragment = _resolve(site, path, twin["href"])
        assert target.is_file(), twin["href"]
        assert target.relative_to(other_root).parts[0] == folder, twin["href"]
        assert soup(target).html["lang"] == OTHER[lang]
        if fragment:
            assert soup(target).find(id=fragment) is not None, twin["href"]
    # The language link, the alternates and the way back.
    switch = page.select_one("a.ic-lang-switch__link")
    assert _resolve(site, path, switch["href"])[0] == (site / _guide_page(OTHER[lang], folder)).resolve()
    back, _ = _resolve(site, path, article(page).select_one(".ic-trainer__back a")["href"])
    assert back == (site / TRAINERS[lang]).resolve()
    alternates = {a["hreflang"]: a["href"] for a in page.select('link[rel="alternate"]')}
    assert alternates["x-default"] == alternates["en"]
    assert {lang: href.split("/", 3)[3] for lang, href in alternates.items() if lang != "x-default"} == {
        "en": _guide_page("en", folder), "cy": _guide_page("cy", folder)}
    assert page.select_one('link[rel="canonical"]')["href"] == alternates[lang]
    assert page.select_one("a.md-skip")["href"] == "#" + article(page).h1["id"]
    assert page.select_one(".md-sidebar--secondary") is None


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_trainer_page_has_one_entry_per_guide_and_each_guide_its_own_page(site_dir, lang):
    for folder in _check_trainer_page(site_dir, lang):
        _check_guide_page(site_dir, lang, folder)


@pytest.mark.parametrize("lang, title", [("en", "For trainers: Co-production"),
                                         ("cy", "I hyfforddwyr: Cydgynhyrchu")])
def test_a_guides_trainer_page_is_named_after_the_guide(site_dir, lang, title):
    page = soup(site_dir / _guide_page(lang, "co-production"))
    assert article(page).h1.get_text(strip=True) == title
    assert page.title.get_text().startswith(title + " - ")
    assert page.select_one('meta[property="og:title"]')["content"] == title
    # Its own description (search results, link previews), in the page's language and naming the guide.
    guide = title.split(": ", 1)[1]
    for selector in ('meta[name="description"]', 'meta[property="og:description"]'):
        description = page.select_one(selector)["content"]
        assert description.startswith(guide + ": ") and ("Welsh" in description) == (lang == "en"), description


# Welsh mutates the noun after 2: "2 funud", "3 munud".
@pytest.mark.parametrize("lang, quiz_word, minutes", [("en", "Quiz:", r"About (\d+) min read"),
                                                      ("cy", "Cwis:", r"Tua (?:(2) funud|(?!2 )(\d+) munud) o ddarllen")])
def test_quizzes_are_marked_and_pages_have_a_reading_time(site_dir, lang, quiz_word, minutes):
    trainer_path = site_dir / _guide_page(lang, "co-production")
    page = soup(trainer_path)
    quizzes = page.select(".ic-trainer__item")
    tagged = [item for item in quizzes if item.select_one(".ic-trainer__tag")]
    built_quizzes = sum(len(soup(p).select('[data-module="ic-quiz"]'))
                        for p in _guide_pages(site_dir, lang, "co-production"))
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
    for path in (TRAINERS["cy"], _guide_page("cy", "co-production")):
        urls = [a["data-url"] for a in soup(site_dir / path).select("a.ic-trainer__link[data-url]")]
        assert urls and all(u.startswith(f"http://127.0.0.1:{site_port}/cy/") for u in urls)
    assert f"http://127.0.0.1:{site_port}/cy/co-production/how-to-use/#steps" in urls


def test_trainer_page_is_linked_from_both_home_pages_and_not_in_the_navigation(site_dir):
    for home, trainers in (("index.html", "trainers/"), ("cy/index.html", "trainers/")):
        html = soup(site_dir / home)
        assert article(html).select_one(f'a[href="{trainers}"]') is not None, home
        nav = html.select_one("nav.md-nav--primary")
        assert not nav.select('a[href$="trainers/"]'), f"{home}: the trainer page is not in the navigation"


def test_the_welsh_trainer_pages_have_english_only_where_marked(site_dir):
    interface = re.compile(r"\b(Previous|Next|Table of contents|Back to top|Skip to content|Search|Quiz|min read|"
                           r"Copy|Links|trainers|guide)\b")
    for path in (TRAINERS["cy"], _guide_page("cy", "co-production")):
        page = soup(site_dir / path)
        for node in page.select('[lang="en"], script, style, .md-search, .ic-lang-switch'):
            node.decompose()
        assert not interface.findall(" ".join(page.body.get_text(" ").split())), path
        for tag in page.select("[title], [aria-label]"):
            for attr in ("title", "aria-label"):
                assert not re.search(r"\b(Permanent link|Switch to|Copy)\b", tag.get(attr, "")), (path, tag)


def test_the_accessibility_audit_covers_the_guides_trainer_pages(site_dir):
    # The audit of pages without a Markdown source (tests/a11y) finds them in the built site, as print.html.
    generated = [p for p in built_pages(site_dir) if p not in site_pages()]
    for lang in ("en", "cy"):
        assert _guide_page(lang, "co-production") in generated


# ---- a new guide appears without any edit (issue 7's fixture guide) ------------------------------------

# The shared fixture site (tests/conftest.py): the project plus tests/fixtures/, built once.


@pytest.mark.parametrize("lang, name", [("en", "Process mapping"), ("cy", "Mapio prosesau")])
def test_a_new_guide_appears_on_the_trainer_page_and_has_its_own(fixture_site, site_dir, lang, name):
    page = soup(fixture_site / TRAINERS[lang])
    guides = [h.get_text(strip=True) for h in page.select(".ic-trainer__guide-title")]
    assert name in guides, guides
    own = _check_trainer_page(fixture_site, lang)
    assert set(own) == {"co-production", "process-mapping"}
    # One short entry more than the live site's trainer page, not the new guide's pages and sections.
    grown = len(str(article(page))) - len(str(article(soup(site_dir / TRAINERS[lang]))))
    assert 0 < grown < 1500, grown
    guide_page = soup(own["process-mapping"])
    hrefs = [a["href"] for a in guide_page.select("a.ic-trainer__link")]
    assert any(h.endswith("process-mapping/#quiz-introduction") for h in hrefs)
    assert any(h.endswith("process-mapping/involving-people/#ladder") for h in hrefs)
    for folder in own:
        _check_guide_page(fixture_site, lang, folder)
    # ... and it has its whole-guide page, with every one of its pages.
    whole = soup((fixture_site / ("cy" if lang == "cy" else "") / "process-mapping" / "print.html"))
    sources = list((FIXTURES / "docs" / ("cy" if lang == "cy" else "") / "process-mapping").glob("*.md"))
    assert len(sources) >= 2 and len(whole.select("section.ic-whole-guide__page")) == len(sources)


@pytest.mark.parametrize("lang, path, words, target", [
    ("en", "co-production/tips/index.html", "For trainers", "../../trainers/"),
    ("cy", "cy/co-production/tips/index.html", "I hyfforddwyr", "../../trainers/"),
    ("en", "index.html", "For trainers", "trainers/"),
])
def test_every_page_links_the_trainer_page_from_its_footer_in_its_language(site_dir, lang, path, words, target):
    links = soup(site_dir / path).select(".ic-footer-links a")
    found = [a["href"] for a in links if _words(a) == words]
    assert found == [target]
    resolved, _ = _resolve(site_dir, site_dir / path, found[0])
    assert resolved == (site_dir / TRAINERS[lang]).resolve()


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_each_page_and_quiz_has_a_qr_code_that_decodes_to_its_published_address(site_dir, lang):
    from tests.unit.test_trainer_qr import _decode, _modules
    page = soup(site_dir / _guide_page(lang, "co-production"))
    codes = page.select("details.ic-trainer__qr")
    pages = page.select(".ic-trainer__page")
    quizzes = page.select(".ic-trainer__item .ic-trainer__tag")
    assert len(codes) == len(pages) + len(quizzes) > 8
    for code in codes:
        holder = code.find_parent("li")
        link = holder.select_one("a.ic-trainer__link[data-url]")
        svg = code.select_one("svg")
        label = ("QR code of the link: " if lang == "en" else "Cod QR y ddolen: ") + link["data-title"]
        assert svg["role"] == "img" and svg["aria-label"] == label
        assert _decode(_modules(str(svg))) == [link["data-url"]]
