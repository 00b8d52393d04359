"""Reading time and place in the learning path: the one reading-time function of the site (the trainer
pages use it too, so a page shows the same minutes to learners and trainers)."""

from __future__ import annotations

import html
import math
import re
from typing import Sequence

from .model import Position

WORDS_PER_MINUTE = 200  # a common figure for reading to learn, not skimming

_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)


def reading_minutes(content: str) -> int:
    """Minutes to read a page's HTML text at WORDS_PER_MINUTE, rounded up, at least one."""
    words = len(_WORD.findall(html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", content)))))
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def position(keys: Sequence[str], key: str, minutes: int) -> Position:
    """The page's place in its guide's learning path (`keys` in navigation order)."""
    return Position(list(keys).index(key) + 1, len(keys), minutes)
