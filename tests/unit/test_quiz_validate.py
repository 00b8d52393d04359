"""The rules of a quiz, of a page and of the site; each mistake is one line naming file, ids and line."""

from textwrap import dedent

from toolkit.quiz import site
from .site import sources_of

EN, CY = "guide/page.md", "cy/guide/page.md"


def page(yaml_text: str, intro: str = "---\ntitle: T\n---\n\n# T {#t}\n\n") -> str:
    """A page whose quiz fence is on line 7 (after five lines of front matter and heading)."""
    return intro + "```quiz\n" + dedent(yaml_text).strip("\n") + "\n```\n"


QUIZ = dedent("""
    id: demo
    questions:
      - id: first
        type: single
        question: Q1?
        options:
          - text: A
            correct: true
          - text: B
        explanation: E1.
      - id: second
        type: true-false
        question: Q2?
        answer: true
        explanation: E2.
      - id: third
        type: multiple
        question: Q3?
        options:
          - text: A
            correct: true
          - text: B
            correct: true
          - text: C
        explanation: E3.
""").strip()


def check(sources: dict[str, str]) -> site.Report:
    return site.check(sources_of(sources))


def problems(sources: dict[str, str]) -> list[str]:
    return [str(p) for p in check(sources).problems]


def one_page(yaml_text: str) -> list[str]:
    return problems({EN: page(yaml_text)})


def test_a_good_quiz_and_its_twin_have_no_problem_and_are_rendered():
    report = check({EN: page(QUIZ), CY: page(QUIZ)})
    assert report.problems == ()
    assert [q.id for q in report.renderable(EN)] == ["demo"]
    assert [q.id for q in report.renderable(CY)] == ["demo"]


def test_no_correct_answer():
    no_correct = QUIZ.replace("  - text: A\n        correct: true\n      - text: B\n    explanation: E1.",
                              "  - text: A\n      - text: B\n    explanation: E1.")
    assert one_page(no_correct) == ["docs/guide/page.md:10: quiz 'demo', question 'first': no option is marked "
                          "'correct: true'"]


def test_two_correct_answers_in_a_single_choice_question():
    text = QUIZ.replace("  - text: B\n    explanation: E1.",
                        "  - text: B\n        correct: true\n    explanation: E1.")
    assert one_page(text) == [
        "docs/guide/page.md:16: quiz 'demo', question 'first': a single-choice question has exactly one "
        "correct option, but 2 are marked 'correct: true' (lines 14 and 16); use 'type: multiple' for a "
        "'select all that apply' question"]


def test_fewer_than_two_options():
    assert one_page("""
        id: demo
        questions:
          - id: lonely
            type: multiple
            question: Q?
            options:
              - text: A
                correct: true
            explanation: E.
        """) == ["docs/guide/page.md:10: quiz 'demo', question 'lonely': needs at least two options, but has 1"]


def test_unknown_type_and_missing_type():
    assert one_page("""
        id: demo
        questions:
          - id: odd
            type: essay
            question: Q?
            explanation: E.
          - id: none
            question: Q?
            explanation: E.
        """) == ["docs/guide/page.md:10: quiz 'demo', question 'odd': unknown type 'essay'; use one of: single, "
                 "multiple, true-false",
                 "docs/guide/page.md:14: quiz 'demo', question 'none': has no 'type'; use one of: single, "
                 "multiple, true-false"]


def test_empty_question_missing_explanation_and_true_false_without_answer():
    assert one_page("""
        id: demo
        questions:
          - id: blank
            type: true-false
            question:
        """) == [
        "docs/guide/page.md:10: quiz 'demo', question 'blank': the question is empty; write it after 'question:'",
        "docs/guide/page.md:10: quiz 'demo', question 'blank': has no 'explanation'; every question explains "
        "its answer",
        "docs/guide/page.md:10: quiz 'demo', question 'blank': a true-false question needs 'answer: true' or "
        "'answer: false'"]


def test_missing_and_malformed_ids():
    assert one_page("""
        questions:
          - type: true-false
            question: Q?
            answer: true
            explanation: E.
          - id: Not An Id
            type: true-false
            question: Q?
            answer: true
            explanation: E.
        """) == [
        "docs/guide/page.md:7: quiz block has no 'id'; add a line such as 'id: my-page' (the same id on the "
        "Welsh page)",
        "docs/guide/page.md:9: quiz, question 1: has no 'id'; add a line such as 'id: first-step' (the same "
        "id on the Welsh page)",
        "docs/guide/page.md:13: quiz, question 'Not An Id': the id is not valid; use lower-case letters, "
        "digits and single hyphens, e.g. 'how-to-use'"]


