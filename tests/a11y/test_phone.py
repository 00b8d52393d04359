"""What a reader meets on a phone, measured in the browser at 320 to 390 px: the site's name whole (never
cut mid-word), "Previous" and "Next" in words, the footer's links without a stray bullet, and the guide's
key quotation (the NHS England definition) at 7:1 contrast or more in both colour schemes."""

from __future__ import annotations

import re

import pytest

from .conftest import assert_scheme

pytestmark = pytest.mark.browser

WIDTHS = [320, 360, 390]
SHORT = {"en": "Toolkit Guide", "cy": "Canllaw Pecyn Cymorth"}
FULL = {"en": "Improvement Cymru Academy Toolkit Guide", "cy": "Canllaw Pecyn Cymorth Academi Gwelliant Cymru"}
ROOT = {"en": "", "cy": "cy/"}


def _name(page) -> dict:
    return page.evaluate("""() => {
        const shown = [...document.querySelectorAll('.ic-site-name > span')].filter(s => s.checkVisibility());
        const header = document.querySelector('.md-header').getBoundingClientRect();
        return shown.map(s => { const r = s.getBoundingClientRect();
            return {text: s.textContent.trim(), overflow: s.scrollWidth - s.clientWidth,
                    top: r.top - header.top, bottom: header.bottom - r.bottom,
                    cut: getComputedStyle(s.parentElement).textOverflow}; });
    }""")


@pytest.mark.parametrize("lang", ["en", "cy"])
@pytest.mark.parametrize("width", WIDTHS)
def test_the_site_name_is_whole_on_a_phone(fresh_page, lang, width):
    page = fresh_page("light", {"width": width, "height": 700})
    page.goto(ROOT[lang] + "co-production/")
    shown = _name(page)
    assert len(shown) == 1, shown  # one name on screen (and for a screen reader)
    name = shown[0]
    assert name["text"] == SHORT[lang]
    # Wrapped between words inside the bar: nothing overflows its box, nothing is cut off with "…".
    assert name["overflow"] <= 0 and name["top"] >= 0 and name["bottom"] >= 0 and name["cut"] == "clip", name


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_full_name_on_a_wide_screen(fresh_page, lang):
    page = fresh_page("light", {"width": 1280, "height": 800})
    page.goto(ROOT[lang] + "co-production/")
    shown = _name(page)
    assert [n["text"] for n in shown] == [FULL[lang]] and shown[0]["overflow"] <= 0, shown


@pytest.mark.parametrize("lang, words", [("en", ("Previous", "Next")), ("cy", ("Blaenorol", "Nesaf"))])
@pytest.mark.parametrize("width", [320, 390])
def test_previous_and_next_show_their_words(fresh_page, lang, words, width):
    page = fresh_page("light", {"width": width, "height": 700})
    page.goto(ROOT[lang] + "co-production/rationale/")
    for link, word in zip((".md-footer__link--prev", ".md-footer__link--next"), words):
        label = page.locator(f"{link} .md-footer__direction")
        assert label.is_visible() and label.inner_text().strip() == word
        box = label.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        size = float(label.evaluate("el => getComputedStyle(el).fontSize").rstrip("px"))
        assert size >= 12
    # No two labels on top of each other.
    prev, nxt = (page.locator(f"{link}").bounding_box() for link in (".md-footer__link--prev",
                                                                         ".md-footer__link--next"))
    assert prev["x"] + prev["width"] <= nxt["x"] + 1


@pytest.mark.parametrize("width", [320, 390])
def test_the_footer_links_have_no_bullet(fresh_page, width):
    page = fresh_page("light", {"width": width, "height": 700})
    for path in ("", "cy/co-production/tips/", "404.html"):
        page.goto(path)
        markers = page.evaluate("""() => [...document.querySelectorAll('.md-footer-meta li')].map(li =>
            [getComputedStyle(li).listStyleType, getComputedStyle(li, '::before').content])""")
        assert markers and all(m == ["none", "none"] for m in markers), (path, markers)


def _rgba(text: str) -> tuple[float, ...]:
    values = [float(v) for v in re.findall(r"[\d.]+", text)]
    return tuple(values[:3]) + ((values[3],) if len(values) > 3 else (1.0,))


def _luminance(rgb) -> float:
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: str, bg: str) -> float:
    """WCAG contrast of a text colour (alpha composited over the background) against that background."""
    front, back = _rgba(fg), _rgba(bg)
    alpha = front[3]
    seen = tuple(front[i] * alpha + back[i] * (1 - alpha) for i in range(3))
    light, dark = sorted((_luminance(seen), _luminance(back)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("lang", ["en", "cy"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_definition_quote_is_at_least_7_to_1(fresh_page, lang, scheme):
    page = fresh_page(scheme, {"width": 390, "height": 700})
    page.goto(ROOT[lang] + "co-production/")
    assert_scheme(page, scheme)
    colours = page.evaluate("""() => {
        const background = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor;
            if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
        const quote = document.querySelector('#nhs-england-definition ~ blockquote');
        return [...quote.querySelectorAll('p')].map(p => [getComputedStyle(p).color, background(p)]);
    }""")
    assert colours
    for fg, bg in colours:
        assert contrast(fg, bg) >= 7, (fg, bg, round(contrast(fg, bg), 2))
