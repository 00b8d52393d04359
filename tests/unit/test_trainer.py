"""Trainer index: parse (rendered pages → entries), validate, render; without MkDocs."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from toolkit import strings
from toolkit import trainer
from toolkit.trainer.model import GuideSource, Heading, PageSource

QUIZ = '<h2 id="quiz-tips">Check</h2>\n<div class="ic-quiz" id="ic-quiz-tips" data-quiz-id="tips"></div>'


def page(url="co-production/tips/", headings=(), content="<p>Text</p>", twin=("Awgrymiadau", ())):
    return PageSource("docs/co-production/tips.md", url, "Helpful tips", tuple(headings), content,
                      "cy/" + url, "docs/cy/co-production/tips.md", twin[0], tuple(twin[1]))


def test_reading_time_rounds_up_and_ignores_markup_and_scripts():
    assert trainer.reading_minutes("<p>word</p>") == 1
    assert trainer.reading_minutes("<p>" + "word " * 201 + "</p>") == 2
    assert trainer.reading_minutes("<script>" + "x " * 5000 + "</script><p>sy'n a'r</p>") == 1
    assert trainer.reading_minutes("<p>" + "gair " * 400 + "</p><b>" + "x " * 1 + "</b>") == 3


def test_twin_titles_come_from_front_matter_and_explicit_heading_ids():
    title, found = trainer.twin_titles("---\ntitle: Awgrymiadau\n---\n\n# Awgrymiadau {#tips}\n\n"
                                       "## Mesur *effaith* [yn dda](x.md) {#measure-impact}\n\n```\n## not {#no}\n```\n")
    assert title == "Awgrymiadau"
    assert found == (("tips", "Awgrymiadau"), ("measure-impact", "Mesur effaith yn dda"))
    assert trainer.twin_titles("# Teitl {#t}\n")[0] == "Teitl"


def test_sections_nest_and_the_heading_before_a_quiz_is_a_quiz():
    entry = trainer.page_entry(page(
        headings=[Heading(1, "tips", "Helpful tips"), Heading(2, "a", "A &amp; B"), Heading(3, "b", "B"),
                  Heading(4, "c", "C"), Heading(2, "quiz-tips", "Check")],
        content="<p>x</p>" + QUIZ,
        twin=("Awgrymiadau", [("a", "A a B"), ("b", "B"), ("c", "C"), ("quiz-tips", "Gwiriwch")])))
    assert [i.id for i in entry.items] == ["a", "quiz-tips"]
    assert entry.items[0].title == "A & B" and entry.items[0].twin_title == "A a B"
    assert [c.id for c in entry.items[0].children] == ["b"]
    assert [c.id for c in entry.items[0].children[0].children] == ["c"]
    assert [i.quiz for i in entry.items] == [False, True]
    assert entry.twin_url == "cy/co-production/tips/"


def _guide(pages, twin_title="Cydgynhyrchu"):
    return GuideSource("Co-production", twin_title, pages[0], tuple(pages), "co-production/print.html")


def test_validate_names_a_missing_twin_title_or_heading():
    good = page(headings=[Heading(2, "a", "A")], twin=("Teitl", [("a", "A")]))
    no_heading = page(headings=[Heading(2, "a", "A"), Heading(2, "gone", "Gone")], twin=("Teitl", [("a", "A")]))
    no_twin = page(twin=(None, ()))
    for guide, expected in [
        (_guide([good]), []),
        (_guide([no_heading]), ["docs/cy/co-production/tips.md: heading id '#gone' of docs/co-production/tips.md "
                                "is missing here, so the trainer page cannot link it in this language"]),
        (_guide([no_twin]), ["docs/co-production/tips.md: the trainer page cannot link this page in the other "
                             "language: docs/cy/co-production/tips.md is missing or has no title"]),
        (_guide([good], twin_title=None), ["docs/co-production/tips.md: the trainer page cannot name guide "
                                           "'Co-production' in the other language: docs/cy/co-production/tips.md "
                                           "has no 'guide' (or 'title') in its front matter"]),
    ]:
        entry = trainer.guide_entry(guide)
        assert [str(p) for p in trainer.check((guide,), (entry,))] == expected


@pytest.mark.parametrize("here, there, expected", [
    ("trainers/", "co-production/tips/#a", "../co-production/tips/#a"),
    ("cy/trainers/", "co-production/", "../../co-production/"),
    ("trainers.html", "co-production/tips.html#a", "co-production/tips.html#a"),
    ("cy/trainers.html", "co-production/index.html", "../co-production/index.html"),
    ("", "", "./"),
])
def test_relative_links(here, there, expected):
    assert trainer.relative_url(here, there) == expected


def _welsh_guide():
    source = page(url="cy/co-production/tips/", headings=[Heading(2, "quiz-tips", "Gwiriwch")], content=QUIZ,
                  twin=("Helpful tips", [("quiz-tips", "Check")]))
    source = PageSource(source.path, source.url, "Awgrymiadau", source.headings, source.content,
                        "co-production/tips/", source.twin_path, "Helpful tips", source.twin_headings)
    index = PageSource("docs/cy/co-production/index.md", "cy/co-production/", "Cyflwyniad", (), "<p>Testun</p>",
                       "co-production/", "docs/co-production/index.md", "Introduction", ())
    return trainer.guide_entry(GuideSource("Cydgynhyrchu", "Co-production", index, (index, source),
                                           "cy/co-production/print.html"))


LABELS = dict(language="cy", other_language="en", labels=strings.load("cy"), other_labels=strings.load("en"))


def test_the_trainer_page_has_one_short_entry_per_guide():
    html = trainer.render((_welsh_guide(),), page_url="cy/trainers/", site_url="https://x.org/t", **LABELS)
    assert 'href="co-production.html">Dolenni i bob tudalen, adran a chwis<span class="ic-visually-hidden">: ' \
           'Cydgynhyrchu</span></a>' in html
    assert 'data-url="https://x.org/t/cy/co-production/"' in html
    assert '<a class="ic-trainer__twin" href="../../co-production/" hreflang="en" lang="en" ' \
           'data-url="https://x.org/t/co-production/" data-title="English: Co-production">English: ' \
           'Co-production</a>' in html
    assert 'href="../co-production/print.html"' in html
    # No page or section of the guide: those are on the guide's own trainer page.
    assert "tips" not in html and "ic-trainer__page" not in html and "munud" not in html


def test_a_guides_trainer_page_lists_its_pages_and_sections_in_welsh_with_english_twins_marked():
    html = trainer.render_guide(_welsh_guide(), page_url="cy/trainers/co-production.html", back_url="cy/trainers/",
                                title="I hyfforddwyr: Cydgynhyrchu", heading_id="h", site_url="https://x.org/t",
                                **LABELS)
    assert '<h1 id="h">I hyfforddwyr: Cydgynhyrchu</h1>' in html
    assert '<p class="ic-trainer__back"><a href="./">I hyfforddwyr: pob canllaw</a></p>' in html
    assert 'data-url="https://x.org/t/cy/co-production/tips/#quiz-tips"' in html
    assert '<strong class="ic-trainer__tag">Cwis:</strong>' in html
    # Each link, and its twin, is named by its page and its section, so quizzes that share a heading's
    # words are told apart by the copy button and its confirmation.
    assert 'data-url="https://x.org/t/cy/co-production/tips/#quiz-tips" data-title="Awgrymiadau, Gwiriwch"' in html
    assert '<a class="ic-trainer__twin" href="../../co-production/tips/#quiz-tips" hreflang="en" lang="en" ' \
           'data-url="https://x.org/t/co-production/tips/#quiz-tips" data-title="English: Helpful tips, Check">' \
           'English: Check</a>' in html
    assert "Tua 1 munud o ddarllen" in html
    assert 'href="../co-production/print.html"' in html
    # One heading per page, with an id that is the same in both languages (the language link keeps it).
    assert ['id="page-index"' in html, 'id="page-tips"' in html] == [True, True]


@pytest.mark.parametrize("index, url, expected", [
    ("co-production/", "co-production/", "index"),
    ("cy/co-production/", "cy/co-production/how-to-use/", "how-to-use"),
    ("co-production/index.html", "co-production/tips.html", "tips"),
    ("co-production/index.html", "co-production/more/tips.html", "more-tips"),
    ("cy/co-production/index.html", "cy/co-production/index.html", "index"),
])
def test_page_slugs_are_the_same_in_both_url_styles(index, url, expected):
    assert trainer.page_slug(index, url) == expected


@pytest.mark.parametrize("trainer_url, expected", [
    # use_directory_urls (the published site): trainers/index.html, so trainers/<guide>.html beside it
    ("trainers/", "trainers/co-production.html"),
    ("cy/trainers/", "cy/trainers/co-production.html"),
    ("cy/trainers/index.html", "cy/trainers/co-production.html"),
    ("https://x.org/t/cy/trainers/", "https://x.org/t/cy/trainers/co-production.html"),
    ("../cy/trainers/", "../cy/trainers/co-production.html"),
    ("..", "../co-production.html"),
    ("", "co-production.html"),
    # the offline build (use_directory_urls: false): trainers.html, so trainers-<guide>.html beside it
    ("trainers.html", "trainers-co-production.html"),
    ("cy/trainers.html", "cy/trainers-co-production.html"),
    ("../trainers.html", "../trainers-co-production.html"),
    ("https://x.org/t/trainers.html", "https://x.org/t/trainers-co-production.html"),
])
def test_a_guides_trainer_page_is_a_sibling_of_the_trainer_pages_file(trainer_url, expected):
    assert trainer.guide_page_url(trainer_url, "co-production") == expected


@pytest.mark.parametrize("url, path, expected", [("cy/trainers/", "cy/trainers/index.html",
                                                  "cy/trainers/co-production.html"),
                                                 ("cy/trainers.html", "cy/trainers.html",
                                                  "cy/trainers-co-production.html")])
def test_guide_pages_in_both_url_styles(url, path, expected):
    entry = _welsh_guide()
    found, = trainer.guide_pages((entry,), trainer_url=url, trainer_path=path, site_url="https://x.org/t",
                                 **LABELS)
    assert (found.folder, found.path, found.absolute_url) == ("co-production", expected, f"https://x.org/t/{expected}")
    assert found.title == "I hyfforddwyr: Cydgynhyrchu"
    back = "./" if url.endswith("/") else "trainers.html"
    assert f'<p class="ic-trainer__back"><a href="{back}">' in found.content


TRAINER_SHELL = """<!doctype html><html lang="cy"><head><title>I hyfforddwyr - Safle</title>
<link rel="canonical" href="https://x.org/cy/trainers/">
<link rel="alternate" href="https://x.org/trainers/" hreflang="en">
<link rel="alternate" href="https://x.org/cy/trainers/" hreflang="cy">
<link rel="alternate" href="https://x.org/trainers/" hreflang="x-default">
<meta name="description" content="Dolenni i bob canllaw">
<meta property="og:title" content="I hyfforddwyr"><meta property="og:description" content="Dolenni i bob canllaw"><meta property="og:url" content="https://x.org/cy/trainers/">
<link rel="stylesheet" href="../../assets/trainer/trainer.css?v=1"></head><body>
<a href="#for-trainers" class="md-skip">Neidio</a>
<div class="md-header__topic" data-md-component="header-topic">
  <span class="md-ellipsis">
    I hyfforddwyr
  </span></div>