def test_empty_and_repeated_options():
    assert one_page("""
        id: demo
        questions:
          - id: q
            type: single
            question: Q?
            options:
              - text: Same
                correct: true
              - text: same
              - feedback: Only feedback.
            explanation: E.
        """) == [
        "docs/guide/page.md:16: quiz 'demo', question 'q': options 1 and 2 have the same text",
        "docs/guide/page.md:17: quiz 'demo', question 'q': option 3 has no text; write it after 'text:'"]


def test_duplicate_question_ids_in_a_quiz():
    assert one_page(QUIZ.replace("id: second", "id: first")) == [
        "docs/guide/page.md:18: quiz 'demo', question 'first': the id is used twice in this quiz (first on "
        "line 10)"]


def test_duplicate_quiz_ids_on_a_page_block_both_copies():
    source = page(QUIZ) + "\n```quiz\n" + QUIZ + "\n```\n"
    report = check({EN: source})
    assert [str(p) for p in report.problems] == [
        "docs/guide/page.md:35: quiz id 'demo' is already used by the quiz on line 7; every quiz needs its "
        "own id (answers are saved under it)"]
    assert report.renderable(EN) == (None, None)


def test_duplicate_quiz_ids_across_the_site_in_one_language():
    sources = {EN: page(QUIZ), "other/page.md": page(QUIZ), CY: page(QUIZ), "cy/other/page.md": page(QUIZ)}
    report = check(sources)
    assert [str(p) for p in report.problems] == [
        "docs/cy/other/page.md:7: quiz id 'demo' is already used by the quiz on docs/cy/guide/page.md (line 7); "
        "every quiz needs its own id (answers are saved under it)",
        "docs/other/page.md:7: quiz id 'demo' is already used by the quiz on docs/guide/page.md (line 7); every "
        "quiz needs its own id (answers are saved under it)"]
    assert all(report.renderable(path) == (None,) for path in sources)


def test_welsh_twin_without_the_quiz():
    report = check({EN: page(QUIZ), CY: "# T {#t}\n"})
    assert [str(p) for p in report.problems] == [
        "docs/cy/guide/page.md: quiz 'demo' of docs/guide/page.md (line 7) is missing; the Welsh page needs the "
        "same quiz, with the same ids, in Welsh"]
    assert report.renderable(EN) == (None,)


def test_welsh_quiz_with_another_quiz_id():
    report = check({EN: page(QUIZ), CY: page(QUIZ.replace("id: demo", "id: arddangos"))})
    assert [str(p) for p in report.problems] == [
        "docs/cy/guide/page.md: quiz 'demo' of docs/guide/page.md (line 7) is missing; the Welsh page needs the "
        "same quiz, with the same ids, in Welsh",
        "docs/cy/guide/page.md:7: quiz 'arddangos' is not on docs/guide/page.md; both languages need the same "
        "quizzes, with the same ids"]
    assert report.renderable(EN) == (None,) and report.renderable(CY) == (None,)


def test_welsh_quiz_with_other_question_ids():
    report = check({EN: page(QUIZ), CY: page(QUIZ.replace("id: second", "id: ail"))})
    assert [str(p) for p in report.problems] == [
        "docs/cy/guide/page.md:7: quiz 'demo': question 'second' of docs/guide/page.md (line 18) is missing; "
        "both languages need the same question ids",
        "docs/cy/guide/page.md:18: quiz 'demo', question 'ail': is not in the quiz of docs/guide/page.md; both "
        "languages need the same question ids"]
    assert report.renderable(EN) == (None,) and report.renderable(CY) == (None,)


def test_welsh_quiz_with_another_option_count():
    welsh = QUIZ.replace("      - text: C\n", "      - text: C\n      - text: D\n")
    assert problems({EN: page(QUIZ), CY: page(welsh)}) == [
        "docs/cy/guide/page.md:23: quiz 'demo', question 'third': has 4 options but 3 in docs/guide/page.md "
        "(line 23); both languages need the same options in the same order"]


