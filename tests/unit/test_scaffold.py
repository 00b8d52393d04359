"""The new-guide scaffold (toolkit.scaffold), the TO WRITE / TO TRANSLATE markers (toolkit.translations.markers)
and the command that writes the files (toolkit.cli new-guide)."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from toolkit import cli, scaffold, translations
from toolkit.frontmatter import split
from toolkit.headings import parse as parse_headings
from toolkit.quiz import site as quiz_site
from .site import sources_of

TODAY = dt.date(2027, 3, 14)


def planned(**kwargs) -> dict[str, str]:
    files, problems = scaffold.plan("process-mapping", "Process mapping", today=TODAY, **kwargs)
    assert problems == []
    return files


def test_every_page_is_created_in_both_languages():
    files = planned()
    english = [p for p in files if not p.startswith("cy/")]
    assert english == [f"process-mapping/{s.slug}.md" for s in scaffold.DEFAULT_PAGES]
    assert sorted(files) == sorted(english + [scaffold.welsh_path(p) for p in english])


def test_front_matter_names_the_guide_orders_the_pages_and_dates_the_review():
    files = planned(name_cy="Mapio prosesau")
    meta, _, _ = split(files["process-mapping/index.md"])
    assert meta["guide"] == "Process mapping" and meta["title"] == "Process mapping: introduction"
    assert meta["order"] == 1 and str(meta["last_reviewed"]) == "2027-03-14"
    assert str(meta["next_review"]) == "2028-03-14"
    cy, _, _ = split(files["cy/process-mapping/index.md"])
    assert cy["guide"] == "Mapio prosesau" and cy["order"] == 1
    assert cy["title"].startswith("TO TRANSLATE: ")
    orders = [split(files[f"process-mapping/{s.slug}.md"])[0]["order"] for s in scaffold.DEFAULT_PAGES]
    assert orders == [1, 2, 3, 4]


def test_the_welsh_guide_name_is_marked_when_it_is_not_given():
    meta, _, _ = split(planned()["cy/process-mapping/index.md"])
    assert meta["guide"] == "TO TRANSLATE: Process mapping"


def test_twins_have_the_same_heading_ids_and_the_quiz_passes_every_twin_check():
    files = planned()
    model = sources_of(files)
    for pair in translations.pair_pages(model)[0]:
        assert translations.check_headings(pair, model) == [], pair
        h1 = parse_headings(split(files[pair.default])[1])[0]
        assert h1.level == 1 and h1.id
    report = quiz_site.check(sources_of(files))
    assert report.problems == ()
    assert report.renderable("process-mapping/index.md")[0].id == "process-mapping-introduction"


def test_every_unwritten_text_carries_a_marker_and_the_build_check_finds_each_one():
    files = planned()
    en = files["process-mapping/how-to-use.md"]
    found = translations.markers(en, "docs/process-mapping/how-to-use.md")
    assert [p.line for p in found] == [n for n, line in enumerate(en.splitlines(), 1) if "TO WRITE" in line]
    assert len(found) == 4  # description, opening paragraph, two sections
    assert str(found[0]) == ("docs/process-mapping/how-to-use.md:4: still marked TO WRITE: write the text and "
                             "delete the marker; a page with a marker is not published")
    cy = translations.markers(files["cy/process-mapping/how-to-use.md"], "docs/cy/process-mapping/how-to-use.md")
    assert str(cy[0]) == ("docs/cy/process-mapping/how-to-use.md:2: still marked TO TRANSLATE: translate the "
                          "text into Welsh and delete the marker; a page with a marker is not published")
    # Every Welsh line with text to translate is marked: headings, front matter, paragraphs, quiz texts.
    welsh = files["cy/process-mapping/index.md"].splitlines()
    for number in (2, 4):  # title, description
        assert welsh[number - 1].split(":", 1)[1].strip().strip('"').startswith("TO TRANSLATE")
    assert all("TO TRANSLATE" in line for line in welsh if line.startswith(("#", "    question", "      - text")))


def test_markers_are_upper_case_words_so_prose_is_left_alone():
    text = "We need people to translate this.\nTO TRANSLATEd\nA line\n`TO WRITE`: shown in code\n"
    assert [p.line for p in translations.markers(text, "x.md")] == [4]


def test_no_quiz_when_asked():
    files = planned(quiz=False)
    assert "```quiz" not in "".join(files.values())


def test_custom_pages_follow_the_index():
    pages = (scaffold.DEFAULT_PAGES[0], scaffold.parse_page_option('tips="Helpful tips"'))
    files = planned(pages=pages)
    assert list(files) == ["process-mapping/index.md", "cy/process-mapping/index.md",
                           "process-mapping/tips.md", "cy/process-mapping/tips.md"]
    assert split(files["process-mapping/tips.md"])[0]["title"] == "Helpful tips"


@pytest.mark.parametrize("slug, name, existing, message", [
    ("Process Mapping", "P", set(), "docs/Process Mapping: the guide's folder name 'Process Mapping' must be "
                                    "lower-case letters, digits and single hyphens, e.g. 'process-mapping'"),
    ("js", "P", set(), "docs/js: the folder name 'js' is taken by the site itself (two letters look like a "
                       "language code); choose a longer name"),
    ("assets", "P", set(), "docs/assets: the folder name 'assets' is taken by the site itself (two letters "
                           "look like a language code); choose a longer name"),
    ("pm", "P", set(), "docs/pm: the folder name 'pm' is taken by the site itself (two letters look like a "
                       "language code); choose a longer name"),
    ("process-mapping", " ", set(), "docs/process-mapping: the guide needs a name (--name \"Process mapping\")"),
    ("process-mapping", "P", {"cy/process-mapping/index.md"},
     "docs/process-mapping: already exists (in English or Welsh); nothing was written"),
])
def test_mistakes_are_refused_with_one_line_each(slug, name, existing, message):
    files, problems = scaffold.plan(slug, name, existing=existing, today=TODAY)
    assert files == {} and [str(p) for p in problems] == [message]


def test_page_option_needs_a_title():
    with pytest.raises(ValueError, match='write it as slug="Title"'):
        scaffold.parse_page_option("tips")


def test_the_command_writes_the_files_and_never_overwrites(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    argv = ["--root", str(tmp_path), "new-guide", "process-mapping", "--name", "Process mapping",
            "--page", 'tips="Helpful tips"']
    assert cli.main(argv, out, err) == 0, err.getvalue()
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.md"))
    assert written == ["docs/cy/process-mapping/index.md", "docs/cy/process-mapping/tips.md",
                       "docs/process-mapping/index.md", "docs/process-mapping/tips.md"]
    assert "created docs/process-mapping/index.md" in out.getvalue()
    (tmp_path / "docs/process-mapping/tips.md").write_text("mine", encoding="utf-8")
    assert cli.main(argv, io.StringIO(), err) == 2
    assert "already exists" in err.getvalue()
    assert (tmp_path / "docs/process-mapping/tips.md").read_text(encoding="utf-8") == "mine"


# ---- new-page: one page added to an existing guide ---------------------------------------------------------

GUIDE_FILES = {"process-mapping/index.md", "process-mapping/tips.md", "cy/process-mapping/index.md",
               "cy/process-mapping/tips.md"}
ORDERS = {"process-mapping/index.md": 1, "process-mapping/tips.md": 2}


def test_a_new_page_is_written_in_both_languages_after_the_last_page_with_the_same_ids():
    files, problems = scaffold.plan_page("process-mapping", scaffold.page_spec("carers", "Working with {carers}"),
                                         orders=ORDERS, existing=GUIDE_FILES, today=TODAY)
    assert problems == [] and sorted(files) == ["cy/process-mapping/carers.md", "process-mapping/carers.md"]
    en, _, _ = split(files["process-mapping/carers.md"])
    cy, _, _ = split(files["cy/process-mapping/carers.md"])
    assert en["title"] == "Working with {carers}" and en["order"] == cy["order"] == 3
    assert "guide" not in en and cy["title"].startswith("TO TRANSLATE: ")
    ids = [[h.id for h in parse_headings(split(files[p])[1])] for p in sorted(files)]
    assert ids[0] == ids[1] == ["carers", "overview"]
    assert translations.markers(files["cy/process-mapping/carers.md"], "cy") and translations.markers(
        files["process-mapping/carers.md"], "en"), "both languages are marked, so a strict build refuses them"


def test_a_new_page_can_be_placed_between_two_pages():
    files, _ = scaffold.plan_page("process-mapping", scaffold.page_spec("carers", "Carers"), orders=ORDERS,
                                  existing=GUIDE_FILES, order=1.5, today=TODAY)
    assert split(files["process-mapping/carers.md"])[0]["order"] == 1.5


@pytest.mark.parametrize("guide, slug, title, expected", [
    ("nowhere", "carers", "Carers", "is not a guide"),
    ("process-mapping", "tips", "Tips", "already exists"),
    ("process-mapping", "index", "Start", "not 'index'"),
    ("process-mapping", "Bad Name", "Carers", "lower-case"),
    ("process-mapping", "carers", "  ", "needs a title"),
])
def test_a_new_page_that_cannot_be_made_writes_nothing_and_says_why(guide, slug, title, expected):
    files, problems = scaffold.plan_page(guide, scaffold.page_spec(slug, title), orders=ORDERS,
                                         existing=GUIDE_FILES, today=TODAY)
    assert files == {} and problems and any(expected in str(p) for p in problems), problems


def test_the_new_page_command_writes_the_files_and_refuses_to_overwrite(tmp_path):
    docs = tmp_path / "docs"
    for path in GUIDE_FILES:
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(f"---\norder: {ORDERS.get(path.removeprefix('cy/'), 1)}\n---\n# T {{#t}}\n")
    out, err = io.StringIO(), io.StringIO()
    argv = ["--root", str(tmp_path), "new-page", "process-mapping", "carers", "--title", "Carers"]
    assert cli.main(argv, out=out, err=err) == 0, err.getvalue()
    assert (docs / "cy/process-mapping/carers.md").is_file() and "created docs/process-mapping/carers.md" in out.getvalue()
    assert split((docs / "process-mapping/carers.md").read_text())[0]["order"] == 3
    err = io.StringIO()
    assert cli.main(argv, out=io.StringIO(), err=err) == 2 and "already exists" in err.getvalue()
