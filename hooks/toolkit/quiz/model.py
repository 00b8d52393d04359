"""What a quiz is once parsed. Line numbers are lines of the source file, front matter included."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    """A ```quiz fence as found in the page, before its YAML is read."""

    start: int             # line of the opening fence
    end: int | None        # line of the closing fence; None when the block is never closed
    indent: str            # indentation of the opening fence (a quiz may sit inside an admonition)
    text: str              # the YAML between the fences, de-indented
    stopped_by: int | None = None  # for an unclosed block: the line of the fence that cut it short

    @property
    def first_content_line(self) -> int:
        return self.start + 1


@dataclass(frozen=True)
class Option:
    text: str              # Markdown; empty for true/false, whose labels come from the string catalogue
    correct: bool
    feedback: str          # Markdown; empty when the author gave none
    line: int


@dataclass(frozen=True)
class Question:
    id: str
    type: str              # a name in toolkit.quiz.types.TYPES, once valid
    text: str              # Markdown
    options: tuple[Option, ...]
    explanation: str       # Markdown
    line: int
    hint: str = ""         # Markdown; shown after a first wrong try instead of the explanation (optional)

    @property
    def correct_indexes(self) -> tuple[int, ...]:
        return tuple(i for i, option in enumerate(self.options) if option.correct)


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str             # Markdown; optional
    questions: tuple[Question, ...]
    line: int              # line of the opening fence
    reveal: str = "after-second-try"  # when quiz.js shows the explanation (toolkit.quiz.types.REVEALS)
    reveal_line: int | None = None    # line of the 'reveal' key, when the author wrote one
