"""Welsh search that understands initial mutations (issue 16), on the built Welsh site, as a reader searches."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# Sections of the Welsh guide whose only form of the word is the soft-mutated "gydgynhyrchu" (the built
# index, checked in tests/site/test_search_mutations.py).
ONLY_SOFT = {"/cy/co-production/background/#care-act-2014", "/cy/co-production/how-to-use/#identify-stakeholders",
             "/cy/co-production/how-to-use/#develop-plan", "/cy/co-production/how-to-use/#engage-stakeholders", "/cy/co-production/how-to-use/#evaluate-learning",
             "/cy/co-production/what-next/", "/cy/co-production/what-next/#ladder"}


def results(page, words: str) -> list[str]:
    """Type into the search field; every result link, pages and their sections, in the order shown."""
    field = page.locator("input.md-search__input")
    field.click()
    field.fill("")
    field.press_sequentially(words)
    page.wait_for_selector(".md-search-result__item a[href]", timeout=10_000)
    page.wait_for_timeout(300)  # Material searches on every key press: let the last query's results land
    while True:  # Material shows ten pages of results at first, more as the reader scrolls
        before = page.locator(".md-search-result__item").count()
        page.locator(".md-search-result__item").last.scroll_into_view_if_needed()
        page.wait_for_timeout(200)
        if page.locator(".md-search-result__item").count() == before:
            break
    return page.eval_on_selector_all(".md-search-result__item a.md-search-result__link",
                                     "links => links.map(a => { const u = new URL(a.href);"
                                     " return u.pathname + u.hash; })")


def test_the_radical_finds_the_sections_with_only_the_mutated_form(page):
    page.goto("cy/co-production/")
    found = results(page, "cydgynhyrchu")
    assert ONLY_SOFT <= set(found), sorted(ONLY_SOFT - set(found))


def test_every_form_of_a_word_finds_the_same_sections(page):
    page.goto("cy/")
    radical = set(results(page, "cynllun"))
    soft = set(results(page, "gynllun"))
    nasal = set(results(page, "nghynllun"))
    assert radical == soft == nasal, (radical ^ soft, radical ^ nasal)
    # The guide holds both forms: "cynllun" (accessibility statement), "gynllun" (developing a plan).
    assert "/cy/accessibility/" in radical and "/cy/co-production/how-to-use/#develop-plan" in radical
    assert set(results(page, "cydgynhyrchu")) == set(results(page, "nghydgynhyrchu"))


def test_exact_forms_rank_first(page):
    page.goto("cy/")
    # "gynllun" is written in one section only: that section leads its results.
    found = results(page, "gynllun")
    assert found[0].startswith("/cy/co-production/how-to-use/"), found
    first_section = [href for href in found if "#" in href][0]
    assert first_section == "/cy/co-production/how-to-use/#develop-plan", found
    # "cydgynhyrchu": the pages that write it come before the page that has only "gydgynhyrchu".
    found = results(page, "cydgynhyrchu")
    pages = [href for href in found if "#" not in href]
    assert pages.index("/cy/co-production/what-next/") > 0, pages


def test_a_result_with_another_form_of_the_word_is_not_said_to_miss_it(page):
    page.goto("cy/")
    found = results(page, "nghynllun")  # written nowhere; "cynllun" and "gynllun" are
    assert found
    # Material lists under a result the query's words it lacks (<del>); every result holds a form of the
    # typed word, and the forms the worker added are not the reader's words.
    missing = page.eval_on_selector_all(".md-search-result__terms del", "els => els.map(e => e.textContent)")
    assert missing == [], missing


def test_english_queries_are_not_expanded(page):
    page.goto("co-production/")
    # The English index has no mutation rules (tests/site/test_search_mutations.py): "plan" is searched as
    # typed, in English pages only.
    found = results(page, "plan")
    assert found and all(not href.startswith("/cy/") for href in found), found


def test_every_form_found_is_highlighted(page):
    page.goto("cy/")
    results(page, "cydgynhyrchu")
    marks = {m.strip(",.:?").lower() for m in
             page.eval_on_selector_all(".md-search-result mark", "m => m.map(e => e.textContent)")}
    # The typed form and the mutated form the guide writes are both marked in the results' text.
    assert {"cydgynhyrchu", "gydgynhyrchu"} <= marks, marks
