"""toolkit.templating: one Jinja environment for every component's templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import UndefinedError

from toolkit import templating

TOOLKIT = Path(__file__).resolve().parents[2] / "hooks" / "toolkit"


def test_every_components_templates_are_in_its_templates_folder_with_one_extension():
    found = sorted(p.relative_to(TOOLKIT).as_posix() for p in TOOLKIT.rglob("*")
                   if p.is_file() and (p.suffix in (".html", ".j2", ".jinja")))
    assert found and all(path.split("/")[1] == "templates" and path.endswith(templating.EXTENSION)
                         for path in found), found
    names = set(templating.environment().list_templates())
    assert {"quiz/quiz.html.j2", "ladder/ladder.html.j2", "ladder/assessment.html.j2",
            "trainer/index.html.j2", "trainer/guide.html.j2", "trainer/_macros.html.j2"} <= names


def test_values_are_escaped_and_a_missing_value_fails_loudly():
    env = templating.environment()
    assert env.from_string("<p>{{ x }}</p>").render(x="<b>&") == "<p>&lt;b&gt;&amp;</p>"
    with pytest.raises(UndefinedError):
        env.from_string("{{ t.missing_key }}").render(t={})
    # A line holding only a block tag leaves no blank line.
    assert env.from_string("a\n{% if x %}\nb\n{% endif %}\nc").render(x=True) == "a\nb\nc"
