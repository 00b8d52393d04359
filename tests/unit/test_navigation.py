import pytest

from toolkit import navigation
from toolkit.navigation import Entry


def test_index_first_then_order_then_title():
    entries = [Entry(False, None, "Zeta"), Entry(False, 2, "B"), Entry(False, 1, "C"),
               Entry(True, None, "Home"), Entry(False, None, "alpha")]
    assert [e.title for e in sorted(entries, key=navigation.sort_key)] == ["Home", "C", "B", "alpha", "Zeta"]


@pytest.mark.parametrize("value", ["2", True, [1]])
def test_order_must_be_a_number(value):
    with pytest.raises(ValueError, match="docs/a.md: front matter 'order' must be a number"):
        navigation.parse_order(value, "docs/a.md")


def test_guide_list_escapes_and_links():
    html = navigation.guide_list_html(
        [navigation.Guide("Co-production <b>", "About it & more", "co-production/")], "none")
    assert 'href="co-production/"' in html and "Co-production &lt;b&gt;" in html and "&amp; more" in html


def test_empty_guide_list_says_so():
    assert "No guides" in navigation.guide_list_html([], "No guides yet.")
