"""One quiz block's YAML → a `Quiz`, or the problems that stop it from being one.

The YAML is composed, not loaded: every key and value keeps its line number, and every text is taken
as the author wrote it (``text: No`` stays the word "No", not the boolean false that YAML 1.1 makes of
it). Structural mistakes are reported here (bad YAML, unknown or repeated keys, a list where text was
expected, a value that is not yes/no); the rules of a good quiz are in `validate`.
"""

from __future__ import annotations

import difflib
import re

import yaml

from ..problems import Problem
from .. import yamlnodes
from . import types
from .model import Block, Option, Question, Quiz

QUIZ_KEYS = ("id", "title", "reveal", "questions")
QUESTION_KEYS = types.ALL_KEYS
OPTION_KEYS = ("text", "correct", "feedback")
_BOOLEANS = {"true": True, "yes": True, "false": False, "no": False}


class _Reader:
    """Turns YAML nodes into values, collecting problems with file lines instead of raising."""

    def __init__(self, path: str, block: Block):
        self.path = path
        self.block = block
        self.problems: list[Problem] = []

    def line(self, node: yaml.Node) -> int:
        return self.block.first_content_line + node.start_mark.line

    def report(self, where: str, message: str, line: int | None) -> None:
        self.problems.append(Problem(self.path, f"{where}: {message}", line))

    def mapping(self, node: yaml.Node, where: str, keys: tuple[str, ...],
                allowed: tuple[str, ...] | None = None,
                kind: types.QuestionType | None = None) -> dict[str, yaml.Node]:
        """The key → value-node pairs of a mapping; unknown and repeated keys are reported."""
        if not isinstance(node, yaml.MappingNode):
            self.report(where, f"expected 'key: value' lines ({', '.join(keys)}), not {_kind(node)}",
                        self.line(node))
            return {}
        found: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in keys:
                hint = difflib.get_close_matches(str(key), keys, n=1)
                suggestion = f"did you mean '{hint[0]}'? " if hint else ""
                self.report(where, f"unknown key '{key}'; {suggestion}expected one of: {', '.join(keys)}",
                            self.line(key_node))
                continue
            if allowed is not None and key not in allowed:
                self.report(where, _misplaced(key, kind), self.line(key_node))
                continue
            if key in found:
                self.report(where, f"key '{key}' is given twice (first on line "
                                   f"{self.line(found[key])})", self.line(key_node))
                continue
            found[key] = value_node
        return found

    def text(self, node: yaml.Node | None, where: str, key: str) -> str:
        """A text value as written; empty when absent or null."""
        if node is None:
            return ""
        if not isinstance(node, yaml.ScalarNode):
            self.report(where, f"'{key}' must be text, not {_kind(node)}", self.line(node))
            return ""
        if node.tag == "tag:yaml.org,2002:null" and node.value in ("", "~", "null", "Null", "NULL"):
            return ""
        # Inline Markdown only: line breaks inside a value are spaces, as in a Markdown paragraph.
        return re.sub(r"\s+", " ", node.value).strip()

    def boolean(self, node: yaml.Node | None, where: str, key: str) -> bool | None:
        if node is None:
            return None
        value = node.value.strip().lower() if isinstance(node, yaml.ScalarNode) else None
        if value not in _BOOLEANS:
            self.report(where, f"'{key}' must be true or false, not {_shown(node)}", self.line(node))
            return None
        return _BOOLEANS[value]

    def sequence(self, node: yaml.Node | None, where: str, key: str) -> list[yaml.Node]:
        if node is None:
            return []
        if isinstance(node, yaml.ScalarNode) and not node.value.strip():
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.report(where, f"'{key}' must be a list of items, each starting with '- ', not "
                               f"{_kind(node)}", self.line(node))
            return []
        return list(node.value)


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a set of 'key: value' lines"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"the value '{node.value}'" if node.value else "an empty value"


def _shown(node: yaml.Node) -> str:
    return f"'{node.value}'" if isinstance(node, yaml.ScalarNode) else _kind(node)


def _misplaced(key: str, kind: types.QuestionType) -> str:
    if kind.options == types.ANSWER:
        return (f"{kind.described_as} has no '{key}'; write 'answer: true' or 'answer: false' "
                f"(and 'feedback_true' / 'feedback_false' for feedback)")
    owners = " or ".join(t.name for t in types.owner_of(key))
    return f"'{key}' is only for {owners} questions; in this type mark options with 'correct: true'"


def question_label(quiz_id: str | None, question_id: str | None, number: int) -> str:
    quiz = f"quiz '{quiz_id}'" if quiz_id else "quiz"
    return f"{quiz}, question '{question_id}'" if question_id else f"{quiz}, question {number}"


