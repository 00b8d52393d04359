"""Front matter of a Markdown page, read the way MkDocs reads it."""

from __future__ import annotations

import copy
from functools import lru_cache

from mkdocs.utils.meta import get_data


@lru_cache(maxsize=8192)
def _split(text: str) -> tuple[dict, str, int]:
    body, meta = get_data(text)
    offset = text.count("\n", 0, len(text) - len(body)) if body and text.endswith(body) else 0
    return meta, body, offset


def split(text: str) -> tuple[dict, str, int]:
    """Return (meta, body, offset) where offset is the number of lines the front matter takes.

    The offset lets line numbers found in the body point at the right line of the file.
    Several checks read the same page (about nine times a build at 100 guides): the result is remembered
    by the text itself, so it cannot go stale, and each caller gets its own copy of the data to change.
    """
    meta, body, offset = _split(text)
    return copy.deepcopy(meta), body, offset
