"""The one list of site-wide checks (toolkit.checks) and the marker registry (toolkit.markers): the build
and `./run status` run the same list, so they agree on every case, including the four where they once
disagreed (a Welsh page with another `order` or no `title`: status said to do, the build passed; other
`next_review` dates or a trainer marker on one side: status said complete, the build failed)."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from toolkit import checks, markers, status

from .site import sources_of

LADDER = (ROOT / "ladders" / "co-production.yml").read_text(encoding="utf-8")
FRONT = ("---\ntitle: {title}\norder: 2\ndescription: {title}.\nlast_reviewed: 2026-11-01\n"
         "next_review: 2027-11-01\n---\n\n")
EN = FRONT.format(title="Tips") + "# Tips {#tips}\n\n## One {#one}\n\nText.\n"
CY = FRONT.format(title="Awgrymiadau") + "# Awgrymiadau {#tips}\n\n## Un {#one}\n\nTestun.\n"
HOME_EN = "---\ntitle: Home\n---\n\n# Home {#home}\n"
HOME_CY = "---\ntitle: Hafan\n---\n\n# Hafan {#home}\n"


def site(en: str = EN, cy: str = CY, home_en: str = HOME_EN, home_cy: str = HOME_CY) -> dict[str, str]:
    return {"index.md": home_en, "cy/index.md": home_cy, "g/tips.md": en, "cy/g/tips.md": cy}


# Each case: the pages, and the one message both must give (None: a complete site).
CASES = {
    "complete": (site(), None),
    "welsh order differs": (site(cy=CY.replace("order: 2", "order: 3")),
                            "docs/cy/g/tips.md:3: front matter 'order' is 3 but docs/g/tips.md says 2; the twins must "
                            "have the same place in the guide"),
    "welsh title missing": (site(cy=CY.replace("title: Awgrymiadau\n", "")),
                            "docs/cy/g/tips.md: front matter has no 'title' but docs/g/tips.md has one; write it in "
                            "Welsh"),
    "next review differs": (site(cy=CY.replace("next_review: 2027-11-01", "next_review: 2027-12-01")),
                            "docs/cy/g/tips.md:6: front matter 'next_review' is 2027-12-01 but the English page "
                            "docs/g/tips.md says 2027-11-01; the twins must have the same review dates"),
    "trainer marker on one side": (site(home_en=HOME_EN + "\n<!-- toolkit:trainer-index -->\n"),
                                   "docs/cy/index.md: <!-- toolkit:trainer-index --> is missing: docs/index.md has "
                                   "it on line 7; both languages need the same markers, in the same order"),
    "misspelt marker": (site(home_en=HOME_EN + "\n<!-- toolkit:guide-lst -->\n",
                             home_cy=HOME_CY + "\n<!-- toolkit:guide-lst -->\n"),
                        "docs/cy/index.md:7: unknown marker 'toolkit:guide-lst' (did you mean 'guide-list'?); the "
                        "markers are: <!-- toolkit:ladder co-production -->, <!-- toolkit:ladder-assessment "
                        "co-production -->, <!-- toolkit:guide-list -->, <!-- toolkit:trainer-index -->, "
                        "<!-- toolkit:learning-record -->, <!-- toolkit:video improvement-cymru-2023 -->"),
    "welsh page missing": ({k: v for k, v in site().items() if k != "cy/g/tips.md"},
                           "docs/g/tips.md: has no Welsh twin: create docs/cy/g/tips.md (same file name) with the "
                           "Welsh text"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_build_and_the_status_say_the_same(case):
    pages, expected = CASES[case]
    model = sources_of(pages, {"co-production": LADDER})
    build = checks.run(model)          # what hooks/checks.py logs, one error each
    found = status.check(model)        # what ./run status lists
    assert found.ok == (not build)
    assert sorted(map(str, found.problems)) == sorted(map(str, build))
    if expected is None:
        assert build == [] and found.ok
    else:
        assert expected in map(str, build), "\n".join(map(str, build))
        # Said once (the English and Welsh pages of the misspelt marker are two mistakes, one each).
        assert [str(p) for p in build].count(expected) == 1


LADDERS = "\n<!-- toolkit:ladder {} -->\n\n<!-- toolkit:ladder-assessment co-production -->\n"


@pytest.mark.parametrize("typo_in", ["en", "cy"])
def test_a_misspelt_ladder_id_is_one_message_on_the_page_that_has_it_never_on_its_twin(typo_in):
    pages = site(en=EN + LADDERS.format("co-prodution"), cy=CY + LADDERS.format("co-production")) if typo_in == "en" else \
        site(en=EN + LADDERS.format("co-production"), cy=CY + LADDERS.format("co-prodution"))
    label = "docs/g/tips.md" if typo_in == "en" else "docs/cy/g/tips.md"
    build = checks.run(sources_of(pages, {"co-production": LADDER}))
    # Not "the Welsh page should say co-prodution too", nor "place the ladder above the self-assessment".
    assert [str(p) for p in build] == [f"{label}:15: no ladder 'co-prodution': expected a file "
                                       f"ladders/co-prodution.yml (ladders: co-production)"]


def test_every_check_is_in_the_one_list():
    names = [name for name, _ in checks.CHECKS]
    assert len(names) == len(set(names))
    assert {"translations", "front matter", "review dates", "markers", "quizzes", "ladder files",
            "ladder placements", "unfinished text"} <= set(names)


@pytest.mark.parametrize("line, expected", [
    ("<!-- toolkit:ladder co-production -->", None),
    ("<!-- toolkit:guide-list -->", None),
    ("<!-- toolkit: ladder co-production -->", "write the marker exactly as <!-- toolkit:ladder co-production -->"),
    ("<!-- Toolkit:Ladder co-production -->", "write the marker exactly as <!-- toolkit:ladder co-production --> "
                                              "(found '<!-- Toolkit:Ladder co-production -->')"),
    ("<!-- TOOLKIT:guide-lst -->", "unknown marker 'toolkit:guide-lst' (did you mean 'guide-list'?)"),
    ("<!-- toolkit:trainer-idx -->", "unknown marker 'toolkit:trainer-idx' (did you mean 'trainer-index'?)"),
    ("<!-- toolkit:ladder -->", "'toolkit:ladder' needs the id of the ladder diagram of ladders/<id>.yml, e.g. "
                                "<!-- toolkit:ladder co-production -->"),
    ("<!-- toolkit:guide-list all -->", "'toolkit:guide-list' takes nothing after its name: write "
                                        "<!-- toolkit:guide-list -->"),
    ("See <!-- toolkit:guide-list --> here", "<!-- toolkit:guide-list --> must be alone on its line"),
])
def test_every_marker_goes_through_the_registry(line, expected):
    found, problems = markers.scan(f"# Page\n\n{line}\n", "docs/p.md", first_line=5)
    assert len(found) == 1 and found[0].line == 7 and found[0].ok == (expected is None)
    if expected is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problems[0].line == 7 and problems[0].path == "docs/p.md"
        assert problems[0].message.startswith(expected), problems[0].message


def test_markers_in_code_are_not_markers_and_a_typo_is_never_copied_to_the_other_language():
    found, problems = markers.scan("```\n<!-- toolkit:nonsense -->\n```\n", "docs/p.md")
    assert (found, problems) == ([], [])
    typo, _ = markers.scan("\n<!-- toolkit:lader co-production -->\n", "docs/p.md")
    right, _ = markers.scan("\n<!-- toolkit:ladder co-production -->\n", "docs/cy/p.md")
    assert markers.compare("docs/p.md", typo, "docs/cy/p.md", right) == []


def test_translations_hold_the_same_markers_in_the_same_order():
    def found(text):
        return markers.scan(text, "x")[0]
    both = "\n<!-- toolkit:ladder small -->\n\n<!-- toolkit:ladder-assessment small -->\n"
    assert markers.compare("docs/p.md", found(both), "docs/cy/p.md", found(both)) == []
    missing = markers.compare("docs/p.md", found(both), "docs/cy/p.md", found("\n<!-- toolkit:ladder small -->\n"))
    assert [str(p) for p in missing] == [
        "docs/cy/p.md: <!-- toolkit:ladder-assessment small --> is missing: docs/p.md has it on line 4; both "
        "languages need the same markers, in the same order"]
    extra = markers.compare("docs/p.md", found("\n<!-- toolkit:ladder small -->\n"), "docs/cy/p.md", found(both))
    assert [str(p) for p in extra] == [
        "docs/cy/p.md:4: <!-- toolkit:ladder-assessment small --> is not in docs/p.md; both languages need the "
        "same markers, in the same order"]
    other = markers.compare("docs/p.md", found("\n<!-- toolkit:ladder small -->\n"), "docs/cy/p.md",
                            found("\n<!-- toolkit:ladder big -->\n"))
    assert [str(p) for p in other] == [
        "docs/cy/p.md:2: expected <!-- toolkit:ladder small --> as in docs/p.md (line 2 there) but found "
        "<!-- toolkit:ladder big -->"]
