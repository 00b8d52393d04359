"""Trainer index: parse (rendered pages → entries), validate, render; without MkDocs."""

from __future__ import annotations

import shutil

import pytest
from toolkit import strings, twins
from toolkit import trainer_index as trainer
from toolkit.trainer_index.model import GuideSource, Heading, PageSource

from tests.conftest import ROOT, build_site

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


def test_marker_must_be_in_both_languages():
    pairs, _ = twins.pair_pages(["trainers.md", "cy/trainers.md"])
    assert trainer.marker_twins({"trainers.md", "cy/trainers.md"}, pairs) == []
    assert [str(p) for p in trainer.marker_twins({"trainers.md"}, pairs)] == [
        "docs/cy/trainers.md: has no '<!-- toolkit:trainer-index -->' but its twin docs/trainers.md has; put "
        "the marker in both languages"]


@pytest.mark.parametrize("here, there, expected", [
    ("trainers/", "co-production/tips/#a", "../co-production/tips/#a"),
    ("cy/trainers/", "co-production/", "../../co-production/"),
    ("trainers.html", "co-production/tips.html#a", "co-production/tips.html#a"),
    ("cy/trainers.html", "co-production/index.html", "../co-production/index.html"),
    ("", "", "./"),
])
def test_relative_links(here, there, expected):
    assert trainer.relative_url(here, there) == expected


def test_render_in_welsh_with_english_twins_marked():
    source = page(url="cy/co-production/tips/", headings=[Heading(2, "quiz-tips", "Gwiriwch")], content=QUIZ,
                  twin=("Helpful tips", [("quiz-tips", "Check")]))
    source = PageSource(source.path, source.url, "Awgrymiadau", source.headings, source.content,
                        "co-production/tips/", source.twin_path, "Helpful tips", source.twin_headings)
    guide = GuideSource("Cydgynhyrchu", "Co-production", source, (source,), "cy/co-production/print.html")
    html = trainer.render((trainer.guide_entry(guide),), page_url="cy/trainers/", site_url="https://x.org/t",
                          language="cy", other_language="en", labels=strings.load("cy"),
                          other_labels=strings.load("en"))
    assert 'data-url="https://x.org/t/cy/co-production/tips/#quiz-tips"' in html
    assert '<strong class="ic-trainer__tag">Cwis:</strong>' in html
    assert '<a class="ic-trainer__twin" href="../../co-production/tips/#quiz-tips" hreflang="en" lang="en">' \
           'English: Check</a>' in html
    assert "Tua 1 munud o ddarllen" in html
    assert 'href="../co-production/print.html"' in html


def test_the_build_fails_when_the_welsh_trainer_page_lacks_the_marker(tmp_path):
    for name in ("mkdocs.yml", "hooks", "overrides", "ladders"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.is_file():
            shutil.copy2(source, tmp_path / name)
    docs = tmp_path / "docs"
    (docs / "cy").mkdir(parents=True)
    (docs / "index.md").write_text("---\ntitle: Home\n---\n\n# Home {#home}\n", encoding="utf-8")
    (docs / "cy" / "index.md").write_text("---\ntitle: Hafan\n---\n\n# Hafan {#home}\n", encoding="utf-8")
    (docs / "trainers.md").write_text("# Trainers {#t}\n\n<!-- toolkit:trainer-index -->\n", encoding="utf-8")
    (docs / "cy" / "trainers.md").write_text("# Hyfforddwyr {#t}\n", encoding="utf-8")
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", tmp_path / "mkdocs.yml")
    assert result.returncode != 0
    assert ("docs/cy/trainers.md: has no '<!-- toolkit:trainer-index -->' but its twin docs/trainers.md has; "
            "put the marker in both languages") in result.stderr
