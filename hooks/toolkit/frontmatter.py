"""Front matter of a Markdown page, read the way MkDocs reads it."""

from __future__ import annotations

import copy
from functools import lru_cache

from mkdocs.utils.meta import get_data


@lru_cache(maxsize=8192)
def _split(text: str) -> tuple[dict, int, int]:
    body, meta = get_data(text)
    is_suffix = body and text.endswith(body)
    offset = text.count("\n", 0, len(text) - len(body)) if is_suffix else 0
    # Where the body starts, not the body: the text is kept anyway, as the key.
    return meta, (len(text) - len(body)) if is_suffix or not body else -1, offset


def split(text: str) -> tuple[dict, str, int]:
    """Return (meta, body, offset) where offset is the number of lines the front matter takes.

    The offset lets line numbers found in the body point at the right line of the file.
    Several checks read the same page (about nine times a build at 100 guides): the result is remembered
    by the text itself, so it cannot go stale, and each caller gets its own copy of the data to change.
    """
    meta, start, offset = _split(text)
    body = text[start:] if start >= 0 else get_data(text)[0]
    return copy.deepcopy(meta), body, offset
