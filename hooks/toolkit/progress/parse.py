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


def page_key(base_url: str) -> str:
    """The record's key of a page: its URL path in the default language, the same from every language and
    in the offline copy, whose URLs end in .html ("co-production/tips.html" → "co-production/tips/")."""
    key = base_url.lstrip("/")
    if key == "index.html" or key.endswith("/index.html"):
        return key[: -len("index.html")]
    return key[: -len(".html")] + "/" if key.endswith(".html") else key


def guide_of(key: str) -> str:
    """The guide's folder from a page key: "co-production/tips/" → "co-production"."""
    return key.split("/", 1)[0]


def position(keys: Sequence[str], key: str, minutes: int) -> Position:
    """The page's place in its guide's learning path (`keys` in navigation order)."""
    return Position(list(keys).index(key) + 1, len(keys), minutes)
