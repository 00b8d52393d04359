"""The built site, read with BeautifulSoup: pages, twins, anchors, links, switch, 404, privacy."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from .conftest import article, soup

# The guide's source text. A copy lives with the tests so a clone anywhere can run them; the shared original
# (../shared beside the project, where CI checks out) must not have moved on from it.
SEED_NAME = "co-production-toolkit-guide.md"
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / SEED_NAME
SHARED_SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / SEED_NAME
EXPECTED_PAGES = {"index.html", "co-production/index.html"}


def test_home_and_guide_pages_exist_in_both_languages(site_dir, pages):
    names = {p.as_posix() for p in pages}
    assert EXPECTED_PAGES <= names
    assert len([n for n in names if n.startswith("co-production/")]) >= 5, "the guide is a learning path"
    for page in pages:
        assert (site_dir / "cy" / page).is_file(), f"/{page} has no Welsh twin"


def test_every_page_declares_its_language(site_dir, pages):
    for page in pages:
        assert soup(site_dir / page).html["lang"] == "en", page
        assert soup(site_dir / "cy" / page).html["lang"] == "cy", page


def test_welsh_pages_use_welsh_interface_strings(site_dir, pages):
    for page in pages:
        html = soup(site_dir / "cy" / page)
        skip = html.select_one("a.md-skip")
        assert skip is not None and "Neidio" in skip.get_text(), page
        assert html.select_one("label.md-header__button[for=__search]") is None or \
            "Search" not in html.select_one("input.md-search__input").get("placeholder", "")
        assert "Canllaw Pecyn Cymorth" in html.title.get_text(), page


def _ids(html) -> list[str]:
    return [h["id"] for h in article(html).select("h2[id], h3[id], h4[id]")]


def test_heading_ids_are_identical_in_both_languages(site_dir, pages):
    for page in pages:
        en, cy = soup(site_dir / page), soup(site_dir / "cy" / page)
        assert _ids(en) == _ids(cy), page
        for heading in article(en).select("h2, h3, h4"):
            assert heading.get("id"), f"{page}: heading without id: {heading.get_text()}"


def _visible_text(node) -> str:
    return re.sub(r"\s+", " ", node.get_text(" ")).strip()


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?:;])\s+", text) if len(s.split()) >= 5]


def test_no_welsh_page_repeats_a_sentence_of_its_english_twin(site_dir, pages):
    for page in pages:
        en, cy = article(soup(site_dir / page)), article(soup(site_dir / "cy" / page))
        for node in cy.select('[lang="en"]'):  # titles of English-only sources, marked as English
            node.decompose()
        for node in en.select('[lang="cy"]'):  # Welsh names on English pages (e.g. the trainer index)
            node.decompose()
        for ref in en.select("#further-reading ~ p"):  # references: names, titles and URLs
            ref.decompose()
        welsh = _visible_text(cy)
        repeated = [s for s in _sentences(_visible_text(en)) if s in welsh]
        assert not repeated, f"/cy/{page} repeats English: {repeated[:3]}"


def test_welsh_pages_have_no_english_interface_words(site_dir, pages):
    english_only = re.compile(r"\b(Previous|Next|Table of contents|Back to top|Skip to content|Search)\b")
    for page in pages:
        html = soup(site_dir / "cy" / page)
        for node in html.select('[lang="en"], script, style, .md-search, .ic-lang-switch'):
            node.decompose()
        found = english_only.findall(_visible_text(html.body))
        assert not found, f"/cy/{page}: {found}"
        for tag in html.select("[title], [aria-label]"):
            for attr in ("title", "aria-label"):
                value = tag.get(attr, "")
                assert not re.search(r"\b(Permanent link|Jump back|Switch to|Copy to clipboard)\b", value), \
                    f"/cy/{page}: {attr}={value!r}"


def _shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _seed_sections() -> dict[str, str]:
    sections, title = {}, None
    for line in SEED.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^#{2,3}\s+(.*)", line)
        if match:
            title = match.group(1).strip()
            sections[title] = ""
        elif title:
            sections[title] += " " + re.sub(r"\(#\)|\(mailto:[^)]*\)|<[^>]*>|https?://\S+", " ", line)
    return {t: body for t, body in sections.items() if len(body.split()) > 8}


def test_the_tests_copy_of_the_seed_is_the_shared_seed():
    if not SHARED_SEED.is_file():
        pytest.skip(f"{SHARED_SEED} is not beside this checkout (it is in CI); the copy in {SEED.parent} is used")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes(), (
        f"the seed changed: copy {SHARED_SEED} to {SEED}, then check the guide still covers it")


def test_every_seed_section_is_in_the_english_guide(site_dir, pages):
    english = " ".join(_visible_text(article(soup(site_dir / p))) for p in pages)
    site_shingles = _shingles(english)
    sections = _seed_sections()
    assert len(sections) >= 14, sections.keys()
    for title, body in sections.items():
        wanted = _shingles(body)
        covered = len(wanted & site_shingles) / len(wanted)
        assert covered >= 0.75, f"seed section '{title}': only {covered:.0%} of its text is in the guide"


def test_quotation_is_an_attributed_block_quote(site_dir):
    quote = article(soup(site_dir / "co-production/index.html")).select_one("blockquote")
    assert quote is not None and "equal partnership" in quote.get_text()
    assert "NHS England" in quote.select_one("cite").get_text()


def test_subtitles_note_is_a_real_footnote(site_dir, pages):
    for root in (site_dir, site_dir / "cy"):
        found = [(p, article(soup(root / p))) for p in pages]
        found = [(p, a) for p, a in found if a.select_one(".footnote")]
        assert len(found) == 1, "exactly one page carries the subtitles footnote"
        page, body = found[0]
        ref = body.select_one("sup[id^=fnref] a[href^='#fn']")
        assert ref is not None and body.select_one(ref["href"].replace(":", "\\:")) is not None
        assert re.search(r"subtitles|isdeitlau", body.select_one(".footnote").get_text())


def test_no_dead_hash_links_and_no_video_player(site_dir):
    for path in site_dir.rglob("*.html"):
        html = soup(path)
        assert not html.select('a[href="#"]'), path
        assert not html.select("iframe, video, embed, object"), path


VIDEOS = {"co-production/rationale/index.html": ["u2qllro_dek"],
          "co-production/what-next/index.html": ["zj0Av6u7PQ0", "Vo_1VQEjI3M"]}


def test_the_guides_videos_with_known_addresses_play_in_their_sections(site_dir):
    """The three videos of Further reading, in both languages; the two the seed gives no address for are
    described without a link, and no authoring note is published."""
    for lang_root in (site_dir, site_dir / "cy"):
        for page, expected in VIDEOS.items():
            body = article(soup(lang_root / page))
            figures = body.select("figure.ic-video")
            assert [f.select_one("a.ic-video__watch")["href"] for f in figures] == \
                [f"https://www.youtube.com/watch?v={v}" for v in expected], (lang_root, page)
            section = "video-berwick" if "rationale" in page else "video-nhs-england"
            assert all(f.find_previous("h2")["id"] == section for f in figures)
    for path in site_dir.rglob("*.html"):
        text = soup(path).get_text(" ")
        assert "does not give this video" not in text and "rhoi cyfeiriad y fideo" not in text, path


def _resolve(site_dir: Path, page_path: Path, href: str) -> tuple[Path, str]:
    base = "/" + page_path.relative_to(site_dir).as_posix()
    url = urlsplit(urljoin(base, href))
    target = site_dir / url.path.lstrip("/")
    if url.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, url.fragment


def test_every_internal_link_and_anchor_resolves(site_dir):
    checked = 0
    for path in site_dir.rglob("*.html"):
        html = soup(path)
        for tag in html.select("a[href], link[href]"):
            href = tag["href"]
            if re.match(r"^(https?:|mailto:|data:)", href):
                assert not href.startswith("http") or tag.name == "a" or "127.0.0.1" in href, (path, href)
                continue
            target, fragment = _resolve(site_dir, path, href)
            assert target.exists(), f"{path.relative_to(site_dir)}: broken link {href}"
            if fragment and target.suffix == ".html":
                assert soup(target).find(id=fragment) is not None, \
                    f"{path.relative_to(site_dir)}: {href} has no #{fragment}"
            checked += 1
    assert checked > 100


def test_language_switch_links_to_the_same_page(site_dir, pages):
    for page in pages:
        for here, there, label, other in ((site_dir / page, site_dir / "cy" / page, "Cymraeg", "cy"),
                                          (site_dir / "cy" / page, site_dir / page, "English", "en")):
            links = soup(here).select("header a[hreflang]")
            assert len(links) == 1, f"{here}: one visible language link"
            link = links[0]
            assert link["lang"] == other and link["hreflang"] == other
            visible = "".join(t for t in link.find_all(string=True, recursive=False)).strip()
            assert visible == label
            target, _ = _resolve(site_dir, here, link["href"])
            assert target == there, f"{here}: switch goes to {target}"


@pytest.mark.parametrize("path, lang, words", [("404.html", "en", "Page not found"),
                                               ("cy/404.html", "cy", "Heb ddod o hyd i'r dudalen")])
def test_not_found_pages_in_both_languages(site_dir, path, lang, words):
    html = soup(site_dir / path)
    assert html.html["lang"] == lang
    assert words in html.select_one("h1").get_text()


def test_no_third_party_requests_in_markup(site_dir):
    for path in site_dir.rglob("*.html"):
        html = soup(path)
        for tag in html.select("script[src], link[rel~=stylesheet], link[rel~=preconnect], img[src], "
                               "link[rel~=preload], link[rel~=icon]"):
            url = tag.get("src") or tag.get("href")
            assert not re.match(r"^(https?:)?//", url) or "127.0.0.1" in url, f"{path}: {url}"
        assert "fonts.googleapis" not in path.read_text(encoding="utf-8")


def test_pages_form_a_learning_path_with_previous_and_next(site_dir):
    first = soup(site_dir / "co-production/index.html")
    nxt = first.select_one("a.md-footer__link--next")
    assert nxt is not None
    seen, current = ["co-production/index.html"], site_dir / "co-production/index.html"
    while True:
        link = soup(current).select_one("a.md-footer__link--next")
        if link is None:
            break
        current, _ = _resolve(site_dir, current, link["href"])
        rel = current.relative_to(site_dir).as_posix()
        if not rel.startswith("co-production/"):
            break
        seen.append(rel)
    assert len(seen) >= 5 and seen[-1].endswith("resources/index.html"), seen


@pytest.mark.parametrize("path, other, other_home", [("404.html", "cy", "/cy/"), ("cy/404.html", "en", "/")])
def test_the_not_found_pages_link_to_each_others_home(site_dir, path, other, other_home):
    """A missing page has no twin: each 404 page's language link and its alternates are the homes (never the
    last page built, as static-i18n would leave them)."""
    html = soup(site_dir / path)
    switch = html.select_one(f".ic-lang-switch a[hreflang='{other}']")
    assert switch["href"] == other_home
    alternates = {link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')}
    assert alternates == {"en": "/", "cy": "/cy/"}
