"""Components rendered inside the page's own Markdown (toolkit.markdown_ext): a quiz's and a ladder's texts
are element text of the page's tree, converted by the page's own extensions; a broken one leaves nothing."""

from __future__ import annotations

from textwrap import dedent, indent
from types import SimpleNamespace

import markdown
import pytest
from bs4 import BeautifulSoup

from toolkit import languages, markdown_ext, state, strings
from toolkit.ladder import parse as ladder_parse
from toolkit.ladder import placement
from toolkit.ladder import render as ladder_render
from toolkit.quiz import render as quiz_render
from toolkit.quiz import site

from .ladder_samples import PATH, VALID

QUIZ = dedent("""\
    ```quiz
    id: demo
    questions:
      - id: q
        type: single
        question: Which is *right*?
        options:
          - text: The [other page](other.md#section){hreflang=en} is *right*
            correct: true
            feedback: See [other](other.md).
          - text: SECRET-WRONG
        explanation: SECRET-EXPLANATION, with a note[^1].
    ```
    """)
PAGE = f"# Page\n\nBefore.\n\n{QUIZ}\nAfter.\n\n[^1]: The note.\n"
EXTENSIONS = ["admonition", "attr_list", "footnotes", "md_in_html", "pymdownx.superfences"]


def quiz_finder(quizzes, problems: list | None = None):
    def find(lines, conversion):
        lines, matched = quiz_render.place(lines, conversion, quizzes, strings.load("en"),
                                           lost=lambda quiz: problems.append(("lost", quiz.id)))
        if not matched:
            problems.append(("unmatched",))
        return lines
    return find


def convert(text: str, *finders) -> str:
    md = markdown.Markdown(extensions=[markdown_ext.Components(source=lambda: finders), *EXTENSIONS])
    return md.convert(text)


def quizzes_of(text: str):
    return site.Report({"page.md": site.page(text, "docs/page.md")}, (), frozenset()).renderable("page.md")


def test_quiz_texts_get_the_pages_own_inline_markdown_and_the_quiz_sits_in_place():
    html = convert(PAGE, quiz_finder(quizzes_of(PAGE)))
    page = BeautifulSoup(html, "html.parser")
    assert html.index("Before.") < html.index('data-module="ic-quiz"') < html.index("After.")
    label = page.select_one("label.ic-quiz__label")
    assert label.a["href"] == "other.md#section" and label.a["hreflang"] == "en", "attr_list ran on it"
    assert label.em.get_text() == "right" and page.select_one("legend em").get_text() == "right"
    assert page.select_one(".ic-quiz__feedback a")["href"] == "other.md"
    # The page's footnotes extension numbers the note and lists it with the page's own notes.
    assert page.select_one(".ic-quiz__explanation sup a")["href"] == "#fn:1"
    assert page.select_one(".footnote li").get_text(" ", strip=True).startswith("The note.")
    assert "\x02" not in html and "ic-component" not in html


def test_a_quiz_that_must_not_be_shown_leaves_nothing_not_even_its_answers():
    problems = []
    html = convert(PAGE, quiz_finder((None,), problems))
    assert "SECRET" not in html and "ic-quiz" not in html and "```" not in html and "<code" not in html
    assert "Before." in html and "After." in html and problems == []


def test_blocks_that_do_not_match_the_report_are_all_removed_and_said():
    problems = []
    html = convert(PAGE, quiz_finder((), problems))
    assert "SECRET" not in html and "ic-quiz" not in html and problems == [("unmatched",)]


def test_a_quiz_inside_an_admonition_and_one_shown_as_an_example_in_code():
    source = "!!! tip\n\n" + indent(QUIZ, "    ") + "\n````markdown\n" + QUIZ + "````\n"
    (found,) = site.page(source, "docs/page.md")
    assert found.ok
    page = BeautifulSoup(convert(source, quiz_finder((found.quiz,))), "html.parser")
    assert page.select_one(".admonition.tip [data-module=ic-quiz]") is not None
    assert "```quiz" in page.select_one("pre code").get_text(), "an example in a code block stays code"


def test_a_quiz_right_after_a_paragraph_line():
    source = PAGE.replace("Before.\n\n```quiz", "Before.\n```quiz")
    html = convert(source, quiz_finder(quizzes_of(source)))
    assert "<p>Before.</p>" in html and 'data-module="ic-quiz"' in html


