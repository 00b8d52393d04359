"""Every page's Content-Security-Policy (toolkit.csp), computed from its finished HTML.

- on_startup: under `mkdocs serve`, the policy lets MkDocs' live-reload script run (toolkit.csp,
  SERVING_SCRIPTS); a built site never has that.
- on_pre_build: that choice, and whether this is the offline copy (its policy names `file:` too), in the
  build's state, also for the hooks that write pages themselves (the guides' trainer pages, the
  whole-guide pages: they call toolkit.csp.secure_page on what they write).
- on_post_page at -85: after every hook that changes the page (0) and the safety check (-80), before
  the trainer hook (-90) composes the guides' trainer pages from the finished trainer page. What the
  policy would block (an inline event handler, a `javascript:` address, a script in the content, a style
  attribute) is an error: it would silently not work. A page's own Markdown is checked before the build
  (toolkit.safety), so this is mostly a template's or a component's mistake.
- on_post_template at 10: the 404 pages, after the search (60) and a11y (50) hooks have finished them,
  before hooks/not_found.py (0) writes the Welsh one itself.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority, get_plugin_logger

from toolkit import checks, csp, state
from toolkit.problems import Problem

log = get_plugin_logger("toolkit")

# The command is the process's, not a build's (mkdocs serve rebuilds in the same process): the one
# setting kept outside toolkit.state, copied into each build's state at on_pre_build.
_COMMAND = {"serving": False}


def on_startup(command, dirty):
    _COMMAND["serving"] = command == "serve"


def on_pre_build(config):
    settings = state.current().of(csp.STATE)
    settings["serving"] = _COMMAND["serving"]
    settings["offline"] = bool(config.extra.get("offline"))  # mkdocs.offline.yml: opened from file://


@event_priority(-85)
def on_post_page(output, page, config):
    found = csp.blocked(output)
    if found:
        source = state.current().source_of(page)
        lines = source.text.lower().splitlines()
        problems = [Problem(source.label, f"the built page holds {what}, which the site's Content-Security-Policy "
                                          f"blocks, so it would not work: {remedy}",
                            next((n for n, text in enumerate(lines, start=1) if needle in text), None))
                    for what, remedy, needle in found]
        # What the checks already reported in this page's Markdown (a <script>, an onclick=) is not said again.
        for problem in checks.unsaid(problems, state.outermost().of(checks.REPORTED).get("files", set())):
            log.error(str(problem))
    return csp.secure_page(output)


@event_priority(10)
def on_post_template(output, template_name, config):
    return csp.secure_page(output) if template_name.endswith(".html") and output else output
