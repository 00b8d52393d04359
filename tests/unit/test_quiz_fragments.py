"""Quiz texts go through the page's own Markdown; a broken quiz leaves nothing behind."""

from textwrap import dedent

import markdown

from toolkit import strings
from toolkit.quiz import render, site
from toolkit.quiz import fragments

PAGE = dedent("""\
    # Page

    Before.

    ```quiz
    id: demo
    questions:
      - id: q
        type: single
        question: Which is *right*?
        options:
          - text: SECRET-RIGHT
            correct: true
            feedback: See [other](other.md).
          - text: SECRET-WRONG
        explanation: SECRET-EXPLANATION
    ```

    After.
    """)


def convert(text: str) -> str:
    return markdown.markdown(text, extensions=["admonition", "attr_list", "md_in_html"])


def to_html(source: str, quizzes) -> tuple[str, list[int]]:
    text, matched = fragments.replace_blocks(source, quizzes)
    assert matched
    return fragments.fill(convert(text), quizzes, lambda quiz, fragments: render.render(
        quiz, fragments, strings.load("en")))


def test_texts_are_converted_by_the_page_markdown_and_the_quiz_sits_in_place():
    quizzes = site.page(PAGE, "docs/page.md")
    html, missing = to_html(PAGE, tuple(f.quiz for f in quizzes))
    assert missing == []
    assert html.index("Before.") < html.index('data-module="ic-quiz"') < html.index("After.")
    assert "Which is <em>right</em>?" in html and '<a href="other.md">other</a>' in html
    assert fragments.TOKEN not in html


def test_a_broken_quiz_renders_nothing_and_never_its_answers():
    html, missing = to_html(PAGE, (None,))
    assert missing == []
    assert "SECRET" not in html and "ic-quiz" not in html and "```" not in html
    assert "Before." in html and "After." in html


def test_a_quiz_inside_an_admonition():
    source = "!!! tip\n\n    ```quiz\n" + "\n".join("    " + line for line in PAGE.split("```quiz\n")[1]
                                                     .split("```\n")[0].splitlines()) + "\n    ```\n"
    (found,) = site.page(source, "docs/page.md")
    assert found.ok
    html, missing = to_html(source, (found.quiz,))
    assert missing == [] and '<div class="admonition tip">' in html and 'data-module="ic-quiz"' in html


def test_an_unclosed_block_removes_everything_after_it_but_nothing_before():
    source = "Before.\n\n```quiz\nid: demo\nquestions:\n  - text: SECRET\n\n```python\nprint(1)\n```\n"
    text, matched = fragments.replace_blocks(source, (None,))
    assert matched and "SECRET" not in text and "Before." in text and "print(1)" in text


def test_blocks_that_do_not_match_the_report_are_all_removed():
    text, matched = fragments.replace_blocks(PAGE, ())
    assert not matched and "SECRET" not in text


def test_lost_fragments_mean_no_quiz_and_no_leftovers():
    (found,) = site.page(PAGE, "docs/page.md")
    text, _ = fragments.replace_blocks(PAGE, (found.quiz,))
    damaged = convert(text).replace(f"<p>{fragments.TOKEN}-0-q0-o1-text SECRET-WRONG</p>", "")
    html, missing = fragments.fill(damaged, (found.quiz,), lambda *_: "RENDERED")
    assert missing == [0] and "RENDERED" not in html and "SECRET" not in html
