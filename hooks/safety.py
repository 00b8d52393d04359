"""Content safety in the built page (toolkit.safety): no resource from another host.

The page's Markdown is checked before the build (toolkit.checks, "content safety"); this is the check on
what a reader's browser would actually load, whoever put it there (a page, a template, a component).
on_post_page at -80: after every hook that adds to the page (0), before the trainer hook (-90) composes
the guides' trainer pages from the finished HTML. A plain link to another site is fine: it loads nothing.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from mkdocs.plugins import event_priority, get_plugin_logger

from toolkit import checks, safety, state
from toolkit.problems import Problem

log = get_plugin_logger("toolkit")


@event_priority(-80)
def on_post_page(output, page, config):
    own_host = urlsplit(config.site_url or "").hostname or ""
    found = safety.foreign_resources(output, own_host)
    if found:
        source = state.current().source_of(page)
        problems = []
        for what, url in found:
            line = next((n for n, text in enumerate(source.text.splitlines(), start=1) if url in text), None)
            problems.append(Problem(source.label, f"the built page loads {what} from another site ({url}); the "
                                                  f"site loads nothing from other hosts: remove it, or link to it",
                                    line))
        # A <script> or <iframe> the checks already reported in this page is not said again.
        for problem in checks.unsaid(problems, state.outermost().of(checks.REPORTED).get("files", set())):
            log.error(str(problem))
    return output
