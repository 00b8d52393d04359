"""The ladder and its self-assessment in the built site, as the browser receives them (no JavaScript)."""

from __future__ import annotations

import gzip

import pytest

from .conftest import article, soup

PAGE = "co-production/what-next/index.html"
RUNGS = ["co-production", "co-design", "engagement", "consultation", "informing", "educating", "coercion"]
LABELS = {
    "en": ["Co-production", "Co-design", "Engagement", "Consultation", "Informing", "Educating", "Coercion"],
    "cy": ["Cydgynhyrchu", "Cyd-ddylunio", "Ymgysylltu", "Ymgynghori", "Rhoi gwybodaeth", "Addysgu", "Gorfodi"],
}
GROUPS = {"en": ["Doing with", "Doing for", "Doing to"],
          "cy": ["Gwneud gyda phobl", "Gwneud ar ran pobl", "Gwneud i bobl"]}
TLAP = "https://www.thinklocalactpersonal.org.uk/Latest/Co-production-The-ladder-of-co-production/"


def _page(site_dir, language):
    return soup(site_dir / PAGE if language == "en" else site_dir / "cy" / PAGE)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_seven_rungs_in_order_with_groups(site_dir, language):
    body = article(_page(site_dir, language))
    ladders = body.select("figure.ic-ladder")
    assert len(ladders) == 1
    # Placed under the ladder heading, and the old placeholder is gone.
    assert ladders[0].find_previous(["h2", "h3"])["id"] == "ladder"
    assert "toolkit:ladder" not in str(body) and not body.select(".admonition.note")
    ol = ladders[0].select_one("ol")
    assert ol.has_attr("reversed")
    rungs = ol.find_all("li", recursive=False)
    assert [li["data-rung"] for li in rungs] == RUNGS
    assert [int(li["data-step"]) for li in rungs] == [7, 6, 5, 4, 3, 2, 1]
    assert [li.select_one(".ic-ladder__label").get_text() for li in rungs] == LABELS[language]
    assert [g.get_text() for g in ol.select(".ic-ladder__group")] == GROUPS[language]
    assert [li["data-group-label"] for li in rungs] == \
        [GROUPS[language][0]] * 2 + [GROUPS[language][1]] * 3 + [GROUPS[language][2]] * 2
    for li in rungs:
        assert li.select_one(".ic-ladder__meaning").get_text(strip=True)  # readable without JavaScript
        assert li.summary.select_one(".ic-visually-hidden") is not None


def test_both_languages_have_the_same_ids_and_different_words(site_dir):
    def ids(html):
        return [t["id"] for t in article(html).select(".ic-ladder [id], .ic-ladder, .ic-ladder-check, "
                                                      ".ic-ladder-check [id]")]
    en, cy = _page(site_dir, "en"), _page(site_dir, "cy")
    assert ids(en) == ids(cy) and len(ids(en)) >= 7 + 6
    assert en.select_one("#ladder-self-assessment") and cy.select_one("#ladder-self-assessment")
    en_meanings = [p.get_text() for p in en.select(".ic-ladder__meaning")]
    cy_meanings = [p.get_text() for p in cy.select(".ic-ladder__meaning")]
    assert not set(en_meanings) & set(cy_meanings)


@pytest.mark.parametrize("language, words", [("en", "National Co-production Advisory Group"),
                                             ("cy", "National Co-production Advisory Group")])
def test_credit_links_to_tlap_as_visible_text(site_dir, language, words):
    caption = _page(site_dir, language).select_one("figure.ic-ladder figcaption")
    link = caption.select_one(f'a[href="{TLAP}"]')
    assert link is not None and link.get_text() == "Think Local Act Personal"
    assert words in caption.get_text()
    if language == "cy":
        assert link["lang"] == "en"
        assert [s.get_text() for s in caption.select("span[lang=en]")] == ["TLAP", words]


@pytest.mark.parametrize("language, key", [("en", "How to read the statements:"),
                                           ("cy", "Sut i ddarllen y datganiadau:")])
def test_self_assessment_without_javascript(site_dir, language, key):
    check = article(_page(site_dir, language)).select_one("[data-module=ic-ladder-check]")
    assert check.find_previous("h3")["id"] == "ladder-self-assessment"
    assert key in check.select_one(".ic-ladder-check__key").get_text()
    statements = check.select(".ic-ladder-check__statement")
    assert [s["data-rung"] for s in statements] == RUNGS[-2::-1]
    assert all(s.select_one(".ic-ladder-check__text").get_text(strip=True) for s in statements)
    assert check.select_one(".ic-ladder-check__answers").has_attr("hidden")


def test_assets_load_only_where_the_ladder_is_and_stay_small(site_dir, pages):
    for page in pages:
        for root in (site_dir, site_dir / "cy"):
            html = soup(root / page)
            has_ladder = html.select_one("[data-module=ic-ladder]") is not None
            css = html.select('link[href*="assets/ladder/ladder.css?v="]')
            js = html.select('script[src*="assets/ladder/ladder.js?v="]')
            assert (len(css), len(js)) == ((1, 1) if has_ladder else (0, 0)), (root, page)
            if has_ladder:
                assert js[0].has_attr("defer")
    assert soup(site_dir / "cy" / PAGE).select_one('link[href^="../../../assets/ladder/ladder.css?v="]')
    for name, limit in (("ladder.css", 3000), ("ladder.js", 3500)):
        data = (site_dir / "assets" / "ladder" / name).read_bytes()
        assert len(gzip.compress(data, 9)) < limit, name
