"""The learning record page's HTML: the static frame (what the page is, that nothing leaves the device,
what it needs without JavaScript) and the site's data for record.js, which fills in the reader's record."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Mapping, Sequence

from markupsafe import Markup

from .. import markers
from ..templating import template
from .model import Guide

MARKER = markers.example("learning-record")  # the form the checks accept (toolkit.markers)
PREFIX = "record_"
# Strings the frame writes itself; every other record_* string goes to the script as data-i18n-*.
STATIC = ("record_footer_link", "record_privacy", "record_needs_js")


def data_json(guides: Sequence[Guide]) -> Markup:
    """The guides as JSON that can sit inside <script type="application/json">: <, > and & escaped, so no
    title can close the element or start markup."""
    text = json.dumps({"guides": [asdict(g) for g in guides]}, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


def script_strings(labels: Mapping[str, str]) -> list[tuple[str, str]]:
    """(data-i18n key, text) of every record_* string the script uses: record_not_kept → not-kept."""
    return [(key[len(PREFIX):].replace("_", "-"), labels[key]) for key in sorted(labels)
            if key.startswith(PREFIX) and key not in STATIC]


def render(guides: Sequence[Guide], labels: Mapping[str, str], months: Sequence[str]) -> str:
    return template("record", "record").render(
        t=labels, strings=script_strings(labels), months="|".join(months), data=data_json(guides))
