"""Finding quiz blocks in a page and reading their YAML, with the lines an author needs."""

from textwrap import dedent

from toolkit.quiz import blocks, parse
from toolkit.quiz.model import Option

PAGE = "docs/guide/page.md"


def block(yaml_text: str, start: int = 10):
    text = "```quiz\n" + dedent(yaml_text).strip("\n") + "\n```\n"
    (found,) = blocks.find(text, first_line=start)
    return found


GOOD = """
    id: demo
    title: A *short* quiz
    questions:
      - id: pick-one
        type: single
        question: Which one, *really*?
        options:
          - text: This one
            correct: true
            feedback: Yes, see [the page](other.md).
          - text: No
        explanation: Because.
      - id: is-it
        type: true-false
        question: "True: or not?"
        answer: false
        feedback_true: Look again.
        explanation: It is not.
      - id: pick-many
        type: multiple
        question: Pick
        options:
          - {text: A, correct: yes}
          - {text: B, correct: true}
          - text: C
        explanation: A and B.
"""


def test_blocks_are_found_with_their_lines_and_other_fences_are_skipped():
    text = dedent("""\
        # Page

        ````markdown
        ```quiz
        id: an-example-in-a-code-sample
        ```
        ````

        !!! note
            ```quiz
            id: indented
            ```
        ```python
        print("not a quiz")
        ```
        """)
    (found,) = blocks.find(text, first_line=5)
    assert (found.start, found.end, found.indent, found.text) == (14, 16, "    ", "id: indented")


def test_an_unclosed_block_runs_to_the_end_or_to_the_next_fence():
    (to_end,) = blocks.find("```quiz\nid: a\n", first_line=1)
    assert to_end.end is None and to_end.stopped_by is None
    (cut,) = blocks.find("```quiz\nid: a\n\n```python\nx\n```\n", first_line=1)
    assert cut.end is None and cut.stopped_by == 4
    assert blocks.span(cut, 6) == (0, 3)


def test_a_complete_quiz_is_read_with_file_lines():
    quiz, problems = parse.parse(block(GOOD), PAGE)
    assert problems == []
    assert (quiz.id, quiz.title, quiz.line) == ("demo", "A *short* quiz", 10)
    single, true_false, multiple = quiz.questions
    assert (single.id, single.type, single.text, single.line) == ("pick-one", "single", "Which one, *really*?", 14)
    # "No" stays the word No (YAML 1.1 would make it the boolean false).
    assert single.options == (Option("This one", True, "Yes, see [the page](other.md).", 18),
                              Option("No", False, "", 21))
    assert true_false.text == "True: or not?"
    assert [(o.correct, o.feedback) for o in true_false.options] == [(False, "Look again."), (True, "")]
    assert multiple.correct_indexes == (0, 1)


def test_folded_text_becomes_one_line():
    quiz, _ = parse.parse(block("""
        id: demo
        questions:
          - id: q
            type: true-false
            question: >-
              A long
              question
            answer: true
            explanation: |
              Two
              lines
        """), PAGE)
    assert quiz.questions[0].text == "A long question"
    assert quiz.questions[0].explanation == "Two lines"


def messages(yaml_text: str) -> list[str]:
    _, problems = parse.parse(block(yaml_text), PAGE)
    return [str(p) for p in problems]


def test_unknown_key_names_the_quiz_question_line_and_a_suggestion():
    assert messages("""
        id: demo
        questions:
          - id: q1
            type: single
            question: Q?
            explenation: Because.
        """) == ["docs/guide/page.md:16: quiz 'demo', question 'q1': unknown key 'explenation'; did you mean "
                 "'explanation'? expected one of: id, type, question, options, answer, feedback_true, "
                 "feedback_false, explanation, hint"]


def test_unknown_key_of_an_option_and_of_the_quiz():
    assert messages("""
        id: demo
        name: Demo
        questions:
          - id: q1
            type: single
            question: Q?
            options:
              - text: A
                right: true
        """) == [
        "docs/guide/page.md:12: quiz block: unknown key 'name'; expected one of: id, title, reveal, questions",
        "docs/guide/page.md:19: quiz 'demo', question 'q1', option 1: unknown key 'right'; expected one of: "
        "text, correct, feedback"]


