from toolkit import translations as twins


def test_pairs_by_same_path():
    pairs, problems = twins.pair_pages(["index.md", "cy/index.md", "g/a.md", "cy/g/a.md", "x.css"])
    assert problems == []
    assert pairs == [twins.Pair("g/a.md", "cy/g/a.md"), twins.Pair("index.md", "cy/index.md")]


def test_missing_welsh_twin_names_the_page_and_the_expected_file():
    _, problems = twins.pair_pages(["g/a.md", "g/b.md", "cy/g/a.md"])
    assert [str(p) for p in problems] == [
        "docs/g/b.md: has no Welsh twin: create docs/cy/g/b.md (same file name) with the Welsh text"]


def test_orphan_welsh_page_is_reported():
    _, problems = twins.pair_pages(["cy/g/only.md"])
    assert [str(p) for p in problems] == ["docs/cy/g/only.md: has no English twin: expected docs/g/only.md"]


def test_locale_like_folder_is_reported():
    _, problems = twins.pair_pages(["js/a.md", "cy/js/a.md"])
    assert len(problems) == 1 and "looks like a language code" in problems[0].message


def test_check_site_compares_heading_ids_with_front_matter_line_numbers():
    sources = {
        "a.md": "---\ntitle: A\n---\n\n# A\n\n## One {#one}\n",
        "cy/a.md": "---\ntitle: A\n---\n\n# A\n\n## Un {#un}\n",
    }
    problems = twins.check_site(sources, sources.__getitem__)
    assert any(str(p).startswith("docs/cy/a.md:7: heading id '#un' is not in docs/a.md") for p in problems)
    assert any("'#one'" in str(p) and "missing" in str(p) for p in problems)

def test_check_site_reports_missing_ids_in_either_language():
    sources = {"a.md": "## One {#one}\n", "cy/a.md": "## Un\n"}
    problems = twins.check_site(sources, sources.__getitem__)
    assert [str(p) for p in problems][0].startswith("docs/cy/a.md:1: heading 'Un' has no explicit id")
