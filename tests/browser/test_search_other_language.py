"""A search that finds nothing in the page's language but would in the other offers it in one line
(issue 16), as a reader sees and follows it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def type_query(page, words: str) -> None:
    field = page.locator("input.md-search__input")
    field.click()
    field.fill("")
    field.press_sequentially(words)


@pytest.mark.parametrize("start, words, line, link, lands", [
    # "equals" is on English pages only; "manteision" (benefits) on Welsh pages only.
    ("cy/", "equals", "Dim canlyniadau yn Gymraeg. Chwilio yn Saesneg?", "/?q=equals", "/co-production/"),
    ("", "manteision", "No results in English. Search in Welsh?", "/cy/?q=manteision", "/cy/co-production/"),
])
def test_no_results_here_offers_the_other_language(page, start, words, line, link, lands):
    page.goto(start)
    type_query(page, words)
    offer = page.locator(".ic-search-other")
    offer.get_by_role("link").wait_for(timeout=10_000)
    assert " ".join(offer.inner_text().split()) == line
    assert offer.get_attribute("role") == "status"  # a screen reader hears it
    anchor = offer.get_by_role("link")
    href = anchor.get_attribute("href")
    assert href.endswith(link), href
    assert anchor.get_attribute("hreflang") == ("en" if start else "cy")
    # Keyboard: the link is reached with Tab from the search field and followed with Enter.
    anchor.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".md-search-result__item a[href]", timeout=10_000)
    found = page.eval_on_selector_all(".md-search-result__item > a[href]",
                                      "links => links.map(a => new URL(a.href).pathname)")
    assert found and all(h.startswith(lands) for h in found), found


def test_no_offer_when_there_are_results_or_nothing_anywhere(page):
    page.goto("cy/")
    type_query(page, "cydgynhyrchu")
    page.wait_for_selector(".md-search-result__item a[href]", timeout=10_000)
    page.wait_for_timeout(800)
    assert page.locator(".ic-search-other").inner_text().strip() == ""
    type_query(page, "zzqxw")
    page.wait_for_function("() => document.querySelector('.md-search-result__meta').textContent.includes('Dim dogfennau')")
    page.wait_for_timeout(800)
    assert page.locator(".ic-search-other").inner_text().strip() == ""
    assert page.locator(".ic-search-other a").count() == 0