def test_keys_of_the_wrong_question_type():
    found = messages("""
        id: demo
        questions:
          - id: tf
            type: true-false
            question: Q?
            options:
              - text: A
            answer: true
          - id: one
            type: single
            question: Q?
            answer: true
        """)
    assert found[0].startswith("docs/guide/page.md:16: quiz 'demo', question 'tf': a true-false question has "
                               "no 'options'; write 'answer: true' or 'answer: false'")
    assert found[1] == ("docs/guide/page.md:22: quiz 'demo', question 'one': 'answer' is only for true-false "
                        "questions; in this type mark options with 'correct: true'")


def test_values_that_are_not_yes_or_no_and_repeated_keys():
    assert messages("""
        id: demo
        questions:
          - id: q1
            type: single
            question: Q?
            question: Again?
            options:
              - text: A
                correct: maybe
        """) == [
        "docs/guide/page.md:16: quiz 'demo', question 'q1': key 'question' is given twice (first on line 15)",
        "docs/guide/page.md:19: quiz 'demo', question 'q1', option 1: 'correct' must be true or false, "
        "not 'maybe'"]


def test_invalid_yaml_is_one_line_with_a_hint():
    (message,) = messages("""
        id: demo
        questions:
          - id: q1
            question: Which is right: A or B?
        """)
    assert message.startswith("docs/guide/page.md:14: quiz block is not valid YAML: mapping values are not "
                              "allowed here; if a text contains ': ', put the whole text in quotes")


def test_emphasis_at_the_start_of_a_text_gets_a_hint():
    (message,) = messages("""
        id: demo
        questions:
          - id: q1
            question: *Really*?
        """)
    assert "must be in quotes or after >-" in message and message.startswith("docs/guide/page.md:14:")


def test_unclosed_blocks_are_reported_on_the_opening_line():
    (to_end,) = blocks.find("intro\n```quiz\nid: a\n", first_line=3)
    assert [str(p) for p in parse.parse(to_end, PAGE)[1]] == [
        "docs/guide/page.md:4: quiz block is not closed: the page ends before the quiz is closed; end it "
        "with a line of ```"]
    (cut,) = blocks.find("```quiz\nid: a\n```python\n```\n", first_line=1)
    assert [str(p) for p in parse.parse(cut, PAGE)[1]] == [
        "docs/guide/page.md:1: quiz block is not closed: another code block starts on line 3 before the quiz "
        "is closed; end the quiz with a line of ``` first"]


def test_empty_block_and_wrong_shapes():
    (empty,) = blocks.find("```quiz\n```\n", first_line=7)
    assert [str(p) for p in parse.parse(empty, PAGE)[1]] == [
        "docs/guide/page.md:7: quiz block is empty; it needs an 'id' and 'questions'"]
    assert messages("""
        id: demo
        questions: just text
        """) == ["docs/guide/page.md:12: quiz 'demo': 'questions' must be a list of items, each starting "
                 "with '- ', not the value 'just text'"]


def test_the_example_in_the_authors_guide_is_a_valid_quiz():
    from pathlib import Path

    from toolkit.quiz import site

    guide = (Path(__file__).resolve().parents[2] / "docs-authoring" / "quiz.md").read_text(encoding="utf-8")
    example = guide.split("````markdown\n")[1].split("````")[0]
    (found,) = site.page(example, "docs-authoring/quiz.md")
    assert found.ok, found.problems
    assert {q.type for q in found.quiz.questions} == {"single", "multiple", "true-false"}


def test_the_authors_guide_example_shows_a_hint():
    from pathlib import Path

    from toolkit.quiz import site

    guide = (Path(__file__).resolve().parents[2] / "docs-authoring" / "quiz.md").read_text(encoding="utf-8")
    (found,) = site.page(guide.split("````markdown\n")[1].split("````")[0], "docs-authoring/quiz.md")
    assert found.quiz.questions[0].hint.startswith("Before you can plan")
    assert found.quiz.reveal == "after-second-try", "the default"
