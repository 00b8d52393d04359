"""One strict build per category of authoring mistake, on a copy of the project with one mistake: the
build fails with exactly one message (file relative to the repository, line, what to do), no traceback,
and nothing half-published."""

from __future__ import annotations

import pytest

from tests.conftest import build_site, copy_project

pytestmark = pytest.mark.build

TIPS = "docs/co-production/tips.md"


def errors_of(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("ERROR")]


def build_with(tmp_path, path: str, change, binary: bool = False):
    config = copy_project(tmp_path)
    page = tmp_path / path
    if binary:
        page.write_bytes(change(page.read_bytes()))
    else:
        page.write_text(change(page.read_text(encoding="utf-8")), encoding="utf-8")
    return build_site(tmp_path / "site", "http://127.0.0.1:8000/", config)


def assert_one_error(result, expected: str):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    assert errors_of(result) == [f"ERROR   -  toolkit: {expected}"], result.stderr


def test_front_matter_that_is_not_yaml_stops_the_build_with_one_message(tmp_path):
    result = build_with(tmp_path, TIPS, lambda t: t.replace("order: 7", "order: 7\n  bad: indent", 1))
    assert_one_error(result, f"{TIPS}:4: the front matter is not valid YAML: mapping values are not allowed "
                             f"here; write each setting as 'key: value' at the start of its line, and put a "
                             f"value holding ': ' or '#' in quotes")


def test_an_impossible_date_stops_the_build_with_one_message(tmp_path):
    result = build_with(tmp_path, TIPS, lambda t: t.replace("next_review: 2027-11-25", "next_review: 2027-02-30"))
    errors = errors_of(result)
    assert len(errors) == 1 and f"{TIPS}:" in errors[0] and "is not a real date: 2027-02-30" in errors[0], errors


def test_a_page_that_is_not_utf8_stops_the_build_with_one_message_and_no_traceback(tmp_path):
    result = build_with(tmp_path, TIPS, lambda b: b.replace(b"# ", b"# \xe9", 1), binary=True)
    errors = errors_of(result)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert len(errors) == 1 and f"{TIPS}:" in errors[0] and "is not UTF-8: the byte 0xE9" in errors[0], errors


def test_a_page_saved_with_a_byte_order_mark_builds(tmp_path):
    result = build_with(tmp_path, TIPS, lambda b: b"\xef\xbb\xbf" + b, binary=True)
    assert result.returncode == 0, result.stderr


def test_an_emptied_page_gives_one_message(tmp_path):
    result = build_with(tmp_path, TIPS, lambda t: "")
    assert_one_error(result, f"{TIPS}: the page is empty: write its front matter and text, or delete it and its "
                             f"twins in the other languages")


def test_a_translated_heading_id_gives_one_message_at_the_welsh_heading(tmp_path):
    result = build_with(tmp_path, "docs/cy/co-production/tips.md",
                        lambda t: t.replace("{#transparent-inclusive}", "{#tryloyw-cynhwysol}"))
    assert_one_error(result, "docs/cy/co-production/tips.md:11: heading id '#tryloyw-cynhwysol' should be "
                             "'#transparent-inclusive' as in docs/co-production/tips.md (line 11): heading ids "
                             "are not translated, so that links to a section work in both languages")


def test_a_misspelt_ladder_marker_gives_one_message_on_the_page_that_has_it(tmp_path):
    result = build_with(tmp_path, "docs/co-production/what-next.md",
                        lambda t: t.replace("toolkit:ladder co-production", "toolkit:lader co-production"))
    errors = errors_of(result)
    assert len(errors) == 1 and "docs/co-production/what-next.md:19: unknown marker 'toolkit:lader'" in errors[0]


def test_a_link_to_a_missing_section_fails_the_strict_build_with_its_line(tmp_path):
    result = build_with(tmp_path, TIPS, lambda t: t.replace(
        "## Be transparent", "See [the rationale](rationale.md#no-such-section).\n\n## Be transparent", 1))
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert errors_of(result) == [
        f"ERROR   -  {TIPS}:11: the link 'rationale.md#no-such-section' goes to a section '#no-such-section' "
        f"that docs/co-production/rationale.md does not have; use one of its heading ids, or give the heading "
        f"that id"], result.stderr


