"""hooks/README.md's event map is the real one: every handler of every hook in mkdocs.yml's `hooks:` list,
at its real priority, in the table, and nothing else (so the table cannot drift from the code)."""

from __future__ import annotations

import importlib.util
import re
import sys

import yaml

from tests.conftest import ROOT

EVENTS = ("on_startup", "on_shutdown", "on_serve", "on_config", "on_pre_build", "on_files", "on_nav", "on_env",
          "on_post_build", "on_build_error", "on_pre_template", "on_template_context", "on_post_template",
          "on_pre_page", "on_page_read_source", "on_page_markdown", "on_page_content", "on_page_context",
          "on_post_page")


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def hook_paths() -> list[str]:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)["hooks"]


def handlers() -> set[tuple[str, str, int]]:
    """(hook file, event, priority) of every handler, as MkDocs would register it."""
    sys.path.insert(0, str(ROOT / "hooks"))
    found = set()
    for path in hook_paths():
        spec = importlib.util.spec_from_file_location(f"_readme_{path}", ROOT / path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # as MkDocs does: dataclasses in a hook look their module up
        spec.loader.exec_module(module)
        for event in EVENTS:
            handler = getattr(module, event, None)
            if handler is None:
                continue
            # A CombinedEvent holds several handlers, each with its own priority.
            for part in getattr(handler, "methods", (handler,)):
                found.add((path, event, int(getattr(part, "mkdocs_priority", 0))))
    return found


def table() -> set[tuple[str, str, int]]:
    text = (ROOT / "hooks" / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(on_\w+)` \| `(hooks/\w+\.py)`(?: \(`\w+`\))? \| (-?\d+) \|", text, re.M)
    return {(path, event, int(priority)) for event, path, priority in rows}


def test_the_event_map_in_hooks_readme_is_the_real_one():
    real, written = handlers(), table()
    assert written, "hooks/README.md has no event map"
    assert sorted(real - written) == [], "handlers missing from hooks/README.md"
    assert sorted(written - real) == [], "rows in hooks/README.md with no such handler"


def test_every_hook_is_listed_once_and_comments_say_what_each_band_does():
    paths = hook_paths()
    assert len(paths) == len(set(paths))
    assert paths[0] == "hooks/build.py", "the build state must be pushed before any other hook runs"
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = config.split("\nhooks:\n", 1)[1].split("\n\n", 1)[0]
    assert block.count("#") >= 3, "the hooks: list says why each band is where it is"
