"""The control on a guide page, in the page's language (templates/control.html.j2).

The download sizes are not known while MkDocs writes a page (its own size, and every asset's once
minified, come later), so the template holds a token per size (`token`) that hooks/saved.py replaces in
the built pages once every file is written (`fill`).
"""

from __future__ import annotations

import json
import re
from typing import Mapping, Sequence

from ..templating import template

TOKEN = re.compile(r"@@ic-saved:([a-z0-9_.:/-]+)@@")


def token(guide: str, language: str, extra_from: str | None = None) -> str:
    """The place of a size in a page: the guide in `language`, or (extra_from) what saving it in
    `language` adds to a copy already saved in `extra_from`."""
    return f"@@ic-saved:{guide}:{language}{':' + extra_from if extra_from else ''}@@"


def fill(html: str, sizes: Mapping[str, str]) -> str:
    """Every size token replaced by its text (`sizes` keyed by the token); an unknown one by nothing."""
    return TOKEN.sub(lambda m: sizes.get(m.group(0), ""), html)


def render_control(*, guide: str, language: str, others: Sequence[tuple[str, str]], manifests: Mapping[str, str],
                   worker: str, root: str, labels: Mapping[str, str]) -> str:
    """The save control: hidden, shown by saved.js where a service worker can keep the guide.

    `others`: (code, name in this page's language) of each other language; `manifests`: each language's
    manifest URL relative to the page; `worker` and `root` likewise.
    """
    other_sizes = {code: token(guide, code, language) for code, _ in others}
    data = {
        "guide": guide, "language": language, "root": root, "worker": worker,
        "manifests": json.dumps(dict(manifests), separators=(",", ":")),
        **{key[len("saved_"):].replace("_", "-"): labels[key] for key in (
            "saved_saving", "saved_done", "saved_done_updated", "saved_failed", "saved_full", "saved_changed",
            "saved_removed", "saved_remove_failed", "saved_blocked", "saved_is_saved", "saved_is_saved_all")},
    }
    return template("saved", "control").render(
        data=data, labels=labels, size=labels["saved_size"].replace("{size}", token(guide, language)),
        others=[{"code": code, "label": labels["saved_other"].replace("{language}", name)
                 .replace("{size}", other_sizes[code])} for code, name in others])
