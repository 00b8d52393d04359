"""Front matter of a Markdown page, read the way MkDocs reads it."""

from __future__ import annotations

from mkdocs.utils.meta import get_data


def split(text: str) -> tuple[dict, str, int]:
    """Return (meta, body, offset) where offset is the number of lines the front matter takes.

    The offset lets line numbers found in the body point at the right line of the file.
    """
    body, meta = get_data(text)
    offset = text.count("\n", 0, len(text) - len(body)) if body and text.endswith(body) else 0
    return meta, body, offset
