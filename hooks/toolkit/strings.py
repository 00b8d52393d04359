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
    """The string `key` for the number n: its `_one` form when n is 1, its `_two` form when n is 2, where
    the catalogue has one (English "1 page"; Welsh mutates a noun after "2", and a feminine one after "1":
    "2 funud", "1 dudalen", "3 tudalen"); the script's twin is ic.count."""
    form = {1: "_one", 2: "_two"}.get(n)
    return labels.get(f"{key}{form}", labels[key]) if form else labels[key]
