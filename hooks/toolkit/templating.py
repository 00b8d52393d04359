"""One Jinja environment for every component's HTML templates.

A component's templates are in its core package's `templates/` folder and end in `.html.j2`; they are
named from here as "<component>/<name>.html.j2" (e.g. "trainer/index.html.j2", which imports
"trainer/_macros.html.j2"). One configuration for all of them:
- autoescape: every value is escaped unless it is Markup (HTML already converted from the page's Markdown);
- StrictUndefined: a missing catalogue key or value fails loudly in tests instead of printing nothing;
- trim_blocks and lstrip_blocks: a line with only a block tag leaves no blank line behind (`+%}` keeps
  the newline where a template wants it).
The templates never change while a process runs, so the environment (and its compiled templates) is kept.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, PrefixLoader, StrictUndefined, Template

EXTENSION = ".html.j2"
_TOOLKIT = Path(__file__).parent


@lru_cache(maxsize=1)
def environment() -> Environment:
    loader = PrefixLoader({folder.parent.name: FileSystemLoader(folder)
                           for folder in sorted(_TOOLKIT.glob("*/templates")) if folder.is_dir()})
    return Environment(loader=loader, autoescape=True, undefined=StrictUndefined, trim_blocks=True,
                       lstrip_blocks=True, keep_trailing_newline=False)


def template(component: str, name: str) -> Template:
    """`name` without the extension: template("quiz", "quiz") is toolkit/quiz/templates/quiz.html.j2."""
    return environment().get_template(f"{component}/{name}{EXTENSION}")
