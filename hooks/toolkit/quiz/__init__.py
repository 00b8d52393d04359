"""Self-assessment quizzes written in a page's Markdown.

- ``types``: the question types, as data (keys, options, control, words): a type is defined there once.
- ``blocks``: find the ```` ```quiz ```` fences of a page, with their line numbers.
- ``parse``: one block's YAML → frozen dataclasses (``model``), or problems an author can act on.
- ``validate``: the rules of a quiz and of a page; ``site``: of the site (unique ids, parity between
  languages), run with the other site-wide checks (``toolkit.checks``).
- ``render``: a valid quiz → server-side HTML that works without JavaScript, placed in the page's own
  Markdown conversion (``toolkit.markdown_ext``), so inline Markdown in a quiz goes through exactly the
  same pipeline (extensions, link checks and link rewriting) as the rest of the page.

Nothing here imports MkDocs or keeps state: every function takes text and returns values.
"""
