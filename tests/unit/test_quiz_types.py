"""Question types are defined in one place (toolkit.quiz.types): parse, validate and render read the
registry, so a type that fits its shapes is one entry."""

from __future__ import annotations

from dataclasses import replace

from toolkit.quiz import blocks, parse, types, validate

from .test_quiz_render import rendered

# A hypothetical "select any" type: listed options, checkboxes, no hint, more than one correct allowed.
ANY = types.QuestionType("any", types.LISTED, ("options",), at_most_one_correct=False, input_type="checkbox",
                         described_as="an any-choice question")
SOURCE = """```quiz
id: demo
questions:
  - id: q
    type: any
    question: Pick some.
    options:
      - {text: A, correct: true}
      - {text: B, correct: true}
      - {text: C}
    explanation: A and B.
```
"""


def test_the_registry_names_every_type_and_its_keys():
    assert list(types.TYPES) == ["single", "multiple", "true-false"]
    assert types.allowed_keys(types.TYPES["true-false"]) == (
        "id", "type", "question", "answer", "feedback_true", "feedback_false", "explanation", "hint")
    assert types.allowed_keys(types.TYPES["single"]) == ("id", "type", "question", "options", "explanation",
                                                         "hint")
    assert types.allowed_keys(None) == types.ALL_KEYS


def test_a_new_type_is_one_entry(monkeypatch):
    monkeypatch.setitem(types.TYPES, "any", ANY)
    (block,) = blocks.find(SOURCE)
    quiz, problems = parse.parse(block, "docs/p.md")
    assert problems == [] and validate.quiz(quiz, "docs/p.md") == []
    html = rendered(source=SOURCE)
    assert [i["type"] for i in html.select("input.ic-quiz__input")] == ["checkbox"] * 3
    assert html.select_one("fieldset")["data-type"] == "any"
    single = replace(ANY, name="one", at_most_one_correct=True, described_as="a one-choice question")
    monkeypatch.setitem(types.TYPES, "one", single)
    (block,) = blocks.find(SOURCE.replace("type: any", "type: one"))
    quiz, _ = parse.parse(block, "docs/p.md")
    assert [str(p) for p in validate.quiz(quiz, "docs/p.md")] == [
        "docs/p.md:9: quiz 'demo', question 'q': a one-choice question has exactly one correct option, but 2 "
        "are marked 'correct: true' (lines 8 and 9); use 'type: multiple' for a 'select all that apply' "
        "question"]