def test_a_space_in_a_heading_id_fails_the_build_with_one_message(tmp_path):
    config = copy_project(tmp_path)
    for path in (TIPS, "docs/cy/co-production/tips.md"):
        page = tmp_path / path
        page.write_text(page.read_text(encoding="utf-8").replace("{#measure-impact}", "{#measure impact}"),
                        encoding="utf-8")
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", config)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert [e.split("toolkit: ", 1)[1] for e in errors_of(result)] == [
        f"{path}: heading id '{{#measure impact}}' must be lower-case words joined by hyphens, with no "
        f"spaces: write {{#measure-impact}}" for path in (_at(tmp_path, TIPS, "{#measure impact}"),
                                                          _at(tmp_path, "docs/cy/co-production/tips.md", "{#measure impact}"))
    ], result.stderr


def _at(root, path: str, text: str) -> str:
    """`path:line` of the first line of the page holding `text` (the pages' own lines move as they are edited)."""
    lines = (root / path).read_text(encoding="utf-8").splitlines()
    return f"{path}:{next(n for n, line in enumerate(lines, start=1) if text in line)}"


def test_a_pasted_script_from_another_site_gives_one_message(tmp_path):
    result = build_with(tmp_path, TIPS, lambda t: t.replace(
        "## Be transparent", '<script src="https://tracker.example/t.js"></script>\n\n## Be transparent', 1))
    assert_one_error(result, f"{TIPS}:11: a <script> element is not allowed in a page: the site runs only its own "
                             f"scripts and embeds nothing from another site; remove it (for a video or a document "
                             f"elsewhere, link to it)")


def test_raw_html_in_a_quiz_option_is_one_message_and_is_never_markup(tmp_path):
    result = build_with(tmp_path, TIPS, lambda t: t.replace(
        "text: Leave them out of the evaluation", "text: Leave them <script>alert(1)</script> out", 1))
    errors = errors_of(result)
    assert result.returncode != 0 and len(errors) == 1, result.stderr
    assert f"{TIPS}:" in errors[0] and "the quiz holds raw HTML ('<script>')" in errors[0]
    html = (tmp_path / "site" / "co-production" / "tips" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html


def test_an_image_from_another_host_fails_the_build_after_the_page_is_built(tmp_path):
    result = build_with(tmp_path, TIPS, lambda t: t.replace(
        "## Be transparent", "![A chart](https://cdn.example/chart.png)\n\n## Be transparent", 1))
    assert_one_error(result, f"{TIPS}:11: the built page loads <img src> from another site "
                             f"(https://cdn.example/chart.png); the site loads nothing from other hosts: remove it, "
                             f"or link to it")


def test_an_exception_inside_a_hook_is_reported_as_a_bug_with_the_file_and_no_traceback(tmp_path):
    config = copy_project(tmp_path)
    (tmp_path / "hooks" / "boom.py").write_text(
        "def on_page_markdown(markdown, page, config, files):\n"
        "    if page.file.src_uri.endswith('tips.md'):\n"
        "        raise ValueError('something unforeseen')\n"
        "    return markdown\n", encoding="utf-8")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - hooks/offline.py", "  - hooks/offline.py\n  - hooks/boom.py"), encoding="utf-8")
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", config)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert ("ERROR   -  bug in the toolkit: hooks/boom.py (on_page_markdown) failed while processing "
            "docs/co-production/tips.md: ValueError: something unforeseen. This is not a mistake in the page; "
            "please report it with this line") in result.stderr.splitlines(), result.stderr


def test_a_page_over_200_kb_gets_a_warning_naming_it(tmp_path):
    result = build_with(tmp_path, TIPS, lambda t: t + "\n" + "Long text. " * 20000 + "\n")
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert errors_of(result) == [] and "Traceback" not in result.stderr, result.stderr
    assert len(warnings) == 1 and warnings[0].startswith(f"WARNING -  toolkit: {TIPS}: the page is ") \
        and warnings[0].endswith("KB of Markdown, over the 200 KB limit: split it into several pages of the guide"), \
        result.stderr


WHAT_NEXT = "docs/co-production/what-next.md"


