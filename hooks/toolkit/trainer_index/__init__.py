"""The trainer page: every guide, page, section and quiz with its deep link in both languages, a
copy-link button and a reading time per page, generated from the built site (hooks/trainer_index.py).

parse (rendered pages → frozen entries), validate (every item can be linked in both languages),
render (HTML from templates/index.html).
"""

from .parse import guide_entry, page_entry, plain, reading_minutes, twin_meta, twin_titles  # noqa: F401
from .render import MARKER, relative_url, render  # noqa: F401
from .validate import check, marker_twins  # noqa: F401
