"""Ladder data file (YAML) -> ``Ladder``, with the line of every piece.

The file is read with ``yaml.compose`` rather than ``yaml.safe_load``: nodes keep their start marks, so
every message can name its line, and a key given twice (which ``safe_load`` silently overwrites) is
caught. Only the *shape* is checked here (known keys, lists and mappings where they belong); what the
values mean is checked in ``validate.py``.
"""

from __future__ import annotations

import difflib

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .. import strings, yamlnodes
from ..problems import Problem
from .model import Group, Ladder, Rung, Statement, Text

TOP_KEYS = ("title", "credit", "groups", "rungs", "statements")
TOP_REQUIRED = ("title", "groups", "rungs")
GROUP_KEYS = ("id", "label")
RUNG_KEYS = ("id", "group", "label", "meaning", "next_step")
STATEMENT_KEYS = ("rung", "text")
_NULL = "tag:yaml.org,2002:null"


def _line(node: Node) -> int:
    return node.start_mark.line + 1


class _Reader:
    """Walks the node tree, collecting problems instead of stopping at the first one."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, message, line))

    def mapping(self, node: Node, what: str, allowed: tuple[str, ...],
                required: tuple[str, ...]) -> dict[str, Node] | None:
        if not isinstance(node, MappingNode):
            self.error(_line(node), f"{what} must be a mapping of keys ({', '.join(allowed)})")
            return None
        found: dict[str, Node] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else str(key_node.value)
            if key in first_line:
                self.error(_line(key_node), f"{what}: key '{key}' is given twice (first on line "
                                            f"{first_line[key]})")
                continue
            first_line[key] = _line(key_node)
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.error(_line(key_node), f"{what}: unknown key '{key}'{hint}; expected one of: "
                                            f"{', '.join(allowed)}")
                continue
            found[key] = value_node
        for key in required:
            if key not in found and key in allowed and key not in first_line:
                self.error(_line(node), f"{what} has no '{key}'")
        return found

    def sequence(self, node: Node, what: str) -> list[Node]:
        if not isinstance(node, SequenceNode):
            self.error(_line(node), f"'{what}' must be a list (one '- ' item per line)")
            return []
        return list(node.value)

    def scalar(self, node: Node, what: str) -> str | None:
        if not isinstance(node, ScalarNode) or node.tag == _NULL:
            self.error(_line(node), f"{what} must be a single value")
            return None
        return node.value

    def text(self, node: Node, what: str) -> Text | None:
        """A mapping of language -> text, e.g. {en: Coercion, cy: Gorfodi}."""
        languages = strings.LANGUAGES
        if not isinstance(node, MappingNode):
            example = ", ".join(f"{lang}: …" for lang in languages)
            self.error(_line(node), f"{what} must give the text in each language ({example}) on lines "
                                    f"of their own")
            return None
        mapping = self.mapping(node, what, languages, ())
        values, lines = [], []
        for language in languages:
            value = mapping.get(language) if mapping else None
            if value is None:
                continue
            if isinstance(value, ScalarNode) and value.tag == _NULL:
                values.append((language, ""))  # reported as a missing translation by validate
            else:
                text = self.scalar(value, f"{what} ({language})")
                values.append((language, " ".join((text or "").split())))
            lines.append((language, _line(value)))
        return Text(tuple(values), _line(node), tuple(lines))


def _peek(node: Node, key: str) -> str | None:
    """The value of ``key`` before the mapping is checked, so messages can name the item by its id."""
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if getattr(key_node, "value", None) == key and isinstance(value_node, ScalarNode) \
                    and value_node.tag != _NULL:
                return value_node.value
    return None


def _group(reader: _Reader, node: Node, number: int) -> Group | None:
    peek = _peek(node, "id")
    fields = reader.mapping(node, f"group '{peek}'" if peek else f"group {number}", GROUP_KEYS, GROUP_KEYS)
    if not fields or "id" not in fields:
        return None
    group_id = reader.scalar(fields["id"], f"group {number}: id")
    if group_id is None:
        return None
    label = reader.text(fields["label"], f"group '{group_id}': label") if "label" in fields else None
    return Group(group_id, label, _line(node))


def _rung(reader: _Reader, node: Node, number: int) -> Rung | None:
    peek = _peek(node, "id")
    fields = reader.mapping(node, f"rung '{peek}'" if peek else f"rung {number} from the bottom", RUNG_KEYS,
                            RUNG_KEYS)
    if not fields or "id" not in fields:
        return None
    rung_id = reader.scalar(fields["id"], f"rung {number} from the bottom: id")
    if rung_id is None:
        return None
    what = f"rung '{rung_id}'"
    group = reader.scalar(fields["group"], f"{what}: group") if "group" in fields else None
    texts = {key: reader.text(fields[key], f"{what}: {key}") if key in fields else None
             for key in ("label", "meaning", "next_step")}
    return Rung(rung_id, group or "", texts["label"], texts["meaning"], texts["next_step"], _line(node),
                _line(fields["group"]) if "group" in fields else _line(node))


def _statement(reader: _Reader, node: Node, number: int) -> Statement | None:
    peek = _peek(node, "rung")
    fields = reader.mapping(node, f"statement for rung '{peek}'" if peek else f"statement {number}",
                            STATEMENT_KEYS, STATEMENT_KEYS)
    if not fields or "rung" not in fields:
        return None
    rung = reader.scalar(fields["rung"], f"statement {number}: rung")
    if rung is None:
        return None
    text = reader.text(fields["text"], f"statement for rung '{rung}': text") if "text" in fields else None
    return Statement(rung, text, _line(node), _line(fields["rung"]))


def parse(source: str, path: str, ladder_id: str) -> tuple[Ladder | None, list[Problem]]:
    """The ladder in ``source`` (the text of ``path``), or None when its shape is unusable."""
    try:
        root = yamlnodes.compose(source)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or str(error)
        return None, [Problem(path, f"is not valid YAML: {reason}", mark.line + 1 if mark else None)]
    if root is None:
        return None, [Problem(path, "is empty; see docs-authoring/ladder.md for a complete example")]
    reader = _Reader(path)
    top = reader.mapping(root, "the ladder", TOP_KEYS, TOP_REQUIRED)
    if top is None:
        return None, reader.problems

    def items(key, build):
        if key not in top:
            return ()
        return tuple(x for number, node in enumerate(reader.sequence(top[key], key), start=1)
                     if (x := build(reader, node, number)) is not None)

    ladder = Ladder(
        id=ladder_id,
        path=path,
        title=reader.text(top["title"], "title") if "title" in top else None,
        credit=reader.text(top["credit"], "credit") if "credit" in top else None,
        groups=items("groups", _group),
        rungs=items("rungs", _rung),
        statements=items("statements", _statement),
        line=_line(root),
        groups_line=_line(top["groups"]) if "groups" in top else _line(root),
        rungs_line=_line(top["rungs"]) if "rungs" in top else _line(root),
        statements_line=_line(top["statements"]) if "statements" in top else None,
    )
    return ladder, reader.problems
