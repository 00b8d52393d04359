"""Welsh initial mutations for search: a word's possible radical (dictionary) forms.

Every Welsh word may change its first sound after many common words: *cynllun* (plan) is *ei gynllun*
(his plan, soft), *fy nghynllun* (my plan, nasal), *ei chynllun* (her plan, aspirate); a vowel may take an
*h* (*ei hamser*, h-prothesis). An index of exact forms finds only the form that was typed, and lunr.js has
no Welsh stemmer. So both sides meet at the radical:

- at index time (`field`) each Welsh entry gets a `mutations` field: the possible radicals of its words
  (gydgynhyrchu → cydgynhyrchu), searched with a low boost, so exact forms rank first. Only radicals that
  join words are kept (`joining`): one the index holds as a word, or one that two written forms share
  (gynllun and nghynllun → cynllun). A radical of one written form only would join nothing at index time,
  and at 100 guides such radicals made the Welsh index half as large again (gzip);
- at query time the search worker (overrides/assets/search/mutations.js, which worker.js loads) adds to
  each typed word its possible radicals and their mutated forms (the same table read forwards: cynllun →
  gynllun, nghynllun, chynllun), so a form whose radical was not indexed is still found as written. The table (`TABLE`) is
  written by Python into the Welsh index's config: one definition of the rules, no copy in JavaScript.

The rules are the regular mutation tables (e.g. D. A. Thorne, *A Comprehensive Welsh Grammar*, §§ 2-8;
G. King, *Modern Welsh*, §§ 6-13), read backwards, mutated initial → radical initial:

    soft:      p→b  t→d  c→g  b→f  d→dd  g→(lost)  m→f  ll→l  rh→r
    nasal:     p→mh  t→nh  c→ngh  b→m  d→n  g→ng
    aspirate:  p→ph  t→th  c→ch
    h-prothesis: vowel → h + vowel

The longest mutated initial that a word starts with decides (nghynllun is ngh-, not ng- or n-); an initial
that is only ever radical (ff, ll, rh) stops there. Known ambiguities:

- f may be soft b or soft m (fesur ← mesur, fyrddau ← byrddau): both radicals are offered;
- a vowel, l or r may have lost a soft-mutated g (wella ← gwella, las ← glas, rwpiau ← grwpiau), and h + a
  vowel may be h-prothesis (hamser ← amser). These are "guesses": almost any vowel-initial word would
  gain a g, and *hyn* would become *yn*. At index time a guess is kept only when the radical it makes is a
  word the same index holds (`vocabulary`), so *ar* never becomes *gar*; at query time a guess that names
  no indexed word finds nothing, so it needs no such list.
- Words shorter than MIN_LENGTH are left as they are: they are mostly the short words that cause
  mutations (yn, ei, ar, am, fy, hi), whose guessed radicals would flood every result.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import unescape
from types import MappingProxyType

MIN_LENGTH = 4  # of a word and of any radical made from it

# Welsh vowels, with the circumflex that marks length (â ê î ô û ŵ ŷ); w and y are vowels in Welsh.
VOWELS = "aeiouwyâêîôûŵŷ"

# mutated initial → its possible radical initials. () marks an initial that is only ever radical.
CERTAIN = MappingProxyType({
    "b": ("p",),            # soft p→b
    "d": ("t",),            # soft t→d
    "g": ("c",),            # soft c→g
    "f": ("b", "m"),        # soft b→f and m→f: both are offered
    "dd": ("d",),           # soft d→dd
    "l": ("ll",),           # soft ll→l
    "r": ("rh",),           # soft rh→r
    "mh": ("p",),           # nasal p→mh
    "nh": ("t",),           # nasal t→nh
    "ngh": ("c",),          # nasal c→ngh
    "m": ("b",),            # nasal b→m
    "n": ("d",),            # nasal d→n
    "ng": ("g",),           # nasal g→ng
    "ph": ("p",),           # aspirate p→ph
    "th": ("t",),           # aspirate t→th
    "ch": ("c",),           # aspirate c→ch
    "ff": (), "ll": (), "rh": (),  # radical only: stop the shorter f, l, r rules
})

# Guesses, kept at index time only when the radical is an indexed word (see the module's comment).
GUESSED = MappingProxyType({
    **{vowel: ("g" + vowel,) for vowel in VOWELS},      # soft g→(lost) before a vowel: wella ← gwella
    "l": ("gl",), "r": ("gr",),                           # … and before l, r: las ← glas, rwpiau ← grwpiau
    **{"h" + vowel: (vowel,) for vowel in VOWELS},      # h-prothesis: hamser ← amser
})

# The table written into the Welsh index for the search worker: rules longest initial first.
TABLE = MappingProxyType({
    "min": MIN_LENGTH,
    "rules": tuple((initial, tuple(CERTAIN.get(initial, ())) + tuple(GUESSED.get(initial, ())))
                   for initial in sorted(set(CERTAIN) | set(GUESSED), key=lambda i: (-len(i), i))),
})

# A word as lunr's index holds it: letters, with the apostrophes of forms such as "gwaith'r".
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_TAG = re.compile(r"<[^>]*>")


_INITIALS = frozenset(CERTAIN) | frozenset(GUESSED)


def _initial(word: str) -> str | None:
    """The longest mutated initial the word starts with (one lookup for both tables, so that ll stops the
    guessed l → gl as it stops the certain l → ll)."""
    for size in (3, 2, 1):
        if word[:size] in _INITIALS:
            return word[:size]
    return None


def radicals(word: str, vocabulary: Iterable[str] | None = None) -> tuple[str, ...]:
    """The possible radical forms of a (lower-case) word, itself excluded, certain ones first.
    `vocabulary`: the indexed words a guess must name (None: every guess is kept, as at query time)."""
    if len(word) < MIN_LENGTH:
        return ()
    initial = _initial(word)
    if initial is None:
        return ()
    rest = word[len(initial):]
    found: list[str] = []
    for table, checked in ((CERTAIN, False), (GUESSED, True)):
        for radical in table.get(initial, ()):
            candidate = radical + rest
            if (len(candidate) >= MIN_LENGTH and candidate != word and candidate not in found
                    and not (checked and vocabulary is not None and candidate not in vocabulary)):
                found.append(candidate)
    return tuple(found)


def words(html_text: str) -> list[str]:
    """The lower-case words of an entry's title or text (which keep some markup, escaped)."""
    return _WORD.findall(unescape(_TAG.sub(" ", html_text)).lower())


def joining(vocabulary: frozenset[str]) -> frozenset[str]:
    """The radicals worth indexing: those the index holds as words, and those two written forms share."""
    forms: dict[str, set[str]] = {}
    for word in vocabulary:
        for radical in radicals(word, vocabulary):
            forms.setdefault(radical, set()).add(word)
    return frozenset(r for r, written in forms.items() if r in vocabulary or len(written) > 1)


def field(texts: Iterable[str], vocabulary: frozenset[str], keep: frozenset[str] | None = None) -> str:
    """An entry's `mutations` field: the possible radicals of its words that it does not hold already (and,
    given `keep`, only those in it), once each, in order of appearance."""
    own: list[str] = []
    for text in texts:
        own.extend(words(text))
    present = set(own)
    extra: dict[str, None] = {}
    for word in own:
        for radical in radicals(word, vocabulary):
            if radical not in present and (keep is None or radical in keep):
                extra[radical] = None
    return " ".join(extra)
