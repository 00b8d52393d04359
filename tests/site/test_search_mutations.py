"""The Welsh index carries the mutation rules and each entry's possible radicals; the English index is as it
was (issue 16)."""

from __future__ import annotations

import json

from toolkit.search import MUTATIONS_FIELD, mutations

from ..browser.test_search_mutations import ONLY_SOFT


def _index(site_dir, path):
    return json.loads((site_dir / path).read_text(encoding="utf-8"))


def test_the_welsh_index_holds_the_rules_and_the_radicals(site_dir):
    cy = _index(site_dir, "cy/search/search_index.json")
    assert cy["config"]["mutations"]["rules"] and cy["config"]["mutations"]["min"] == mutations.MIN_LENGTH
    assert cy["config"]["fields"][MUTATIONS_FIELD]["boost"] < cy["config"]["fields"]["text"]["boost"]
    by_location = {d["location"]: d for d in cy["docs"]}
    plan = by_location["cy/co-production/how-to-use/#develop-plan"]
    assert "gynllun" in plan["text"] and "cydgynhyrchu" in plan[MUTATIONS_FIELD].split()


def test_the_sections_with_only_gydgynhyrchu_are_as_listed(site_dir):
    cy = _index(site_dir, "cy/search/search_index.json")
    only = set()
    for doc in cy["docs"]:
        words = set(mutations.words(doc["title"] + " " + doc["text"]))
        if "gydgynhyrchu" in words and "cydgynhyrchu" not in words:
            only.add("/" + doc["location"])
    assert only == ONLY_SOFT


def test_the_english_index_has_no_mutations(site_dir):
    en = _index(site_dir, "search/search_index.json")
    assert "mutations" not in en["config"] and MUTATIONS_FIELD not in en["config"]["fields"]
    assert not [d for d in en["docs"] if MUTATIONS_FIELD in d]
