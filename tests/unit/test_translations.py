"""Every page and its translations: pairing by path, missing pages, and heading ids (toolkit.translations)."""

from toolkit import translations

from .site import sources_of


def pairs_and_problems(paths):
    return translations.pair_pages(sources_of({path: "# A\n" for path in paths}))


def test_pairs_by_same_path():
    pairs, problems = pairs_and_problems(["index.md", "cy/index.md", "g/a.md", "cy/g/a.md", "x.css"])
    assert problems == []
    assert pairs == [translations.Pair("g/a.md", "cy/g/a.md", "cy"), translations.Pair("index.md", "cy/index.md", "cy")]


def test_missing_welsh_twin_names_the_page_and_the_expected_file():
    _, problems = pairs_and_problems(["g/a.md", "g/b.md", "cy/g/a.md"])
    assert [str(p) for p in problems] == [
        "docs/g/b.md: has no Welsh twin: create docs/cy/g/b.md (same file name) with the Welsh text"]


def test_orphan_welsh_page_is_reported():
    _, problems = pairs_and_problems(["cy/g/only.md"])
    assert [str(p) for p in problems] == ["docs/cy/g/only.md: has no English twin: expected docs/g/only.md"]


def test_locale_like_folder_is_reported_once_naming_the_folder():
    _, problems = pairs_and_problems(["js/a.md", "cy/js/a.md"])
    assert [str(p) for p in problems] == [
        "docs/js/a.md: the folder 'js/' looks like a language code, so the i18n plugin would drop its pages; "
        "rename the folder (three letters or more)"]


def test_check_site_compares_heading_ids_with_front_matter_line_numbers():
    problems = translations.check_site(sources_of({
        "a.md": "---\ntitle: A\n---\n\n# A\n\n## One {#one}\n",
        "cy/a.md": "---\ntitle: A\n---\n\n# A\n\n## Un {#un}\n",
    }))
    assert [str(p) for p in problems] == [
        "docs/cy/a.md:7: heading id '#un' should be '#one' as in docs/a.md (line 7): heading ids are not "
        "translated, so that links to a section work in both languages"]


def test_check_site_reports_missing_ids_in_either_language():
    problems = translations.check_site(sources_of({"a.md": "## One\n", "cy/a.md": "## Un\n"}))
    messages = [str(p) for p in problems]
    assert len(messages) == 2
    assert messages[0].startswith("docs/a.md:1: heading 'One' has no explicit id")
    assert messages[1].startswith("docs/cy/a.md:1: heading 'Un' has no explicit id")
