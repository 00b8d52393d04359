"""Interface strings in English and Welsh, chosen by the page's language (never the browser's)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import yaml

LANGUAGES = ("en", "cy")
_DIR = Path(__file__).with_name("strings")


@lru_cache(maxsize=None)
def load(language: str) -> MappingProxyType:
    """The catalogue for one language, read-only (safe to cache across the per-language builds)."""
    if language not in LANGUAGES:
        raise KeyError(f"no string catalogue for language '{language}'; expected one of {LANGUAGES}")
    data = yaml.safe_load((_DIR / f"{language}.yml").read_text(encoding="utf-8")) or {}
    return MappingProxyType(data)


def missing_keys() -> dict[str, set[str]]:
    """Keys that one catalogue has and another lacks, per language."""
    all_keys = set().union(*(load(lang).keys() for lang in LANGUAGES))
    return {lang: all_keys - set(load(lang)) for lang in LANGUAGES if all_keys - set(load(lang))}



def count(labels, key: str, n: int) -> str:
    """The string `key` for the number n: its `_two` form when n is 2 and the catalogue has one (Welsh
    mutates the noun after "2": "2 funud", "3 munud"); the script's twin is ic.count."""
    return labels.get(f"{key}_two", labels[key]) if n == 2 else labels[key]
