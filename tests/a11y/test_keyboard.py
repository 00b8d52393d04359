"""Keyboard and zoom: every control reachable with Tab, in a sensible order, with a visible focus that
nothing covers; the skip link; the header's menu and search buttons on narrow screens; no sideways
scrolling at 320 px (1280 px at 400 % zoom)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import DESKTOP, NARROW, built_pages, open_page, page_id, site_pages

pytestmark = pytest.mark.browser

HELPERS = (Path(__file__).with_name("keyboard.js")).read_text(encoding="utf-8")
PAGES = site_pages()
# A guide's trainer page, generated with no Markdown source of its own: the longest list of links and
# buttons (one of each per page, section and quiz of the guide).
GUIDE_TRAINER_PAGE = "trainers/co-production.html"
# The guide's worksheet and answer key, generated beside it (a print button, a link back).
SHEETS = ["trainers/co-production-worksheet.html", "cy/trainers/co-production-answers.html"]
# Narrow screens: one page of each kind (home, quizzes, the ladder, the statement, a guide's trainer page,
# not found), both languages.
NARROW_PAGES = [f"{lang}{p}" for lang in ("", "cy/")
                for p in ("", "co-production/how-to-use/", "co-production/what-next/", "accessibility/",
                          GUIDE_TRAINER_PAGE, "404.html")]
MIN_RING_CONTRAST = 3.0  # WCAG 1.4.11: a focus indicator is a graphical object


def _load(page, path):
    open_page(page, path)
    page.evaluate(HELPERS)
    # Start from the top of the document, as after following a link to the page.
    page.evaluate("document.activeElement && document.activeElement.blur()")


def _walk(page, limit=600):
    """Press Tab from the top until focus leaves the page; what each stop looked like."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = page.evaluate("__ic.focus()")
        if info is None or (stops and info["stop"] == stops[0]["stop"]):
            return stops
        if not info["visible"] or info["obscured"] or (
                not info["boxShadow"] and (info["ringContrast"] or 0) < MIN_RING_CONTRAST):
            # Judge the settled page: Material reacts to the scroll that focus causes a frame later (the
            # sticky header and footer move under a just-focused control, seen once on a loaded machine).
            page.wait_for_timeout(150)
            info = page.evaluate("__ic.focus()")
        stops.append(info)
    pytest.fail(f"more than {limit} Tab stops: is focus trapped? last: {stops[-1]['description']}")


def _problems(page, stops, candidates):
    problems = []
    for tabindex in page.evaluate("__ic.positiveTabindex()"):
        problems.append(f"positive tabindex changes the order: {tabindex}")
    reached = {s["candidate"] for s in stops if s["candidate"]}
    for missing in sorted(set(candidates) - reached, key=int):
        element = page.evaluate(f"__ic.describe(document.querySelector('[data-ic-candidate=\"{missing}\"]'))")
        problems.append(f"cannot be reached with Tab: {element}")
    seen = set()
    previous = None
    for stop in stops:
        where = stop["description"]
        if stop["stop"] in seen:
            problems.append(f"reached twice: {where}")
        seen.add(stop["stop"])
        if not stop["visible"]:
            problems.append(f"focus is not visible (element hidden or off screen; {stop['why']}): {where}")
        elif stop["obscured"]:
            problems.append(f"focused element is covered by {stop['obscured']}: {where}")
        elif not stop["boxShadow"] and stop["outlineWidth"] < 2:
            problems.append(f"no focus outline of 2 px or more: {where}")
        elif not stop["boxShadow"] and (stop["ringContrast"] or 0) < MIN_RING_CONTRAST:
            problems.append(f"focus outline contrast {stop['ringContrast']} is under {MIN_RING_CONTRAST}:1: {where}")
        # Inside the page's text the order follows the reading order, top to bottom.
        if previous and previous["inArticle"] and stop["inArticle"] and stop["bottom"] < previous["top"]:
            problems.append(f"goes back up the page: {previous['description']} -> {where}")
        previous = stop
    return problems


# Every English page, and the Welsh pages with our interactive components: the Welsh pages share every
# template and component with their twins, so walking all of them again adds time, not coverage.
DESKTOP_WALK = [p for p in PAGES if not p.startswith("cy/")] + [GUIDE_TRAINER_PAGE] + SHEETS + [
    "cy/", "cy/co-production/how-to-use/", "cy/co-production/what-next/", "cy/accessibility/", "cy/404.html"]


@pytest.mark.parametrize("path", DESKTOP_WALK, ids=page_id)
def test_every_control_is_reachable_in_order_with_visible_focus(tabs, path):
    page = tabs("light", DESKTOP, "reduce")
    _load(page, path)
    candidates = page.evaluate("__ic.candidates()")
    stops = _walk(page)
    assert len(stops) >= 10
    problems = _problems(page, stops, candidates)
    assert not problems, f"/{path} at {DESKTOP['width']} px:\n" + "\n".join(problems)


