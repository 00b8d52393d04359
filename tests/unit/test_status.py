"""Translation status (toolkit.status and `toolkit.cli status`): what is left before every Welsh page is
complete, per page, and the exit code."""

from __future__ import annotations

import io
import json
import re
import shutil

import pytest

from tests.conftest import ROOT, copy_project
from toolkit import cli, status, strings

from .site import sources_of
from toolkit.problems import Problem

FRONT = ("---\ntitle: {title}\norder: 2\ndescription: {title}.\nlast_reviewed: 2026-11-01\n"
         "next_review: 2027-11-01\n---\n\n")
QUIZ = ("```quiz\nid: {id}\nquestions:\n  - id: q\n    type: true-false\n    question: {q}\n    answer: true\n"
        "    explanation: {q}\n```\n")
EN = FRONT.format(title="Tips") + "# Tips {#tips}\n\n## One {#one}\n\n" + QUIZ.format(id="tips", q="Yes?") + \
    "\n<!-- toolkit:ladder co-production -->\n"
CY = FRONT.format(title="Awgrymiadau") + "# Awgrymiadau {#tips}\n\n## Un {#one}\n\n" + \
    QUIZ.format(id="tips", q="Ie?") + "\n<!-- toolkit:ladder co-production -->\n"


LADDER = (ROOT / "ladders" / "co-production.yml").read_text(encoding="utf-8")


def check(sources: dict[str, str], ladders=None) -> status.Status:
    """The status of these pages, with the real co-production ladder (placed by the pages) unless
    `ladders` gives other ladder files' texts."""
    return status.check(sources_of(sources, {"co-production": LADDER} if ladders is None else ladders))


def messages(page: status.PageStatus) -> list[str]:
    return [str(p) for p in page.problems]


def test_a_complete_twin_is_complete():
    found = check({"g/tips.md": EN, "cy/g/tips.md": CY})
    assert found.ok and [(p.page, p.state) for p in found.pages] == [("g/tips.md", status.COMPLETE)]


def test_a_missing_welsh_page_and_an_orphan_welsh_page():
    found = check({"g/tips.md": EN, "cy/g/other.md": CY})
    assert not found.ok
    assert [(p.page, p.state) for p in found.pages] == [("cy/g/other.md", status.ORPHAN),
                                                         ("g/tips.md", status.MISSING)]
    assert messages(found.pages[1]) == [
        "docs/g/tips.md: has no Welsh twin: create docs/cy/g/tips.md (same file name) with the Welsh text"]


def test_markers_in_either_language_are_listed_by_line():
    cy = CY.replace("## Un {#one}", "## TO TRANSLATE: One {#one}")
    found = check({"g/tips.md": EN.replace("description: Tips.", "description: TO WRITE"), "cy/g/tips.md": cy})
    page = found.pages[0]
    assert page.state == status.TO_DO
    assert [m.split(": still")[0] for m in messages(page)] == ["docs/g/tips.md:4", "docs/cy/g/tips.md:11"]


def test_heading_quiz_ladder_and_front_matter_differences_are_each_named():
    cy = (CY.replace("{#one}", "{#un}").replace("answer: true", "answer: false")
          .replace("<!-- toolkit:ladder co-production -->", "").replace("order: 2", "order: 3")
          .replace("description: Awgrymiadau.\n", ""))
    page = check({"g/tips.md": EN, "cy/g/tips.md": cy}).pages[0]
    found = "\n".join(messages(page))
    assert "heading id '#un' should be '#one' as in docs/g/tips.md" in found
    assert "quiz 'tips', question 'q'" in found and "docs/cy/g/tips.md" in found
    assert "<!-- toolkit:ladder co-production --> is missing: docs/g/tips.md has it on line 23" in found
    assert "front matter 'order' is 3 but docs/g/tips.md says 2" in found
    assert "front matter has no 'description' but docs/g/tips.md has one; write it in Welsh" in found


def test_a_ladder_file_with_problems_makes_the_status_fail():
    broken = LADDER.replace("cy: Cydgynhyrchu", "cy: ''", 1)
    assert broken != LADDER
    found = check({"g/tips.md": EN, "cy/g/tips.md": CY}, ladders={"x": broken, "co-production": LADDER})
    assert not found.ok
    text = status.report(found, strings.load("en"))
    assert re.search(r"^to do +ladder 'x' \(ladders/x.yml\)$", text, re.M)
    assert re.search(r"^complete +ladder 'co-production'", text, re.M)
    assert re.search(r"^ +ladders/x.yml:\d+: .*Welsh", text, re.M), text


def test_the_report_in_each_language():
    found = check({"g/tips.md": EN, "cy/g/tips.md": CY.replace("Un", "TO TRANSLATE: One")})
    en = status.report(found, strings.load("en"))
    cy = status.report(found, strings.load("cy"))
    assert "to do" in en and "1 page: 0 complete, 1 with something to do." in en
    assert "There is work to do before publishing" in en
    assert "i'w wneud" in cy and "1 dudalen: 0 yn gyflawn, 1 â gwaith i'w wneud." in cy
    # The noun after a number: "2 dudalen" (tudalen is feminine), "3 tudalen"; "2 pages".
    two = check({f"{p}/tips.md": EN for p in "ab"} | {f"cy/{p}/tips.md": CY for p in "ab"})
    assert "\n2 pages: " in status.report(two, strings.load("en"))
    assert "\n2 dudalen: " in status.report(two, strings.load("cy"))
    three = check({f"{p}/tips.md": EN for p in "abc"} | {f"cy/{p}/tips.md": CY for p in "abc"})
    assert "\n3 tudalen: " in status.report(three, strings.load("cy"))


@pytest.fixture
def project(tmp_path):
    copy_project(tmp_path)  # the status command reads mkdocs.yml, docs/ and ladders/; nothing is built
    return tmp_path


def test_the_command_on_the_real_site_says_complete_and_exits_0(project):
    out = io.StringIO()
    assert cli.main(["--root", str(project), "status"], out, io.StringIO()) == 0, out.getvalue()
    assert "Every Welsh page is complete." in out.getvalue()
    assert re.search(r"^complete +co-production/tips.md$", out.getvalue(), re.M)


def test_the_command_exits_1_and_lists_only_what_is_left(project):
    page = project / "docs" / "cy" / "co-production" / "tips.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nTO TRANSLATE: a new paragraph\n", encoding="utf-8")
    (project / "docs" / "cy" / "co-production" / "rationale.md").unlink()
    out = io.StringIO()
    assert cli.main(["--root", str(project), "status", "--to-do"], out, io.StringIO()) == 1
    text = out.getvalue()
    assert "co-production/index.md" not in text, "complete pages are left out with --to-do"
    assert re.search(r"^no Welsh page +co-production/rationale.md$", text, re.M)
    assert "docs/cy/co-production/tips.md:" in text and "still marked TO TRANSLATE" in text
    data = io.StringIO()
    assert cli.main(["--root", str(project), "status", "--json"], data, io.StringIO()) == 1
    states = {p["page"]: p["state"] for p in json.loads(data.getvalue())["pages"]}
    assert states["co-production/tips.md"] == "to-do" and states["co-production/rationale.md"] == "missing"
    assert states["co-production/index.md"] == "complete"
