"""One printable page per guide and language: the whole guide, page after page (hooks/whole_guide.py).

It is composed after the build from the guide's finished pages (quizzes and ladders included), so it is
never in the navigation, the learning path's previous/next links, the sitemap or the search index, and a
new guide gets one without any edit. It lives next to the guide's index page (`<guide>/print.html`), at
the same folder depth, so the page around the content (header, navigation, assets) keeps its links.

parse: which folders are guides (front matter `guide:`) and the guide's pages in learning-path order
(following each built page's rel="next"); validate: the guide's index page was built; render: compose.
"""

from .parse import Guide, guides_in, path_chain, print_url  # noqa: F401
from .render import compose  # noqa: F401