@pytest.mark.parametrize("path", NARROW_PAGES, ids=page_id)
def test_at_320_px_every_control_is_reachable_with_visible_focus(tabs, path):
    page = tabs("dark", NARROW, "reduce")
    _load(page, path)
    candidates = page.evaluate("__ic.candidates()")
    problems = _problems(page, _walk(page), candidates)
    assert not problems, f"/{path} at 320 px, dark scheme:\n" + "\n".join(problems)


@pytest.mark.parametrize("path", ["co-production/rationale/", "cy/co-production/rationale/", "cy/404.html"],
                         ids=page_id)
def test_skip_link_is_first_and_moves_focus_to_the_content(tabs, path):
    page = tabs("light", DESKTOP, "reduce")
    _load(page, path)
    page.keyboard.press("Tab")
    info = page.evaluate("__ic.focus()")
    assert "md-skip" in info["description"] and info["visible"], info
    assert page.evaluate("document.activeElement.textContent.trim()") in ("Skip to content", "Neidio i'r cynnwys")
    target = page.evaluate("document.activeElement.getAttribute('href')")
    assert target == "#" + page.evaluate("document.querySelector('article h1').id")
    page.keyboard.press("Enter")
    # The heading it points at is on screen, below the sticky header, and the next Tab is in the content.
    heading = page.evaluate(f"document.querySelector('{target}').getBoundingClientRect().top")
    header = page.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
    assert header <= heading < page.viewport_size["height"]
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('.md-content')"), page.evaluate("__ic.focus()")


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_menu_at_320_px_works_by_keyboard(fresh_page, lang):
    page = fresh_page("light", NARROW)
    _load(page, "co-production/tips/" if lang == "en" else "cy/co-production/tips/")
    button = page.locator('.md-header label.md-header__button[for="__drawer"]')
    assert button.get_attribute("role") == "button"
    assert button.get_attribute("aria-label") == ("Menu" if lang == "en" else "Dewislen")
    assert button.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('for')") == "__drawer"
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('.md-header label[for=__drawer]').ariaExpanded === 'true'")

    # Focus moves into the menu, which opens on the guide's own panel: to the panel's title, which goes
    # back up a level.
    page.wait_for_function("!!document.activeElement.closest('.md-sidebar--primary')")
    back = page.evaluate("__ic.focus()")
    assert "md-nav__title" in back["description"] and back["visible"] and not back["obscured"], back
    name = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert name == ("Co-production, back" if lang == "en" else "Cydgynhyrchu, yn ôl")
    page.keyboard.press("Tab")
    first = page.evaluate("__ic.focus()")
    assert "md-nav__link" in first["description"] and first["visible"] and not first["obscured"], first
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    # Back at the top level: focus is on the section's button, and the first entry (Home) is reachable.
    page.wait_for_function("document.activeElement.matches('label.md-nav__link[for=__nav_2]')")
    opener = page.evaluate("__ic.focus()")
    assert opener["visible"] and not opener["obscured"], opener
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    home = page.evaluate("__ic.focus()")
    assert home["visible"] and not home["obscured"], home
    assert page.evaluate("document.activeElement.getAttribute('href')").rstrip('/') == "../.."  # Home

    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.getAttribute('for')") == "__drawer"
    assert not page.locator(".md-sidebar--primary").is_visible()
    page.keyboard.press("Space")
    page.wait_for_function("document.querySelector('.md-header label[for=__drawer]').ariaExpanded === 'true'")


def test_search_button_at_320_px_opens_search_by_keyboard(fresh_page):
    page = fresh_page("light", NARROW)
    _load(page, "cy/co-production/")
    button = page.locator('.md-header label.md-header__button[for="__search"]')
    assert button.get_attribute("aria-label") == "Chwilio"
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.classList.contains('md-search__input')")
    assert page.locator(".md-search__input").is_visible()
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.getAttribute('for')") == "__search"
    assert not page.locator(".md-search__input").is_visible()


def _too_wide(page, path) -> str | None:
    open_page(page, path)
    width = page.evaluate("document.documentElement.scrollWidth")
    if width <= NARROW["width"]:
        return None
    wide = page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > innerWidth + 1 && e.checkVisibility())
        .slice(0, 5).map(e => e.tagName + '.' + e.className)""")
    return f"/{path}: page is {width} px wide at 320 px; too wide: {wide}"


@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_no_horizontal_scrolling_at_320_px(tabs, path):
    problem = _too_wide(tabs("light", NARROW, "reduce"), path)
    assert problem is None, problem


def test_no_horizontal_scrolling_at_320_px_on_built_pages_without_markdown_source(tabs, site_dir):
    page = tabs("light", NARROW, "reduce")
    problems = [_too_wide(page, p) for p in built_pages(site_dir) if p not in PAGES]
    assert not [p for p in problems if p], problems
