"""Content safety (toolkit.safety): one exact message per unsafe thing, at its line; safe content passes."""

from __future__ import annotations

import pytest

from toolkit import safety

EMBEDS = ("a <{tag}> element is not allowed in a page: the site runs only its own scripts and embeds nothing "
          "from another site; remove it (for a video or a document elsewhere, link to it)")
STYLES = ("the site's Content-Security-Policy blocks styles written in a page, so it would not work; remove it "
          "(the site's stylesheets style every page)")
TEXT_ONLY = ("take inline Markdown only (**bold**, *italic*, [a link](page.md), `code`; and <span lang=\"en\">"
             "…</span> for words in another language); remove the HTML, or write '<' as '&lt;' to show the "
             "character")

PAGE_CASES = {
    "script": ('Text.\n\n<script src="https://tracker.example/t.js"></script>\n',
               f"docs/g/p.md:3: {EMBEDS.format(tag='script')}"),
    "iframe": ('<iframe src="https://www.youtube.com/embed/x"></iframe>\n', f"docs/g/p.md:1: {EMBEDS.format(tag='iframe')}"),
    "object": ('<object data="x.swf"></object>\n', f"docs/g/p.md:1: {EMBEDS.format(tag='object')}"),
    "embed": ('Text\n<EMBED src="x.swf">\n', f"docs/g/p.md:2: {EMBEDS.format(tag='embed')}"),
    "event handler": ('<p onclick="steal()">Click</p>\n',
                      "docs/g/p.md:1: the 'onclick' attribute on <p> runs a script, which is not allowed in a page; "
                      "remove it"),
    "frame": ('<frame src="https://x.example/">\n', f"docs/g/p.md:1: {EMBEDS.format(tag='frame')}"),
    "meta refresh": ('Text.\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n',
                     "docs/g/p.md:2: a <meta> element is not allowed in a page: it changes where the page goes or "
                     "what it loads, and the site's templates write every page's head; remove it"),
    "base": ('<base href="https://evil.example/">\n',
             "docs/g/p.md:1: a <base> element is not allowed in a page: it changes where the page goes or what it "
             "loads, and the site's templates write every page's head; remove it"),
    "style element": ("<style>@import url(https://cdn.example/x.css);</style>\n",
                      f"docs/g/p.md:1: a <style> element is not allowed in a page: {STYLES}"),
    "style attribute": ('<div style="color: red">Red</div>\n',
                        f"docs/g/p.md:1: the 'style' attribute on <div> is not allowed in a page: {STYLES}"),
    "form": ('<form action="https://evil.example/collect"><input name="a"></form>\n',
             "docs/g/p.md:1: a <form> is not allowed in a page: the site sends nothing anywhere; remove it (for a "
             "form elsewhere, link to it)"),
    "javascript link": ("[Click](javascript:alert(1))\n",
                        "docs/g/p.md:1: a 'javascript:' link is not allowed in a page; link to a page or an "
                        "https:// address"),
    "javascript href": ('<a href=" JavaScript:alert(1)">x</a>\n',
                        "docs/g/p.md:1: a 'javascript:' address (in 'href' on <a>) is not allowed in a page; link "
                        "to a page or an https:// address"),
}


@pytest.mark.parametrize("case", sorted(PAGE_CASES))
def test_unsafe_page_content_is_one_message_at_its_line(case):
    markdown, expected = PAGE_CASES[case]
    assert [str(p) for p in safety.page_problems(markdown, "docs/g/p.md")] == [expected]


def test_the_line_counts_the_front_matter():
    assert [p.line for p in safety.page_problems("<script></script>\n", "docs/g/p.md", first_line=9)] == [9]


def test_code_showing_html_is_safe():
    markdown = "Write `<script>` to...\n\n```html\n<script src=\"x.js\"></script>\n```\n\n[Site](https://x.org)\n"
    assert safety.page_problems(markdown, "docs/g/p.md") == []


def test_raw_html_in_a_quiz_is_one_message_at_its_line():
    markdown = "# T {#t}\n\n```quiz\nid: q\nquestions:\n  - q: Which <script>alert(1)</script>?\n```\n"
    assert [str(p) for p in safety.text_problems(markdown, "docs/g/p.md")] == [
        f"docs/g/p.md:6: the quiz holds raw HTML ('<script>'): quiz texts {TEXT_ONLY}"]


def test_raw_html_in_a_trainer_note_is_one_message_at_its_line():
    markdown = "# T {#t}\n\n```trainer\nask: Who walked it <b>last</b>?\n```\n"
    assert [str(p) for p in safety.text_problems(markdown, "docs/g/p.md", first_line=7)] == [
        f"docs/g/p.md:10: the trainer note holds raw HTML ('<b>'): trainer note texts {TEXT_ONLY}"]


@pytest.mark.parametrize("fence, the", [("quiz", "the quiz"), ("trainer", "the trainer note")])
def test_a_javascript_link_in_a_quiz_or_a_note_is_one_message_at_its_line(fence, the):
    # Fenced blocks are not the page's own text for page_problems, so the component's check says it.
    markdown = f"```{fence}\nask: See [this](javascript:alert(1)) or `[code](javascript:x)`\n```\n"
    assert safety.page_problems(markdown, "docs/g/p.md") == []
    assert [str(p) for p in safety.text_problems(markdown, "docs/g/p.md")] == [
        f"docs/g/p.md:2: {the} holds a 'javascript:' link, which is not allowed; link to a page or an https:// "
        f"address"]


def test_a_javascript_link_in_a_ladder_file_is_one_message_at_its_line():
    text = "rungs:\n  - en: \"[Go](javascript:alert(1))\"\n"
    assert [str(p) for p in safety.data_problems(text, "ladders/x.yml", "ladder")] == [
        "ladders/x.yml:2: the ladder holds a 'javascript:' link, which is not allowed; link to a page or an "
        "https:// address"]


def test_a_language_span_an_autolink_and_code_in_a_quiz_are_fine():
    markdown = ('```quiz\nq: Who is <span lang="en">TLAP</span>, <https://x.org>, `<b>`?\n```\n'
                "<b>outside a quiz, not a quiz text</b>\n")
    assert safety.text_problems(markdown, "docs/g/p.md") == []


def test_raw_html_in_a_ladder_file_is_one_message_at_its_line():
    text = "# a <comment> in YAML is fine\nrungs:\n  - en: Doing <img src=x onerror=alert(1)> to\n"
    assert [str(p) for p in safety.data_problems(text, "ladders/x.yml", "ladder")] == [
        f"ladders/x.yml:3: the ladder holds raw HTML ('<img src=x onerror=alert(1)>'): ladder texts {TEXT_ONLY}"]


def test_a_resource_from_another_host_is_found_and_a_link_is_not():
    html = ('<a href="https://www.youtube.com/watch?v=x">Video</a><script src="/assets/x.js"></script>'
            '<img src="https://cdn.example/i.png"><link rel="stylesheet" href="//fonts.example/css">'
            '<link rel="alternate" hreflang="cy" href="https://other.example/cy/">'
            '<img srcset="a.png 1x, https://cdn.example/b.png 2x"><div style="background:url(https://t.example/p)">'
            '<script src="http://127.0.0.1:8000/own.js"></script>')
    assert safety.foreign_resources(html, "127.0.0.1") == [
        ("<img src>", "https://cdn.example/i.png"), ('<link rel="stylesheet">', "//fonts.example/css"),
        ("<img srcset>", "https://cdn.example/b.png"), ("a style's url()", "https://t.example/p")]
