"""One authoring mistake, reported as a single line an author can act on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """A mistake in a source file: where it is and what was expected."""

    path: str  # path as the author knows it, e.g. "docs/cy/co-production/rationale.md"
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"
