"""What a ladder is made of. Every piece remembers the line it came from, for error messages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """One piece of text in each language given, e.g. (("en", "Coercion"), ("cy", "Gorfodi"))."""

    values: tuple[tuple[str, str], ...]
    line: int
    lines: tuple[tuple[str, int], ...] = ()  # line of each language's text

    def get(self, language: str) -> str:
        return dict(self.values).get(language, "")

    def line_of(self, language: str) -> int:
        return dict(self.lines).get(language, self.line)


@dataclass(frozen=True)
class Group:
    id: str
    label: Text | None
    line: int


@dataclass(frozen=True)
class Rung:
    id: str
    group: str
    label: Text | None
    meaning: Text | None
    next_step: Text | None
    line: int
    group_line: int


@dataclass(frozen=True)
class Statement:
    """A yes/no statement about the reader's project; 'yes' means the project has reached ``rung``."""

    rung: str
    text: Text | None
    line: int
    rung_line: int


@dataclass(frozen=True)
class Ladder:
    id: str
    path: str  # as the author knows it, e.g. "ladders/co-production.yml"
    title: Text | None
    credit: Text | None
    groups: tuple[Group, ...]  # bottom to top
    rungs: tuple[Rung, ...]  # bottom (1) to top
    statements: tuple[Statement, ...]  # bottom to top; empty when the ladder has no self-assessment
    line: int = 1
    groups_line: int = 1
    rungs_line: int = 1
    statements_line: int | None = None  # None: the file has no `statements:` key

    def group(self, group_id: str) -> Group | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def rung(self, rung_id: str) -> Rung | None:
        return next((r for r in self.rungs if r.id == rung_id), None)

    def step(self, rung_id: str) -> int:
        """1 for the bottom rung."""
        return [r.id for r in self.rungs].index(rung_id) + 1