def test_a_quiz_that_never_reaches_the_tree_is_said_and_shows_no_answer():
    source = indent(QUIZ, "    ")  # an indented code block swallows the quiz's placeholder
    problems = []
    html = convert(source, quiz_finder(quizzes_of(source), problems))
    assert problems == [("lost", "demo")] and "SECRET" not in html and "ic-quiz" not in html


@pytest.fixture(scope="module")
def small():
    ladder, problems = ladder_parse(VALID.replace("(SO).", "(SO), see [the guide](guide.md#top).").replace(
        "{en: First rung,", "{en: \"First *rung*, see [below](#ladder)\","), PATH, "small")
    assert not problems
    return ladder


def ladder_finder(ladder, language="en", lost: list | None = None):
    def find(lines, conversion):
        found, problems = placement.scan("\n".join(lines), "docs/page.md")
        assert not problems

        def show(where):
            return (ladder_render.texts(where.kind, ladder, language),
                    lambda html: ladder_render.render(where.kind, ladder, language, strings.load(language), html))
        return placement.place(lines, found, show, conversion, lost=lambda where: lost.append(where.line))
    return find


def test_ladder_sentences_get_the_pages_own_inline_markdown(small):
    source = ("## Ladder {#ladder}\n\n<!-- toolkit:ladder small -->\n\nText.\n\n"
              "<!-- toolkit:ladder-assessment small -->\n" + PAGE)
    html = convert(source, ladder_finder(small), quiz_finder(quizzes_of(source)))
    page = BeautifulSoup(html, "html.parser")
    credit = page.select_one(".ic-ladder__credit")
    assert [a["href"] for a in credit.select("a")] == ["https://example.org/", "guide.md#top"]
    meaning = page.select_one("[data-rung=one] .ic-ladder__meaning")
    assert meaning.em.get_text() == "rung" and meaning.a["href"] == "#ladder"
    assert [s.get_text() for s in page.select(".ic-ladder-check__text")] == ["We do two", "We do three"]
    order = [html.index(s) for s in ('data-module="ic-ladder"', "<p>Text.</p>", 'data-module="ic-ladder-check"',
                                     'data-module="ic-quiz"')]
    assert order == sorted(order) and "toolkit:ladder" not in html and "\x02" not in html


def test_ladder_html_is_the_templates_with_the_converted_sentences(small):
    html = convert("<!-- toolkit:ladder small -->\n", ladder_finder(small, "cy"))
    texts = {name: markdown.markdown(text, extensions=["attr_list"])[3:-4]
             for name, text in ladder_render.texts(placement.LADDER, small, "cy").items()}
    assert html == ladder_render.render(placement.LADDER, small, "cy", strings.load("cy"), texts)


def test_finders_registered_for_a_page_are_taken_once_by_its_conversion(tmp_path):
    langs = languages.Languages(("en", "cy"), ("English", "Cymraeg"))
    state.begin(state.Build("en", langs, tmp_path, tmp_path / "docs", tmp_path / "site"), nested=False)
    try:
        markdown_ext.add("old.md", "quiz", "stale")
        markdown_ext.add("page.md", "quiz", "q")
        markdown_ext.add("page.md", "ladder", "l")
        assert markdown_ext.take() == ["q", "l"], "a new page forgets the last page's finders"
        assert markdown_ext.take() == []
    finally:
        state.end()


def test_the_extension_is_added_once_however_often_on_config_runs():
    config = SimpleNamespace(markdown_extensions=["toc", "attr_list"])
    markdown_ext.install(config)
    markdown_ext.install(config)
    assert config.markdown_extensions[:2] == ["toc", "attr_list"]
    assert [type(e) for e in config.markdown_extensions[2:]] == [markdown_ext.Components]


def test_no_author_can_write_a_placeholder():
    # Python-Markdown strips STX/ETX from the source before any preprocessor of ours runs.
    text = "\x02ic-component:0\x03\n"
    assert "ic-component:0" in convert(text, lambda lines, conversion: lines)
    assert "\x02" not in convert(text, lambda lines, conversion: lines)



def test_a_ladder_that_never_reaches_the_tree_is_said(small):
    lost = []
    html = convert("Text.\n\n    <!-- toolkit:ladder small -->\n", ladder_finder(small, lost=lost))
    assert lost == [3] and "ic-ladder" not in html
