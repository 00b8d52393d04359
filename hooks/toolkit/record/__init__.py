"""The learning record page (docs/learning-record.md and its Welsh twin hold the marker): what the reader
has read, answered and written, from ic.record (overrides/assets/ic/ic.js), shown by record.js.

The build knows the site (guides, their pages with reading minutes, quizzes, ladders, in the page's
language); the reader's browser knows the record. So the page carries the site as JSON data and the
script joins the two: nothing is fetched, nothing leaves the device (hooks/record.py).

parse (rendered pages → frozen data), render (the page's HTML from templates/record.html.j2).
"""

from .model import Guide, Ladder, Page, Quiz  # noqa: F401
from .parse import assessments, ladders, quizzes  # noqa: F401
from .render import MARKER, data_json, render  # noqa: F401
