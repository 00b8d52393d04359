"""Where a build's time goes, per hook and plugin: which component to make faster.

    python bench/hook_times.py /tmp/ic-bench/toolkit-100/mkdocs.yml

Builds in this process with MkDocs' event dispatch wrapped: each plugin's or hook's time is counted
exclusively (mkdocs-static-i18n runs the whole Welsh build inside its on_post_build event, so time spent in
nested events is given to them, not to it). What no event accounts for (Markdown conversion, theme
rendering, writing files) is printed as "MkDocs and the theme".
"""

from __future__ import annotations

import os
import sys
import time
from collections import defaultdict
from pathlib import Path


def main(config: Path) -> None:
    from mkdocs import plugins
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    totals: dict[str, float] = defaultdict(float)
    stack: list[float] = []  # time spent in nested events, per open event

    def owner(method) -> str:
        target = getattr(method, "__self__", None)
        module = getattr(method, "__module__", "") or ""
        name = type(target).__module__ if target is not None else module
        return name.split(".")[0] if not name.startswith("hooks") else name

    original = plugins.PluginCollection.run_event

    def run_event(self, name, item=None, **kwargs):
        # Time each callback on its own, exclusive of events nested inside it.
        methods = self.events[name]
        for method in methods:
            stack.append(0.0)
            started = time.perf_counter()
            try:
                args = {**kwargs}
                result = method(item, **args) if item is not None else method(**args)
            finally:
                elapsed = time.perf_counter() - started
                nested = stack.pop()
                totals[f"{owner(method)} {name}"] += elapsed - nested
                if stack:
                    stack[-1] += elapsed
            if result is not None:
                item = result
        return item

    plugins.PluginCollection.run_event = run_event
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    started = time.perf_counter()
    cfg = load_config(str(config), site_dir=str(config.parent / "site-hook-times"))
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        build(cfg)
    finally:
        cfg.plugins.on_shutdown()
        plugins.PluginCollection.run_event = original
    whole = time.perf_counter() - started
    counted = sum(totals.values())
    print(f"build: {whole:.1f} s")
    for key, seconds in sorted(totals.items(), key=lambda kv: -kv[1])[:25]:
        print(f"{seconds:8.2f} s  {key}")
    print(f"{whole - counted:8.2f} s  MkDocs and the theme (Markdown, templates, files)")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
