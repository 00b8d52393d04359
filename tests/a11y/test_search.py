"""Material's search, as a reader uses it: results marked with the language they are written in (WCAG
3.1.2), and no axe violation with the results open, in either language."""

from __future__ import annotations

import pytest

from .conftest import describe, run_axe

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("path", "query"), [("co-production/", "stakeholders"),
                                             ("cy/co-production/", "rhanddeiliaid")])
def test_search_results_carry_their_language_and_pass_axe(fresh_page, axe_source, path, query, scheme):
    page = fresh_page(scheme)
    page.add_init_script(script=axe_source)
    page.goto(path)
    page_lang = page.evaluate("document.documentElement.lang")
    page.locator(".md-search__input").click()
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    items = page.eval_on_selector_all(".md-search-result__item", """items => items.map(li => ({
        lang: li.getAttribute('lang'), href: li.querySelector('a').getAttribute('href'),
        label: (li.querySelector('.ic-search-lang') || {}).textContent || null }))""")
    assert items
    for item in items:
        welsh = "/cy/" in item["href"]
        assert item["lang"] == ("cy" if welsh else "en"), item
        if item["lang"] == page_lang:
            assert item["label"] is None, item
        else:
            assert item["label"] == {"en": {"cy": "Saesneg"}, "cy": {"en": "Welsh"}}[item["lang"]][page_lang], item
    violations = run_axe(page, axe_source)
    assert not violations, f"/{path} ({scheme}) with search results open:\n{describe(violations)}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("path", "query"), [("co-production/", "manteision"), ("cy/co-production/", "equals")])
def test_the_offer_to_search_in_the_other_language_passes_axe(fresh_page, axe_source, path, query, scheme):
    page = fresh_page(scheme)
    page.add_init_script(script=axe_source)
    page.goto(path)
    page.locator(".md-search__input").click()
    page.keyboard.type(query)
    page.locator(".ic-search-other a").wait_for(timeout=15000)
    violations = run_axe(page, axe_source)
    assert not violations, f"/{path} ({scheme}) offering the other language's search:\n{describe(violations)}"
