"""What the progress component knows about a guide's pages at build time."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GuidePage:
    key: str                                  # URL path in the default language: "co-production/tips/"
    href: str                                 # the page's URL relative to the page being written
    title: str
    quizzes: tuple[tuple[str, int], ...] = () # (quiz id, number of questions), in page order


@dataclass(frozen=True)
class Position:
    number: int     # 1 for the guide's first page (its index)
    total: int
    minutes: int    # reading time of the page's own text

    @property
    def is_first(self) -> bool:
        return self.number == 1

    @property
    def is_last(self) -> bool:
        return self.number == self.total
