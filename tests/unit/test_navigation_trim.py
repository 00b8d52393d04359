"""Each page's navigation: its own guide in full, every other guide as one link (toolkit.navigation.trim)."""

from __future__ import annotations

from dataclasses import dataclass, field

from toolkit import navigation


@dataclass(eq=False)
class Page:
    title: str
    url: str
    is_index: bool = False
    children: None = None
    active: bool = False


@dataclass(eq=False)
class Section:
    title: str
    children: list = field(default_factory=list)
    active: bool = False


def link(section):
    target = navigation.first_page(section)
    return ("link", section.title, target.url if target else None)


def site(guides: int, pages: int, active: int | None = None):
    home = Page("Home", "", is_index=True)
    sections = []
    for g in range(guides):
        children = [Page(f"G{g} intro", f"g{g}/", is_index=True)]
        children += [Page(f"G{g} p{p}", f"g{g}/p{p}/") for p in range(pages)]
        sections.append(Section(f"Guide {g}", children, active=(g == active)))
    return [home, *sections]


def test_the_open_guide_is_kept_whole_and_the_others_become_links():
    items = site(3, 4, active=1)
    trimmed = navigation.trim(items, link)
    assert trimmed[0] is items[0], "single pages stay as they are"
    assert trimmed[2] is items[2], "the page's own guide is kept, with all its pages"
    assert trimmed[1] == ("link", "Guide 0", "g0/") and trimmed[3] == ("link", "Guide 2", "g2/")


def test_on_a_page_outside_every_guide_all_guides_are_links():
    trimmed = navigation.trim(site(2, 2), link)
    assert trimmed[1:] == [("link", "Guide 0", "g0/"), ("link", "Guide 1", "g1/")]


def test_the_shared_items_are_not_changed():
    items = site(2, 2, active=0)
    before = [list(s.children) for s in items[1:]]
    navigation.trim(items, link)
    assert [list(s.children) for s in items[1:]] == before


def test_the_size_of_a_trimmed_navigation_does_not_depend_on_other_guides_pages():
    def entries(items) -> int:
        return sum(1 + (entries(i.children) if isinstance(i, Section) else 0) for i in items)

    small = navigation.trim(site(10, 2, active=0), link)
    large = navigation.trim(site(10, 50, active=0)[:1] + site(10, 2, active=0)[1:2]
                            + site(10, 50, active=0)[2:], link)
    assert entries(small) == entries(large) == 1 + 1 + 3 + 9


def test_a_section_without_an_index_links_to_its_first_page_and_nested_sections_are_searched():
    nested = Section("Outer", [Section("Inner", [Page("Deep", "outer/inner/deep/")])])
    assert navigation.first_page(nested).url == "outer/inner/deep/"
    assert navigation.first_page(Section("Empty", [])) is None
    empty = Section("Empty")
    assert navigation.trim([empty], link)[0] is empty, "nothing to link to: left as it is"


def test_each_run_of_other_guides_is_folded_into_one_item_in_place():
    items = site(5, 2, active=2)
    trimmed = navigation.trim(items, link, lambda run: ("fold", run))
    assert trimmed[0] is items[0] and trimmed[2] is items[3], "home and the open guide keep their places"
    assert trimmed[1] == ("fold", (("link", "Guide 0", "g0/"), ("link", "Guide 1", "g1/")))
    assert trimmed[3] == ("fold", (("link", "Guide 3", "g3/"), ("link", "Guide 4", "g4/")))
    assert len(trimmed) == 4


def test_with_no_open_guide_every_guide_is_in_one_fold():
    trimmed = navigation.trim(site(3, 1), link, lambda run: ("fold", run))
    assert trimmed[1:] == [("fold", tuple(("link", f"Guide {g}", f"g{g}/") for g in range(3)))]


def test_folded_links_are_written_as_the_theme_writes_a_link_and_escaped():
    html = navigation.links_html([navigation.NavLink("Demand & capacity <2>", '../x"/')])
    assert html == ('<li class="md-nav__item"><a href="../x&quot;/" class="md-nav__link">'
                    '<span class="md-ellipsis">Demand &amp; capacity &lt;2&gt;</span></a></li>')
    assert navigation.links_html([]) == ""
