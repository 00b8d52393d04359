"""The trainer page and each guide's trainer page: every guide, page, section and quiz with its deep link
in both languages, a copy-link button and a reading time per page, generated from the built site
(hooks/trainer.py).

parse (rendered pages → frozen entries), validate (every item can be linked in both languages),
render (HTML from templates/: index.html.j2, one entry per guide; guide.html.j2, one guide's pages and
sections), guide_pages (each guide's page composed into the finished trainer page), worksheet (each
guide's worksheet and answer key, composed the same way).
"""

from .guide_pages import compose, guide_pages  # noqa: F401
from .parse import guide_entry, page_entry, page_slug, plain, reading_minutes, twin_titles  # noqa: F401
from .render import MARKER, guide_page_url, relative_url, render, render_guide  # noqa: F401
from .validate import check  # noqa: F401
