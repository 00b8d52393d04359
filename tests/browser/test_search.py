"""Search in the reader's language (issue 6) and an index fetched only when the reader starts a search
(issue 7), in a real browser."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

INDEX = "search_index.json"
ENGINE = "/assets/javascripts/workers/search."  # Material's search engine, loaded by our worker


def requests_of(page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    return seen


def search(page, words: str) -> list[str]:
    """Type into the header's search field; return the result links (site-relative paths)."""
    field = page.locator("input.md-search__input")
    field.click()
    field.fill("")
    field.press_sequentially(words)  # Material searches on key presses, not on programmatic input
    page.wait_for_selector(".md-search-result__item a[href]", timeout=10_000)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a[href]",
                                      "links => links.map(a => new URL(a.href).pathname)")
    assert hrefs, f"no results for {words!r}"
    return hrefs


def test_no_search_index_or_engine_before_the_reader_starts_a_search(page):
    seen = requests_of(page)
    page.goto("cy/co-production/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in seen if INDEX in url or ENGINE in url], seen
    page.locator("input.md-search__input").focus()
    page.wait_for_load_state("networkidle")
    fetched = [url for url in seen if INDEX in url]
    assert [url.split("/", 3)[3] for url in fetched] == ["cy/search/search_index.json"], fetched


def test_welsh_pages_find_only_welsh_pages(page):
    page.goto("cy/co-production/")
    hrefs = search(page, "cydgynhyrchu")
    assert all(h.startswith("/cy/") for h in hrefs), hrefs
    assert page.locator(".md-search-result__item[lang='en']").count() == 0


def test_english_pages_find_only_english_pages(page):
    page.goto("co-production/")
    hrefs = search(page, "co-production")
    assert not [h for h in hrefs if h.startswith("/cy/")], hrefs


def test_a_welsh_word_finds_its_welsh_page(page):
    page.goto("cy/")
    # "Manteision" (benefits) is a heading on the Welsh rationale page only.
    hrefs = search(page, "manteision")
    assert hrefs[0] == "/cy/co-production/rationale/", hrefs
    # An English word that appears only on English pages finds nothing from a Welsh page.
    field = page.locator("input.md-search__input")
    field.fill("")
    field.press_sequentially("equals")
    page.wait_for_function("() => document.querySelector('.md-search-result__meta').textContent"
                           ".includes('Dim dogfennau')")  # Material's Welsh "No matching documents"
    assert page.locator(".md-search-result__item").count() == 0


def test_a_search_link_with_q_searches_at_once(page):
    page.goto("cy/?q=manteision")
    page.wait_for_selector(".md-search-result__item a[href]", timeout=10_000)
    assert "/cy/co-production/rationale/" in page.eval_on_selector_all(
        ".md-search-result__item > a[href]", "links => links.map(a => new URL(a.href).pathname)")


# ---- a new guide is found in its language without any edit (the fixture guide, tests/conftest.py) -------

@pytest.mark.parametrize("start, words, found", [
    ("cy/", "mapio", "/cy/process-mapping/"),
    ("", "process map", "/process-mapping/"),
])
def test_a_new_guide_is_found_in_its_language(browser, fixture_url, start, words, found):
    context = browser.new_context(base_url=fixture_url)
    page = context.new_page()
    page.goto(start)
    hrefs = search(page, words)
    assert found in hrefs, hrefs
    assert all(h.startswith("/cy/") == start.startswith("cy") for h in hrefs), hrefs
    context.close()


def result_links(page, words: str) -> list[str]:
    """Every result link, pages and their sections (path and #fragment), in the order shown."""
    search(page, words)
    return page.eval_on_selector_all(".md-search-result__item a.md-search-result__link",
                                     "links => links.map(a => { const u = new URL(a.href);"
                                     " return u.pathname + u.hash; })")


@pytest.mark.parametrize("start, words, section", [
    ("", "self-assessment", "/co-production/what-next/#ladder-self-assessment"),
    ("cy/", "hunanasesiad", "/cy/co-production/what-next/#ladder-self-assessment"),
])
def test_the_self_assessment_is_found_by_name(page, start, words, section):
    page.goto(start)
    assert section in result_links(page, words)


def test_a_rung_result_opens_that_rung(page):
    page.goto("co-production/")
    rung = "/co-production/what-next/#ladder-co-production-consultation"
    assert rung in result_links(page, "consultation")
    page.locator(f'.md-search-result__item a[href$="what-next/#ladder-co-production-consultation"]').first.click()
    page.wait_for_url("**/what-next/#ladder-co-production-consultation")
    meaning = page.locator("#ladder-co-production-consultation .ic-ladder__meaning")
    meaning.wait_for(state="visible")
    assert meaning.is_visible()
