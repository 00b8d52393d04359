"""An unexpected exception inside one of our hooks is a bug in the toolkit, not an authoring mistake: it is
reported in one line naming the hook, the event and the file being processed, never as a stack trace,
and the build still fails (a PluginError: MkDocs logs it and aborts).

hooks/build.py wraps every handler of every hook in `mkdocs.yml` once, in on_config (static-i18n runs
on_config again per language; a wrapped handler is not wrapped twice). PluginError and MkDocs' own Abort
pass through as they are: they are already one clear line.
"""

from __future__ import annotations

import functools

HOOKS_FOLDER = "hooks/"


def _subject(args, kwargs, docs_label: str) -> str:
    """The file being processed: the page of a page event, else the site as a whole."""
    for value in list(kwargs.values()) + list(args):
        file = getattr(value, "file", None)
        if getattr(file, "src_uri", None):
            return f"{docs_label}/{file.src_uri}"
    return "the site as a whole (no one page)"


def guarded(method, hook: str, event: str, docs_label):
    """`method` raising a PluginError that names `hook`, `event` and the file, for any exception but
    MkDocs' own."""
    from mkdocs.exceptions import MkDocsException, PluginError

    if getattr(method, "toolkit_guarded", False):
        return method

    @functools.wraps(method)
    def run(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except MkDocsException:
            raise
        except Exception as error:  # noqa: BLE001: every other exception is a bug, reported as one
            raise PluginError(
                f"bug in the toolkit: {hook} ({event}) failed while processing "
                f"{_subject(args, kwargs, docs_label())}: {type(error).__name__}: {error}. This is not a "
                f"mistake in the page; please report it with this line") from None

    run.toolkit_guarded = True  # our own wrapper's mark, not an attribute on a MkDocs object
    return run


def install(plugins, docs_label) -> None:
    """Wrap every handler of our hooks (the modules MkDocs loaded from hooks/) in `plugins.events`.
    on_config itself is left as it is: it is running while this is called."""
    for event, methods in plugins.events.items():
        if event == "config":
            continue
        plugins.events[event] = [
            guarded(m, m.__module__, f"on_{event}", docs_label)
            if str(getattr(m, "__module__", "")).startswith(HOOKS_FOLDER) else m
            for m in methods]
