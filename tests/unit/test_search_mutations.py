"""Welsh initial mutations for search (toolkit.search.mutations), on real forms from the guide's Welsh text
(docs/cy/…; each row names the page that writes the form)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit import search
from toolkit.search import MUTATIONS_FIELD, mutations
from toolkit.search.indexer import Entry

# (form as written in the guide, where, the radicals offered with no vocabulary: the query side)
REAL_FORMS = [
    # soft
    ("gydgynhyrchu", "co-production/what-next.md", ("cydgynhyrchu",)),
    ("gynllun", "co-production/how-to-use.md", ("cynllun",)),
    ("bobl", "co-production/rationale.md", ("pobl",)),
    ("broses", "co-production/what-next.md", ("proses",)),
    ("ddull", "co-production/rationale.md", ("dull",)),
    ("fesur", "co-production/tips.md", ("besur", "mesur")),        # f: soft b or soft m
    ("fyrddau", "co-production/background.md", ("byrddau", "myrddau")),
    ("fethiannau", "co-production/tips.md", ("bethiannau", "methiannau")),
    ("wella", "co-production/rationale.md", ("gwella",)),                 # a lost g (a guess)
    ("wybodaeth", "co-production/tips.md", ("gwybodaeth",)),
    # nasal
    ("nghymru", "co-production/background.md", ("cymru",)),
    # aspirate
    ("chydgynhyrchu", "co-production/what-next.md", ("cydgynhyrchu",)),
    ("phobl", "co-production/when-to-use.md", ("pobl",)),
    ("chleifion", "co-production/when-to-use.md", ("cleifion",)),
    ("thryloywder", "co-production/background.md", ("tryloywder",)),
    ("pherchnogaeth", "co-production/rationale.md", ("perchnogaeth",)),
    # h-prothesis (a guess)
    ("hangen", "co-production/what-next.md", ("angen",)),
    ("hanghenion", "co-production/rationale.md", ("anghenion",)),
    ("haddysgu", "co-production/what-next.md", ("addysgu",)),
    # radical forms, with no mutated initial
    ("cydgynhyrchu", "co-production/index.md", ()),
    ("pobl", "co-production/rationale.md", ()),
    ("llais", "co-production/background.md", ()),
    ("ffordd", "co-production/tips.md", ()),
    ("rhestru", "co-production/rationale.md", ()),
]


@pytest.mark.parametrize("form, where, expected", REAL_FORMS, ids=[r[0] for r in REAL_FORMS])
def test_real_forms_give_their_radicals(form, where, expected):
    assert mutations.radicals(form) == expected


def test_the_forms_are_the_guides_own():
    repo_root = Path(__file__).resolve().parents[2]
    for form, where, _ in REAL_FORMS:
        text = (repo_root / "docs" / "cy" / where).read_text(encoding="utf-8").lower()
        assert form in mutations.words(text), (form, where)


def test_the_longest_initial_decides():
    assert mutations.radicals("nghynllun") == ("cynllun",)  # ngh-, not ng- (ghynllun) or n- (dghynllun)
    assert mutations.radicals("mhobl") == ("pobl",)          # mh-, not m- (bhobl)
    assert mutations.radicals("llawn") == ()                 # ll is only radical: not l → ll or gl
    assert mutations.radicals("rhaglen") == ()


def test_guesses_are_kept_only_when_the_index_holds_the_radical():
    vocabulary = frozenset({"gwella", "angen"})
    assert mutations.radicals("wella", vocabulary) == ("gwella",)
    assert mutations.radicals("wybodaeth", vocabulary) == ()   # "gwybodaeth" is not in this index
    assert mutations.radicals("hangen", vocabulary) == ("angen",)
    assert mutations.radicals("hefyd", vocabulary) == ()       # h is not prothesis in "hefyd"
    # Certain rules need no vocabulary: the radical may be written nowhere in the guide.
    assert mutations.radicals("nghydgynhyrchu", vocabulary) == ("cydgynhyrchu",)


def test_short_words_do_not_flood():
    # The short words that cause mutations are left as they are: "hyn" is not "yn", "ar" not "gar".
    for word in ("hyn", "yn", "ar", "am", "ei", "fy", "hi", "bod", "mae"):
        assert mutations.radicals(word) == (), word


def test_an_entrys_field_holds_the_radicals_it_lacks_once():
    texts = ("Y broses gydgynhyrchu", "<p>Ein cynllun a&#39;n <code>gynllun</code>, ei chydgynhyrchu</p>")
    field = mutations.field(texts, frozenset())
    assert field.split() == ["proses", "cydgynhyrchu"]  # cynllun is written already


def test_the_welsh_index_carries_the_table_and_the_field_english_does_not():
    config = {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"],
              "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}}
    cy = search.language_index("cy", "en", config, (Entry("cy/a/", "Ei gynllun", "y gwaith"),
                                                     Entry("cy/b/", "Cynllun", "")))
    data = json.loads(search.to_json(cy))
    assert data["config"]["mutations"]["min"] == mutations.MIN_LENGTH
    rules = dict((initial, radicals) for initial, radicals in data["config"]["mutations"]["rules"])
    assert rules["ngh"] == ["c"] and rules["f"] == ["b", "m"] and rules["ll"] == []
    # Longest initial first, so that the worker's first match is the longest one.
    lengths = [len(initial) for initial, _ in data["config"]["mutations"]["rules"]]
    assert lengths == sorted(lengths, reverse=True)
    assert data["config"]["fields"][MUTATIONS_FIELD] == {"boost": search.MUTATIONS_BOOST}
    # "cynllun" is written; "cwaith" (from "gwaith") is neither written nor shared by two forms.
    assert data["docs"][0][MUTATIONS_FIELD] == "cynllun"
    assert MUTATIONS_FIELD not in data["docs"][1]
    en = json.loads(search.to_json(search.language_index("en", "en", config, (Entry("a/", "Ei gynllun", ""),))))
    assert "mutations" not in en["config"] and MUTATIONS_FIELD not in en["docs"][0]
    assert en["config"]["fields"] == config["fields"]


def test_only_radicals_that_join_words_are_indexed():
    vocabulary = frozenset({"gynllun", "nghynllun", "gwaith", "cydgynhyrchu", "gydgynhyrchu"})
    # cynllun: two written forms share it; cydgynhyrchu: written; cwaith: one form only, joins nothing
    # (the worker finds "gwaith" from "cwaith" by the forward table).
    assert mutations.joining(vocabulary) == {"cynllun", "cydgynhyrchu"}
