"""YAML read as nodes, so every value keeps the line it came from (for authors' error messages)."""

from __future__ import annotations

import yaml

# libyaml's parser when PyYAML was built with it (same node marks, about 30 times faster on a large
# site); the pure-Python one otherwise.
_FAST = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose(text: str):
    """The root node of `text`, or None when it is empty. A mistake is re-read by the pure-Python parser,
    whose messages the hints and the authors' guides are written against (libyaml words them otherwise)."""
    try:
        return yaml.compose(text, Loader=_FAST)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)
