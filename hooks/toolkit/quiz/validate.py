"""The rules of a good quiz: of one quiz, of a page, of the site, and between a page and its Welsh twin.

Every rule returns problems (never raises), so an author sees all mistakes of a build at once. Messages
name the file, the quiz and question ids and the line; none quotes an option's text, so a log never
gives an answer away.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..problems import Problem
from . import types
from .model import Question, Quiz
from .parse import question_label

ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ID_RULE = "lower-case letters, digits and single hyphens, e.g. 'how-to-use'"


def _lines(lines: Iterable[int]) -> str:
    lines = list(lines)
    return ", ".join(str(n) for n in lines[:-1]) + (" and " if len(lines) > 1 else "") + str(lines[-1])


def quiz(item: Quiz, path: str) -> list[Problem]:
    problems = []
    if not item.id:
        problems.append(Problem(path, "quiz block has no 'id'; add a line such as 'id: my-page' (the same id "
                                      "on the Welsh page)", item.line))
    elif not ID.match(item.id):
        problems.append(Problem(path, f"quiz id '{item.id}' is not valid; use {_ID_RULE}", item.line))
    where = f"quiz '{item.id}'" if item.id else "quiz block"
    if not item.questions:
        problems.append(Problem(path, f"{where}: has no questions; add a 'questions:' list", item.line))
    seen: dict[str, int] = {}
    for number, entry in enumerate(item.questions, start=1):
        problems += question(entry, item.id, number, path)
        if entry.id in seen:
            problems.append(Problem(path, f"{question_label(item.id, entry.id, number)}: the id is used twice "
                                          f"in this quiz (first on line {seen[entry.id]})", entry.line))
        elif entry.id:
            seen[entry.id] = entry.line
    return problems


def question(item: Question, quiz_id: str, number: int, path: str) -> list[Problem]:
    where = question_label(quiz_id, item.id, number)
    problems = []

    def add(message: str, line: int | None = None) -> None:
        problems.append(Problem(path, f"{where}: {message}", line or item.line))

    if not item.id:
        add("has no 'id'; add a line such as 'id: first-step' (the same id on the Welsh page)")
    elif not ID.match(item.id):
        add(f"the id is not valid; use {_ID_RULE}")
    kind = types.TYPES.get(item.type)
    if not item.type:
        add(f"has no 'type'; use one of: {', '.join(types.TYPES)}")
    elif kind is None:
        add(f"unknown type '{item.type}'; use one of: {', '.join(types.TYPES)}")
    if not item.text:
        add("the question is empty; write it after 'question:'")
    if not item.explanation:
        add("has no 'explanation'; every question explains its answer")
    if kind is None:
        return problems
    if kind.options == types.ANSWER:
        if not item.options:
            add(f"{kind.described_as} needs 'answer: true' or 'answer: false'")
        return problems
    if len(item.options) < 2:
        add(f"needs at least two options, but has {len(item.options)}")
    for index, option in enumerate(item.options, start=1):
        if not option.text:
            add(f"option {index} has no text; write it after 'text:'", option.line)
    texts: dict[str, int] = {}
    for index, option in enumerate(item.options, start=1):
        if option.text and option.text.casefold() in texts:
            add(f"options {texts[option.text.casefold()]} and {index} have the same text", option.line)
        texts.setdefault(option.text.casefold(), index)
    correct = [option for option in item.options if option.correct]
    if item.options and not correct:
        add("no option is marked 'correct: true'")
    if kind.at_most_one_correct and len(correct) > 1:
        several = next((t.name for t in types.TYPES.values() if t.options == kind.options
                        and not t.at_most_one_correct), None)
        add(f"{kind.described_as} has exactly one correct option, but {len(correct)} are marked "
            f"'correct: true' (lines {_lines(o.line for o in correct)})"
            + (f"; use 'type: {several}' for a 'select all that apply' question" if several else ""),
            correct[1].line)
    return problems


def duplicate_quiz_ids(found: Iterable[tuple[str, Quiz]]) -> list[Problem]:
    """Quiz ids must be unique: answers are saved in the reader's browser under them.

    `found` is (path, quiz) in reading order, for one page or for all pages of one language.
    """
    first: dict[str, tuple[str, int]] = {}
    problems = []
    for path, item in found:
        if not item.id:
            continue
        if item.id in first:
            where = first[item.id]
            place = f"line {where[1]}" if where[0] == path else f"{where[0]} (line {where[1]})"
            problems.append(Problem(path, f"quiz id '{item.id}' is already used by the quiz on {place}; "
                                          f"every quiz needs its own id (answers are saved under it)",
                                    item.line))
        else:
            first[item.id] = (path, item.line)
    return problems


def twins(en_path: str, en: Quiz, cy_path: str, cy: Quiz) -> list[Problem]:
    """The Welsh quiz must ask the same questions (ids, order, type) with the same options and answers."""
    problems = []
    en_ids = [q.id for q in en.questions]
    cy_ids = [q.id for q in cy.questions]
    en_by_id = {q.id: q for q in en.questions}

    def add(message: str, line: int) -> None:
        problems.append(Problem(cy_path, message, line))

    for question_id in [i for i in en_ids if i not in cy_ids]:
        add(f"quiz '{cy.id}': question '{question_id}' of {en_path} (line {en_by_id[question_id].line}) is "
            f"missing; both languages need the same question ids", cy.line)
    for entry in [q for q in cy.questions if q.id not in en_by_id]:
        add(f"quiz '{cy.id}', question '{entry.id}': is not in the quiz of {en_path}; both languages need "
            f"the same question ids", entry.line)
    if cy.reveal != en.reveal:
        # The same reader may take the quiz in either language: it must teach the same way in both.
        add(f"quiz '{cy.id}': 'reveal' is '{cy.reveal}' but '{en.reveal}' in {en_path} (line "
            f"{en.reveal_line or en.line}); both languages need the same 'reveal'", cy.reveal_line or cy.line)
    if problems:
        return problems
    if en_ids != cy_ids:
        add(f"quiz '{cy.id}': the questions are not in the same order as in {en_path} "
            f"({', '.join(en_ids)})", cy.line)
        return problems
    for entry in cy.questions:
        other = en_by_id[entry.id]
        where = f"quiz '{cy.id}', question '{entry.id}'"
        reference = f"{en_path} (line {other.line})"
        if entry.type != other.type:
            add(f"{where}: is type '{entry.type}' but '{other.type}' in {reference}", entry.line)
        elif len(entry.options) != len(other.options):
            add(f"{where}: has {len(entry.options)} options but {len(other.options)} in {reference}; both "
                f"languages need the same options in the same order", entry.line)
        elif entry.correct_indexes != other.correct_indexes:
            add(f"{where}: the correct answers differ from {reference}; the same options, in the same "
                f"order, must be marked correct in both languages", entry.line)
    return problems
