"""Progress through a guide: "Page N of M", the reading time, the guide home's totals and the last page's
summary, written at build time in the page's language; overrides/assets/progress/progress.js fills in
what the reader's learning record (ic.record) says, on this device only.

Pure: the hook (hooks/progress.py) hands over plain values (the guide's pages in learning-path order, each
page's text, the quizzes each page shows, the ladders); nothing here imports MkDocs.
"""

from __future__ import annotations

from .model import GuidePage, Position  # noqa: F401
from .parse import WORDS_PER_MINUTE, position, reading_minutes  # noqa: F401
from .render import count_form, render_meta, render_summary  # noqa: F401
