"""An unexpected exception in a hook is one line naming the hook, the event and the file (toolkit.guard)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from toolkit import guard


def broken(markdown, page, config, files):
    raise KeyError("quiz")


def test_an_exception_becomes_one_line_naming_the_file():
    run = guard.guarded(broken, "hooks/quiz.py", "on_page_markdown", lambda: "docs")
    page = SimpleNamespace(file=SimpleNamespace(src_uri="co-production/tips.md"))
    with pytest.raises(PluginError) as raised:
        run("text", page=page, config={}, files=[])
    assert str(raised.value) == (
        "bug in the toolkit: hooks/quiz.py (on_page_markdown) failed while processing docs/co-production/tips.md: "
        "KeyError: 'quiz'. This is not a mistake in the page; please report it with this line")
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_mkdocs_own_errors_pass_through_and_nothing_is_wrapped_twice():
    def refuse(config):
        raise PluginError("mkdocs.yml: one clear line")
    run = guard.guarded(refuse, "hooks/build.py", "on_pre_build", lambda: "docs")
    with pytest.raises(PluginError, match="^mkdocs.yml: one clear line$"):
        run({})
    assert guard.guarded(run, "hooks/build.py", "on_pre_build", lambda: "docs") is run


def test_only_our_hooks_are_wrapped():
    plugins = SimpleNamespace(events={"page_markdown": [broken, print], "config": [broken]})
    broken.__module__ = "hooks/quiz.py"
    guard.install(plugins, lambda: "docs")
    assert plugins.events["page_markdown"][1] is print and plugins.events["config"] == [broken]
    assert plugins.events["page_markdown"][0].toolkit_guarded
