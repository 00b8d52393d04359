"""The question types: one registry, so a question type is defined in one place.

Each type says, as data, what parse, validate, render and quiz.js do with it: which YAML keys it takes,
how its options are written, how many may be correct, the form control, and the words around it. A new
type that fits these shapes is one entry here (plus its words in the string catalogues and the authors'
guide); a type with a new shape (an ordering question, say) adds a shape to the stage that needs it.
"""

from __future__ import annotations

from dataclasses import dataclass

# How the options are written in the YAML:
LISTED = "listed"    # `options:`, each with `text:`, `correct:` and optional `feedback:`
ANSWER = "answer"    # `answer: true|false` (and `feedback_true` / `feedback_false`): two fixed options


@dataclass(frozen=True)
class QuestionType:
    name: str                     # the `type:` an author writes
    options: str                  # LISTED or ANSWER
    keys: tuple[str, ...]         # the keys a question of this type may hold (besides the common ones)
    at_most_one_correct: bool     # validate: one correct option (radio buttons) or any number (checkboxes)
    input_type: str               # render: "radio" or "checkbox"
    hint: str | None = None       # render: catalogue key of the hint under the question, e.g. "select all"
    labels: tuple[str, ...] = ()  # render: catalogue keys of the fixed options' labels (ANSWER types)
    described_as: str = ""        # messages: "a single-choice question"


COMMON_KEYS = ("id", "type", "question", "explanation", "hint")

# When quiz.js shows a question's explanation (the quiz's `reveal:`; the first is the default). The
# explanation states the answer, so by default a first wrong try gets the chosen option's feedback and a
# hint instead, and the explanation comes after a second try, a right answer or "Show answer".
REVEALS = ("after-second-try", "at-once")

TYPES: dict[str, QuestionType] = {t.name: t for t in (
    QuestionType("single", LISTED, ("options",), at_most_one_correct=True, input_type="radio",
                 described_as="a single-choice question"),
    QuestionType("multiple", LISTED, ("options",), at_most_one_correct=False, input_type="checkbox",
                 hint="quiz_select_all", described_as="a multiple-choice question"),
    QuestionType("true-false", ANSWER, ("answer", "feedback_true", "feedback_false"), at_most_one_correct=True,
                 input_type="radio", labels=("quiz_true", "quiz_false"), described_as="a true-false question"),
)}

# Every key any question may hold, in the order messages list them.
ALL_KEYS = ("id", "type", "question", "options", "answer", "feedback_true", "feedback_false", "explanation",
            "hint")


def allowed_keys(kind: QuestionType | None) -> tuple[str, ...]:
    """The keys a question of this type may hold; every key when the type is unknown (validate reports
    the type, and a guess about the keys would only pile up messages)."""
    if kind is None:
        return ALL_KEYS
    return tuple(k for k in ALL_KEYS if k in COMMON_KEYS or k in kind.keys)


def owner_of(key: str) -> tuple[QuestionType, ...]:
    """The types that take `key` (for 'only for … questions' messages)."""
    return tuple(t for t in TYPES.values() if key in t.keys)
