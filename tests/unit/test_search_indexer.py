"""Our search indexer (toolkit.search.indexer): the same entries as Material's html.parser-based
indexing for ordinary content, and nothing marked data-search-exclude (the quizzes' answers)."""

from __future__ import annotations

from textwrap import dedent
from types import SimpleNamespace

import markdown
import pytest
from bs4 import BeautifulSoup
from material.plugins.search.plugin import SearchIndex

from toolkit import strings
from toolkit.ladder import parse as ladder_parse
from toolkit.ladder import render as ladder_render
from toolkit.ladder.placement import ASSESSMENT, LADDER
from toolkit.quiz import blocks, parse, render
from toolkit.search import indexer

from .ladder_samples import PATH, VALID
from .test_quiz_render import SOURCE as QUIZ_SOURCE

# MkDocs' own Markdown extensions and the project's (mkdocs.yml), so the fixtures are what pages hold.
EXTENSIONS = ["toc", "tables", "fenced_code", "attr_list", "md_in_html", "footnotes", "admonition", "def_list",
              "pymdownx.details", "pymdownx.superfences"]


def to_html(text: str) -> tuple[str, tuple[str, ...]]:
    """Page content and its toc ids, as MkDocs makes them."""
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs={"toc": {"permalink": True}})
    html = md.convert(dedent(text))

    def ids(tokens):
        for token in tokens:
            yield token["id"]
            yield from ids(token["children"])
    return html, tuple(ids(md.toc_tokens))


class Anchor:
    """What Material reads of a page's toc item."""

    def __init__(self, anchor_id: str):
        self.id, self.url, self.children = anchor_id, "#" + anchor_id, []


def material(html: str, url: str = "guide/page/", title: str = "Page", meta: dict | None = None,
             toc: tuple[str, ...] = ()) -> list[dict]:
    page = SimpleNamespace(content=html, url=url, title=title, meta=meta or {}, toc=[Anchor(i) for i in toc])
    index = SearchIndex()
    index.add_entry_from_context(page)
    return index.entries


def ours(html: str, url: str = "guide/page/", title: str = "Page", meta: dict | None = None,
         toc: tuple[str, ...] = (), readable: bool = True) -> list[dict]:
    meta = meta or {}
    found = indexer.entries(html, url, str(meta.get("title", title)), {i: "#" + i for i in toc},
                            meta.get("search"), meta.get("tags"), readable)
    return [entry.as_json() for entry in found]


PAGE = """\
    # Co-production &amp; co-design {#top}

    Intro with **bold**, *emphasis*, `code <tag>` and a [link](other.md "A title").
    Entities: &amp; &lt;b&gt; &copy; &nbsp;x &#8212; "quotes" 'apostrophes' &quot;q&quot;.
    Cymraeg: cydgynhyrchu, ŵ ŷ Ŵ Ŷ â ê, dŵr a tŷ.

    ## Lists {#lists}

    - one
    - two with `code`
        1. nested
        2. nested two

    ## Code {#code}

    ```python
    def f(a, b):
        return a < b and "x" != 'y'  # &amp; stays as written
    ```

        indented code
          keeps    its spacing

    ## Footnotes {#footnotes}

    A claim.[^1] And H~2~O is not sub, but <sub>this</sub> and <sup>this</sup> are.

    [^1]: The source, with a [link](https://example.org).

    ## Admonitions and details {#admonitions}

    !!! note "A note"
        Text in a note.

    ??? tip "Open me"
        Hidden tip.

    ## Table and quote {#table}

    | a | b |
    |---|---|
    | 1 | 2 &amp; 3 |

    > A quote
    > on two lines.

    Term
    :   Definition

    ### Deeper heading `with code` {#deeper}

    <div markdown>
    ## Inside a div {#inside}

    Inside text.
    </div>

    After the div.

    #### Empty section {#empty}
    #### Next {#next}

    <p>  spaced   text  </p>
    <!-- a comment -->
    <p>a < b and 1<2, <em>inline</em>   <strong> </strong> end</p>
    <p></p>
    <ul>
    <li> </li>
    <li>kept</li>
    </ul>
    """


@pytest.mark.parametrize("text", [
    PAGE,
    "Text before any heading.\n\n## First {#first}\n\nBody.\n",
    "## No h1 {#no-h1}\n\nBody.\n",
    "### Only h3 {#h3}\n\n#### Then h4 {#h4}\n",
    "Just text, no heading.\n",
    "",
    "# Title {#t}\n\n## Empty title {#e}\n\n## {#blank}\n\nText.\n",
    "## Left out {#out data-search-exclude}\n\nGone.\n\n## Kept {#kept}\n\nHidden\n{ data-search-exclude }\n\nShown.\n",
])
def test_the_same_entries_as_materials_parser_for_ordinary_content(text):
    html, toc = to_html(text)
    assert ours(html, toc=toc) == material(html, toc=toc)