def test_welsh_quiz_with_other_answers():
    welsh = QUIZ.replace("answer: true", "answer: false")
    assert problems({EN: page(QUIZ), CY: page(welsh)}) == [
        "docs/cy/guide/page.md:18: quiz 'demo', question 'second': the correct answers differ from "
        "docs/guide/page.md (line 18); the same options, in the same order, must be marked correct in both "
        "languages"]


def test_welsh_quiz_with_another_type_or_order():
    swapped = QUIZ.replace("type: multiple", "type: single").replace(
        "      - text: B\n        correct: true\n", "      - text: B\n")
    assert problems({EN: page(QUIZ), CY: page(swapped)}) == [
        "docs/cy/guide/page.md:23: quiz 'demo', question 'third': is type 'single' but 'multiple' in "
        "docs/guide/page.md (line 23)"]
    first, rest = QUIZ.split("  - id: second")
    reordered = first.replace("  - id: first", "  - id: second" + rest.rstrip() + "\n  - id: first")
    assert problems({EN: page(QUIZ), CY: page(reordered)})[0].startswith(
        "docs/cy/guide/page.md:7: quiz 'demo': the questions are not in the same order as in "
        "docs/guide/page.md (first, second, third)")


def test_a_broken_welsh_quiz_is_reported_once_not_also_as_missing():
    report = check({EN: page(QUIZ), CY: page("id: demo\nquestions: [")})
    (message,) = [str(p) for p in report.problems]
    assert message.startswith("docs/cy/guide/page.md:9: quiz block is not valid YAML:")
    assert report.renderable(EN) == (None,) and report.renderable(CY) == (None,)


# ---- reveal: when the explanation is shown ---------------------------------------------------------------

def test_reveal_is_after_a_second_try_unless_the_author_says_at_once():
    report = check({EN: page(QUIZ), CY: page(QUIZ)})
    assert report.renderable(EN)[0].reveal == "after-second-try"
    at_once = QUIZ.replace("id: demo\n", "id: demo\nreveal: at-once\n")
    report = check({EN: page(at_once), CY: page(at_once)})
    assert report.problems == () and report.renderable(CY)[0].reveal == "at-once"


def test_an_unknown_reveal_is_one_line_with_a_suggestion():
    assert one_page(QUIZ.replace("id: demo\n", "id: demo\nreveal: at once\n")) == [
        "docs/guide/page.md:9: quiz 'demo': 'reveal' must be after-second-try or at-once, not 'at once'; did you "
        "mean 'at-once'? leave it out for after-second-try"]
    assert one_page(QUIZ.replace("id: demo\n", "id: demo\nreveal: never\n")) == [
        "docs/guide/page.md:9: quiz 'demo': 'reveal' must be after-second-try or at-once, not 'never'; leave it "
        "out for after-second-try"]
    assert one_page(QUIZ.replace("id: demo\n", "id: demo\nreveal: [at-once]\n")) == [
        "docs/guide/page.md:9: quiz 'demo': 'reveal' must be text, not a list"]


def test_welsh_quiz_with_another_reveal():
    welsh = QUIZ.replace("id: demo\n", "id: demo\nreveal: at-once\n")
    report = check({EN: page(QUIZ), CY: page(welsh)})
    assert [str(p) for p in report.problems] == [
        "docs/cy/guide/page.md:9: quiz 'demo': 'reveal' is 'at-once' but 'after-second-try' in "
        "docs/guide/page.md (line 7); both languages need the same 'reveal'"]
    assert report.renderable(EN) == (None,) and report.renderable(CY) == (None,)


def test_a_hint_is_optional_text_on_any_question_type():
    hinted = QUIZ.replace("    explanation: E1.", "    hint: Think of *step one*.\n    explanation: E1.").replace(
        "    explanation: E2.", "    hint: Read the page again.\n    explanation: E2.")
    report = check({EN: page(hinted), CY: page(hinted)})
    assert report.problems == ()
    first, second, third = report.renderable(EN)[0].questions
    assert (first.hint, second.hint, third.hint) == ("Think of *step one*.", "Read the page again.", "")
    assert one_page(QUIZ.replace("    explanation: E1.", "    hint: [a, b]\n    explanation: E1.")) == [
        "docs/guide/page.md:17: quiz 'demo', question 'first': 'hint' must be text, not a list"]
