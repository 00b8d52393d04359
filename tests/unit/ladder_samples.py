"""A small valid ladder for the ladder unit tests; each test breaks one thing in it."""

from __future__ import annotations

PATH = "ladders/small.yml"

# Line numbers matter: tests assert the line of each mistake.
VALID = """\
title:
  en: Small ladder
  cy: Ysgol fach
credit:
  en: By [Someone](https://example.org/) (SO).
  cy: Gan [Someone](https://example.org/){lang=en} (<span lang="en">SO</span>).
groups:
  - id: low
    label: {en: Low, cy: Isel}
  - id: high
    label: {en: High, cy: Uchel}
rungs:
  - id: one
    group: low
    label: {en: One, cy: Un}
    meaning: {en: First rung, cy: Y ffon gyntaf}
    next_step: {en: Climb to two, cy: Dringo i ddau}
  - id: two
    group: low
    label: {en: Two, cy: Dau}
    meaning: {en: Second rung, cy: Yr ail ffon}
    next_step: {en: Climb to three, cy: Dringo i dri}
  - id: three
    group: high
    label: {en: Three, cy: Tri}
    meaning: {en: "Top rung, <b>bold</b> & more", cy: Y ffon uchaf}
    next_step: {en: Stay here, cy: Aros yma}
statements:
  - rung: two
    text: {en: We do two, cy: Rydyn ni'n gwneud dau}
  - rung: three
    text: {en: We do three, cy: Rydyn ni'n gwneud tri}
"""


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line containing ``needle``."""
    hits = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return hits[occurrence - 1]