@pytest.mark.parametrize("html", [
    '\n<h1 id="t">Leading whitespace</h1><p>a</p>',  # the text before <h1> makes a section of its own
    '<h2 id="a">A</h2><p>x</p><h2>No id</h2><p>y</p>',  # Material puts "No id" into A's title
    '<div><h2 id="a">A</h2><p>in</p></div><p>after</p><h2 id="b">B</h2>',
    '<p>x</p><div data-search-exclude="true"><p>gone</p><ul><li>gone</li></ul></div><p>kept</p>',
    '<h2 id="a" data-search-exclude>A</h2><p>the whole section goes</p><h2 id="b">B</h2><p>b</p>',
    '<p>x<script>var s = "<p>no</p>";</script><style>p{}</style><object><p>no</p></object>y</p>',
    '<pre><code>  a\n\n  b &amp;&lt; </code></pre><pre>  </pre>',
    '<p>a<br>b<br/>c<img src="x" alt="no"><hr>d<input value="no"></p>',
    '<P CLASS="x">Upper case</P><H2 ID="u">Upper</H2>',
    '<table><tr><td class="linenos"><div class="linenodiv"><pre>1\n2</pre></div></td>'
    '<td><pre><code>a\nb</code></pre></td></tr></table>',
    '<h2 id="c">With <code>code</code> and <a class="headerlink" href="#c">&para;</a></h2>',
    '<p>&nbsp;</p><p>x &amp;amp; y&#x27;s &unknown; &amp</p>',
    '<svg viewBox="0 0 1 1"><path d="M0 0"/><title>Icon</title></svg><p>after</p>',
])
def test_the_same_entries_as_materials_parser_for_markup_edge_cases(html):
    assert ours(html, toc=("a", "b", "c", "t", "u")) == material(html, toc=("a", "b", "c", "t", "u"))


def test_entry_locations_titles_and_escaping():
    html, toc = to_html(PAGE)
    found = {e["location"]: e for e in ours(html, url="co-production/", toc=toc)}
    assert list(found)[:3] == ["co-production/", "co-production/#lists", "co-production/#code"]
    assert found["co-production/"]["title"] == "Co-production &amp; co-design"  # no permalink ¶
    assert "ŵ ŷ Ŵ Ŷ" in found["co-production/"]["text"]
    assert "<code>code &lt;tag&gt;</code>" in found["co-production/"]["text"]
    assert found["co-production/#empty"]["text"] == ""
    assert found["co-production/#deeper"]["title"] == "Deeper heading <code>with code</code>"


def test_front_matter_title_exclude_boost_and_tags():
    html = "<p>No heading</p><h2 id='a'>A</h2>"
    assert [e["title"] for e in ours(html, meta={"title": "From front matter"})] == ["From front matter", "A"]
    assert ours(html, meta={"search": {"exclude": True}}) == []
    meta = {"search": {"boost": 2}, "tags": ["Quiz", "", 3, None]}
    assert ours(html, meta=meta) == material(html, meta=meta)
    assert all(e["boost"] == 2 and e["tags"] == ["Quiz", "3"] for e in material(html, meta=meta))


def test_an_excluded_element_stays_excluded_to_its_end():
    # Material's parser compares open elements by tag name: the inner </div> ended its exclusion, and
    # "secret" was indexed. Ours leaves out the whole element.
    html = '<div data-search-exclude><div>a</div>secret<h2 id="x">Heading inside</h2></div><p>after</p>'
    (entry,) = ours(html)
    assert entry["text"] == "<p>after</p>"


# ---- quizzes and the ladder ------------------------------------------------------------------------------

def quiz_html(language: str = "en") -> str:
    (block,) = blocks.find(QUIZ_SOURCE)
    quiz, problems = parse.parse(block, "docs/page.md")
    assert not problems
    fragments = {name: markdown.markdown(text)[3:-4] for name, text in render.texts(quiz).items()}
    return '<h2 id="quiz-demo">Check yourself</h2>\n' + render.render(quiz, fragments, strings.load(language))


def ladder_html(kind: str, ladder, language: str = "en") -> str:
    html = {name: markdown.markdown(text)[3:-4]
            for name, text in ladder_render.texts(kind, ladder, language).items()}
    return ladder_render.render(kind, ladder, language, strings.load(language), html)


def texts(html: str, selector: str) -> list[str]:
    return [" ".join(n.get_text(" ").split()) for n in BeautifulSoup(html, "html.parser").select(selector)]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_quizs_answers_feedback_and_explanations_are_not_indexed(language):
    html = quiz_html(language)
    (entry,) = [e for e in ours(html) if e["location"].endswith("#quiz-demo")]
    s = strings.load(language)
    for label in ("quiz_check", "quiz_try_again", "quiz_show_answer", "quiz_answer_one", "quiz_answer_many",
                  "quiz_option_feedback", "quiz_explanation", "quiz_reset"):
        assert s[label] not in entry["text"], label
    answers = texts(html, ".ic-quiz__feedback, .ic-quiz__explanation, .ic-quiz__key")
    assert len(answers) >= 6
    for answer in answers:
        assert answer not in entry["text"]
    assert "Because of this" not in entry["text"] and "It is blue" not in entry["text"]
    # Readers may search for a question and its options.
    for question in ("Which one is", "The sky is green.", "Pick the vowels.", "This one", "That one"):
        assert question in entry["text"]
    # The quiz is found by what it is: its name (role="group", aria-label) leads the section's text.
    assert entry["text"].startswith(s["quiz_label"] + " "), entry["text"][:40]
    # Material's parser honours the same marks (the quiz nests no element in one of its own tag).
    assert ours(html, readable=False) == material(html)


