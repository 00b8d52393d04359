from toolkit import headings


def test_parse_reads_levels_texts_ids_and_lines():
    md = "# Title {#top}\n\nText\n\n## Benefits {#benefits}\n### Step one {: #step-one .x }\n"
    found = headings.parse(md)
    assert [(h.level, h.text, h.id, h.line) for h in found] == [
        (1, "Title", "top", 1), (2, "Benefits", "benefits", 5), (3, "Step one", "step-one", 6)]


def test_parse_ignores_fenced_code_and_counts_from_offset():
    md = "```\n## not a heading\n```\n## Real {#real}\n"
    found = headings.parse(md, first_line=10)
    assert [(h.text, h.line) for h in found] == [("Real", 13)]


def test_missing_id_names_file_line_and_heading():
    found = headings.parse("## With {#with}\n\n### Without\n")
    problems = headings.missing_ids("docs/a.md", found)
    assert [str(p) for p in problems] == [
        "docs/a.md:3: heading 'Without' has no explicit id; write it as '### Without {#some-id}' "
        "with the same id in both languages"]


def test_h1_and_h5_need_no_id():
    assert headings.missing_ids("a.md", headings.parse("# Title\n##### Small\n")) == []


def test_duplicate_ids_are_reported():
    problems = headings.duplicate_ids("a.md", headings.parse("## A {#x}\n## B {#x}\n"))
    assert len(problems) == 1 and problems[0].line == 2 and "'#x' is used twice" in problems[0].message


def test_compare_identical_ids_is_clean():
    en = headings.parse("## Benefits {#benefits}\n")
    cy = headings.parse("## Manteision {#benefits}\n")
    assert headings.compare("en.md", en, "cy.md", cy) == []


def test_a_translated_id_is_one_message_at_the_welsh_heading():
    en = headings.parse("## Benefits {#benefits}\n## Goals {#goals}\n")
    cy = headings.parse("## Manteision {#manteision}\n## Nodau {#goals}\n")
    assert [str(p) for p in headings.compare("en.md", en, "cy.md", cy)] == [
        "cy.md:1: heading id '#manteision' should be '#benefits' as in en.md (line 1): heading ids are not "
        "translated, so that links to a section work in both languages"]


def test_compare_reports_an_id_missing_in_welsh_and_an_extra_one():
    en = headings.parse("## Benefits {#benefits}\n## Goals {#goals}\n")
    cy = headings.parse("## Nodau {#goals}\n## Manteision {#manteision}\n## Eraill {#eraill}\n")
    messages = [str(p) for p in headings.compare("en.md", en, "cy.md", cy)]
    assert any("'#benefits'" in m and "missing" in m for m in messages)
    assert any(m.startswith("cy.md:2:") and "'#manteision' is not in en.md" in m for m in messages)


def test_compare_reports_a_different_order():
    en = headings.parse("## A {#a}\n## B {#b}\n")
    cy = headings.parse("## B {#b}\n## A {#a}\n")
    problems = headings.compare("en.md", en, "cy.md", cy)
    assert len(problems) == 1 and "same order" in problems[0].message