def parse(block: Block, path: str) -> tuple[Quiz | None, list[Problem]]:
    """The quiz in `block` of the file `path` (as the author knows it, e.g. docs/guide/page.md)."""
    if block.end is None:
        if block.stopped_by is not None:
            why = (f"another code block starts on line {block.stopped_by} before the quiz is closed; "
                   f"end the quiz with a line of ``` first")
        else:
            why = "the page ends before the quiz is closed; end it with a line of ```"
        return None, [Problem(path, f"quiz block is not closed: {why}", block.start)]
    reader = _Reader(path, block)
    try:
        root = yamlnodes.compose(block.text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = block.first_content_line + mark.line if mark else block.start
        return None, [Problem(path, f"quiz block is not valid YAML: {_yaml_hint(error)}", line)]
    if root is None:
        return None, [Problem(path, "quiz block is empty; it needs an 'id' and 'questions'", block.start)]

    top = reader.mapping(root, "quiz block", QUIZ_KEYS)
    quiz_id = reader.text(top.get("id"), "quiz block", "id")
    where = f"quiz '{quiz_id}'" if quiz_id else "quiz block"
    title = reader.text(top.get("title"), where, "title")
    reveal, reveal_line = _reveal(reader, top.get("reveal"), where)
    questions = []
    for number, node in enumerate(reader.sequence(top.get("questions"), where, "questions"), start=1):
        questions.append(_question(reader, node, quiz_id, number))
    quiz = Quiz(id=quiz_id, title=title, questions=tuple(questions), line=block.start, reveal=reveal,
                reveal_line=reveal_line)
    return (None if reader.problems else quiz), reader.problems


def _reveal(reader: _Reader, node: yaml.Node | None, where: str) -> tuple[str, int | None]:
    """The quiz's `reveal:` (types.REVEALS), the default when absent; a value not in the list is reported."""
    if node is None:
        return types.REVEALS[0], None
    value = reader.text(node, where, "reveal")
    if not isinstance(node, yaml.ScalarNode):
        return types.REVEALS[0], reader.line(node)  # reported by text(): one mistake, one message
    if value not in types.REVEALS:
        close = difflib.get_close_matches(value, types.REVEALS, n=1)
        suggestion = f"did you mean '{close[0]}'? " if close else ""
        shown = f"'{value}'" if value else "an empty value"
        reader.report(where, f"'reveal' must be {' or '.join(types.REVEALS)}, not {shown}; {suggestion}"
                             f"leave it out for {types.REVEALS[0]}", reader.line(node))
    return value, reader.line(node)


def _question(reader: _Reader, node: yaml.Node, quiz_id: str, number: int) -> Question:
    if not isinstance(node, yaml.MappingNode):
        reader.mapping(node, question_label(quiz_id, None, number), QUESTION_KEYS)  # reports it
        return Question("", "", "", (), "", reader.line(node))
    # The id and type come first: they name the question in messages and decide which keys fit it.
    raw = {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    question_id = raw["id"].value.strip() if isinstance(raw.get("id"), yaml.ScalarNode) else ""
    kind = raw["type"].value.strip() if isinstance(raw.get("type"), yaml.ScalarNode) else ""
    where = question_label(quiz_id, question_id, number)
    kind = types.TYPES.get(kind)
    fields = reader.mapping(node, where, QUESTION_KEYS, types.allowed_keys(kind), kind)
    if kind is not None and kind.options == types.ANSWER:
        options = _true_false_options(reader, fields, where)
    else:
        items = reader.sequence(fields.get("options"), where, "options")
        options = tuple(_option(reader, item, where, index) for index, item in enumerate(items, start=1))
    return Question(
        id=reader.text(fields.get("id"), where, "id"),
        type=reader.text(fields.get("type"), where, "type"),
        text=reader.text(fields.get("question"), where, "question"),
        options=options,
        explanation=reader.text(fields.get("explanation"), where, "explanation"),
        line=reader.line(node),
        hint=reader.text(fields.get("hint"), where, "hint"),
    )


def _true_false_options(reader: _Reader, fields: dict, where: str) -> tuple[Option, ...]:
    answer_node = fields.get("answer")
    answer = reader.boolean(answer_node, where, "answer")
    if answer_node is None:
        return ()  # validate reports the missing answer
    line = reader.line(answer_node)
    if answer is None:
        return ()
    return (
        Option("", answer is True, reader.text(fields.get("feedback_true"), where, "feedback_true"), line),
        Option("", answer is False, reader.text(fields.get("feedback_false"), where, "feedback_false"), line),
    )


def _option(reader: _Reader, node: yaml.Node, where: str, index: int) -> Option:
    where = f"{where}, option {index}"
    fields = reader.mapping(node, where, OPTION_KEYS)
    return Option(
        text=reader.text(fields.get("text"), where, "text"),
        correct=bool(reader.boolean(fields.get("correct"), where, "correct")),
        feedback=reader.text(fields.get("feedback"), where, "feedback"),
        line=reader.line(node),
    )


def _yaml_hint(error: yaml.MarkedYAMLError) -> str:
    problem = (error.problem or error.context or "unreadable").strip()
    if "mapping values are not allowed" in problem:
        return (f"{problem}; if a text contains ': ', put the whole text in quotes, "
                f"e.g. question: \"Which is right: A or B?\"")
    if "found character '\\t'" in problem or "tab" in problem:
        return f"{problem}; indent with spaces, not tabs"
    if "alias" in problem or "anchor" in problem or "found '*'" in problem or "found '&'" in problem:
        return f"{problem}; a text that starts with * or & (e.g. *emphasis*) must be in quotes or after >-"
    if "expected <block end>" in problem or "did not find expected" in problem:
        return f"{problem}; check the indentation: keys of one item must line up under each other"
    return problem