<a class="ic-lang-switch__link" href="../../trainers/" hreflang="en" lang="en">English</a>
<nav class="md-nav md-nav--primary"><a href="../co-production/">Cydgynhyrchu</a></nav>
<div class="md-sidebar md-sidebar--secondary"><div><a href="#for-trainers">I hyfforddwyr</a></div></div>
<article class="md-content__inner md-typeset"><h1 id="for-trainers">I hyfforddwyr</h1>
<div class="ic-trainer" data-module="ic-trainer"><a href="co-production.html">Dolenni</a></div>
</article><script src="../../assets/trainer/trainer.js?v=1" defer></script></body></html>"""


def test_compose_a_guides_trainer_page_from_the_finished_trainer_page():
    found, = trainer.guide_pages((_welsh_guide(),), trainer_url="cy/trainers/", trainer_path="cy/trainers/index.html",
                                 site_url="https://x.org/", **LABELS)
    html = trainer.compose(TRAINER_SHELL, found)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.title.get_text() == "I hyfforddwyr: Cydgynhyrchu - Safle"
    assert [h.get_text() for h in soup.select("h1")] == ["I hyfforddwyr: Cydgynhyrchu"]
    assert soup.select_one(".md-header__topic .md-ellipsis").get_text(strip=True) == "I hyfforddwyr: Cydgynhyrchu"
    assert soup.select_one('link[rel="canonical"]')["href"] == "https://x.org/cy/trainers/co-production.html"
    assert soup.select_one('meta[property="og:url"]')["content"] == "https://x.org/cy/trainers/co-production.html"
    assert soup.select_one('meta[property="og:title"]')["content"] == "I hyfforddwyr: Cydgynhyrchu"
    assert (soup.select_one('meta[name="description"]')["content"]
            == soup.select_one('meta[property="og:description"]')["content"] == found.description)
    assert found.description.startswith("Cydgynhyrchu: dolenni uniongyrchol i bob tudalen")
    assert [(a["hreflang"], a["href"]) for a in soup.select('link[rel="alternate"]')] == [
        ("en", "https://x.org/trainers/co-production.html"), ("cy", "https://x.org/cy/trainers/co-production.html"),
        ("x-default", "https://x.org/trainers/co-production.html")]
    assert soup.select_one("a.ic-lang-switch__link")["href"] == "../../trainers/co-production.html"
    assert soup.select_one("a.md-skip")["href"] == "#" + found.heading_id == "#" + soup.h1["id"]
    assert soup.select_one(".md-sidebar--secondary") is None
    # The shell's header, navigation and scripts stay; only the article is new.
    assert soup.select_one("nav.md-nav--primary a")["href"] == "../co-production/"
    assert [s["src"] for s in soup.select("script[src]")] == ["../../assets/trainer/trainer.js?v=1"]
    assert soup.select_one('.ic-trainer a[href="co-production.html"]') is None
    assert soup.select_one('a.ic-trainer__page-link[href="../co-production/tips/"]') is not None
    assert soup.select_one("a.ic-trainer__back, .ic-trainer__back a")["href"] == "./"