def test_the_self_assessments_key_and_the_scripts_controls_are_not_indexed():
    ladder, problems = ladder_parse(VALID, PATH, "small")
    assert not problems
    html = '<h2 id="where">Where is your project?</h2>\n' + ladder_html(ASSESSMENT, ladder)
    (entry,) = [e for e in ours(html) if e["location"].endswith("#where")]
    s = strings.load("en")
    for label in ("ladder_check_key_title", "ladder_check_submit", "ladder_check_clear", "ladder_check_yes"):
        assert s[label] not in entry["text"], label
    assert "If this is true" not in entry["text"] and "rung 2" not in entry["text"]
    assert "We do two" in entry["text"] and "We do three" in entry["text"]
    # Found by what it is: the group's name leads the section's text, as for a quiz.
    assert entry["text"].startswith(s["ladder_check_label"] + " "), entry["text"][:40]
    assert ours(html, readable=False) == material(html)
    # The ladder itself is content: every rung's meaning is searchable, in the rung's own entry, titled as
    # a screen reader reads its summary (the visible number, aria-hidden, is not run into it).
    drawn = ladder_html(LADDER, ladder)
    (rung,) = [e for e in ours(drawn) if "First rung" in e["text"]]
    assert rung["location"].endswith("-one") and rung["title"].startswith("Rung 1: One"), rung
    assert "First rung" in ours(drawn, readable=False)[0]["text"]


def test_the_marks_are_removed_from_the_page():
    html = quiz_html() + ladder_html(ASSESSMENT, ladder_parse(VALID, PATH, "small")[0])
    assert "data-search-exclude" in html
    clean = indexer.strip_markers(html)
    assert "data-search-" not in clean
    assert BeautifulSoup(clean, "html.parser").select("details.ic-quiz__answer")  # the markup is intact
    assert clean.count("<") == html.count("<") and ' hidden>' in clean
    assert indexer.strip_markers('<p x="1" data-search-exclude="">a</p>') == '<p x="1">a</p>'
    prose = "<p>Write data-search-exclude after a heading.</p><pre><code>data-search-exclude</code></pre>"
    assert indexer.strip_markers(prose) == prose


# ---- results read as text (issue 16) --------------------------------------------------------------------

def test_aria_hidden_text_is_left_out_as_a_screen_reader_leaves_it():
    html = ('<h2 id="a">A</h2><p><span aria-hidden="true">7</span><span class="sr">Rung 7: </span>'
            '<span>Co-production</span></p><p aria-hidden="true">Doing with</p><p aria-hidden="false">Seen</p>')
    assert ours(html)[1]["text"] == "<p>Rung 7: Co-production</p><p>Seen</p>"
    assert ours(html, readable=False) == material(html)


def test_a_list_numbered_otherwise_than_from_one_is_kept_without_numbers():
    html = ('<h2 id="a">A</h2><ol reversed><li>Top</li><li>Bottom</li></ol><ol start="3"><li>Third</li></ol>'
            '<ol><li>First</li></ol>')
    assert ours(html)[1]["text"] == ("<ul><li>Top</li><li>Bottom</li></ul><ul><li>Third</li></ul>"
                                     "<ol><li>First</li></ol>")
    assert ours(html, readable=False) == material(html)


def test_a_details_with_an_id_is_a_section_titled_by_its_summary():
    html = ('<h2 id="a">Ladder</h2><p>Intro</p><ol><li><details id="r2"><summary><span aria-hidden="true">2'
            '</span>Rung 2: Two</summary><p>Second rung</p></details></li><li><details id="r1"><summary>Rung 1: One'
            '</summary><p>First rung</p></details></li></ol><p>After</p><details><summary>No id</summary>'
            '<p>Stays</p></details>')
    assert [(e["location"], e["title"], e["text"]) for e in ours(html)] == [
        ("guide/page/", "Page", ""),
        ("guide/page/#a", "Ladder", "<p>Intro</p><p>After</p>No id<p>Stays</p>"),
        ("guide/page/#r2", "Rung 2: Two", "<p>Second rung</p>"),
        ("guide/page/#r1", "Rung 1: One", "<p>First rung</p>"),
    ]
    assert ours(html, readable=False) == material(html)


def test_a_named_group_is_found_by_its_name():
    html = '<h2 id="q">Check</h2><div role="group" aria-label="Quiz  one"><p>Question</p></div>'
    assert ours(html)[1]["text"] == "Quiz one <p>Question</p>"
    assert ours('<h2 id="q">Check</h2><div aria-label="Quiz"><p>Question</p></div>')[1]["text"] == "<p>Question</p>"
    assert ours(html, readable=False) == material(html)