def test_a_misspelt_ladder_id_on_the_english_page_is_one_message_there_not_on_the_welsh_page(tmp_path):
    result = build_with(tmp_path, WHAT_NEXT, lambda t: t.replace("toolkit:ladder co-production",
                                                                 "toolkit:ladder co-prodution", 1))
    assert_one_error(result, f"{_at(tmp_path, WHAT_NEXT, 'co-prodution')}: no ladder 'co-prodution': expected a "
                             f"file ladders/co-prodution.yml (ladders: co-production)")


def test_a_marker_in_capitals_is_one_message_at_its_line(tmp_path):
    result = build_with(tmp_path, WHAT_NEXT, lambda t: t.replace("<!-- toolkit:ladder co-production -->",
                                                                 "<!-- Toolkit:Ladder co-production -->", 1))
    assert_one_error(result, f"{_at(tmp_path, WHAT_NEXT, 'Toolkit:Ladder')}: write the marker exactly as "
                             f"<!-- toolkit:ladder co-production --> (found '<!-- Toolkit:Ladder co-production -->')")


def test_a_javascript_link_in_a_quiz_option_is_one_message_at_its_line(tmp_path):
    result = build_with(tmp_path, TIPS, lambda t: t.replace(
        "text: Leave them out of the evaluation", "text: Leave them [out](javascript:alert(1))", 1))
    assert_one_error(result, f"{_at(tmp_path, TIPS, 'javascript:')}: the quiz holds a 'javascript:' link, which is "
                             f"not allowed; link to a page or an https:// address")


def test_raw_html_in_a_trainer_note_is_one_message_and_is_shown_as_text(tmp_path):
    result = build_with(tmp_path, TIPS, lambda t: t.replace(
        "treated as equal partners in them?", "treated as <b>equal</b> partners in them?", 1))
    assert_one_error(result, f"{_at(tmp_path, TIPS, '<b>equal</b>')}: the trainer note holds raw HTML ('<b>'): "
                             f"trainer note texts take inline Markdown only (**bold**, *italic*, [a link](page.md), "
                             f"`code`; and <span lang=\"en\">…</span> for words in another language); remove the "
                             f"HTML, or write '<' as '&lt;' to show the character")
    html = (tmp_path / "site" / "trainers" / "co-production.html").read_text(encoding="utf-8")
    assert "<b>equal</b>" not in html and "&lt;b&gt;equal&lt;/b&gt;" in html


def test_a_style_in_a_page_is_one_message_at_its_line(tmp_path):
    result = build_with(tmp_path, TIPS, lambda t: t.replace(
        "## Be transparent", '<p style="color: red">Red</p>\n\n## Be transparent', 1))
    assert_one_error(result, f"{_at(tmp_path, TIPS, 'style=')}: the 'style' attribute on <p> is not allowed in a "
                             f"page: the site's Content-Security-Policy blocks styles written in a page, so it would "
                             f"not work; remove it (the site's stylesheets style every page)")


def test_what_the_policy_would_block_in_a_built_page_is_one_message_at_its_line(tmp_path):
    # attr_list writes the attribute, not raw HTML: the Markdown checks cannot see it, the built page's can.
    result = build_with(tmp_path, TIPS, lambda t: t.replace("required.\n", "required.\n{: onclick=\"go()\" }\n", 1))
    assert_one_error(result, f"{_at(tmp_path, TIPS, 'onclick')}: the built page holds an inline event handler "
                             f"('onclick' on <p>), which the site's Content-Security-Policy blocks, so it would not "
                             f"work: remove it; a script goes in a file under overrides/assets/ (toolkit.assets), "
                             f"its settings in data-* attributes")


def test_a_heading_inside_a_note_without_an_id_is_one_message_at_its_line(tmp_path):
    result = build_with(tmp_path, TIPS, lambda t: t.replace(
        "## Measure impact", "!!! note\n\n    ## Inside a note\n\n## Measure impact", 1))
    assert_one_error(result, f"{_at(tmp_path, TIPS, 'Inside a note')}: heading 'Inside a note' has no explicit id; "
                             f"write it as '## Inside a note {{#some-id}}' with the same id in both languages")
