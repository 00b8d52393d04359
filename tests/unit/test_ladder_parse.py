"""Loading a ladder: the project's real data file, and the shape mistakes the parser reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit import ladder
from toolkit.ladder import parse

from .ladder_samples import PATH, VALID, line_of

ROOT = Path(__file__).resolve().parents[2]


def _parse(text: str):
    return parse(text, PATH, "small")


def _messages(problems) -> list[str]:
    return [str(p) for p in problems]


def test_the_co_production_ladder_loads_without_problems():
    found, problems = ladder.load(ROOT, "co-production")
    assert problems == []
    assert [r.id for r in found.rungs] == ["coercion", "educating", "informing", "consultation",
                                           "engagement", "co-design", "co-production"]
    assert [r.group for r in found.rungs] == ["doing-to"] * 2 + ["doing-for"] * 3 + ["doing-with"] * 2
    assert [g.label.get("cy") for g in found.groups] == ["Gwneud i bobl", "Gwneud ar ran pobl",
                                                        "Gwneud gyda phobl"]
    assert [r.label.get("cy") for r in found.rungs] == ["Gorfodi", "Addysgu", "Rhoi gwybodaeth", "Ymgynghori",
                                                       "Ymgysylltu", "Cyd-ddylunio", "Cydgynhyrchu"]
    assert [s.rung for s in found.statements] == [r.id for r in found.rungs[1:]]
    assert "thinklocalactpersonal.org.uk" in found.credit.get("en")
    assert "thinklocalactpersonal.org.uk" in found.credit.get("cy")
    assert "co-production" in ladder.available(ROOT)


def test_parse_keeps_ids_texts_and_line_numbers():
    found, problems = _parse(VALID)
    assert problems == []
    two = found.rung("two")
    assert (two.group, two.label.get("en"), two.meaning.get("cy")) == ("low", "Two", "Yr ail ffon")
    assert two.line == line_of(VALID, "- id: two")
    assert found.statements[1].line == line_of(VALID, "- rung: three")
    assert found.step("three") == 3


def test_folded_text_is_joined_into_one_line():
    text = VALID.replace("meaning: {en: First rung, cy: Y ffon gyntaf}",
                         "meaning:\n      en: >-\n        First\n        rung\n      cy: Y ffon gyntaf")
    found, problems = _parse(text)
    assert problems == [] and found.rung("one").meaning.get("en") == "First rung"


def test_invalid_yaml_names_the_line():
    text = VALID.replace("  - id: two\n", "  - id: two\n   bad: [\n")
    found, problems = _parse(text)
    assert found is None
    assert len(problems) == 1 and problems[0].path == PATH and "is not valid YAML" in problems[0].message
    assert problems[0].line is not None


def test_empty_file():
    assert _messages(_parse("")[1]) == [f"{PATH}: is empty; see docs-authoring/ladder.md for a complete "
                                        f"example"]


def test_unknown_key_is_reported_with_its_line_and_a_suggestion():
    text = VALID.replace("    meaning: {en: Second rung", "    meanin: {en: Second rung")
    _, problems = _parse(text)
    assert f"{PATH}:{line_of(text, 'meanin:')}: rung 'two': unknown key 'meanin' (did you mean " \
           f"'meaning'?); expected one of: id, group, label, meaning, next_step" in _messages(problems)
    assert f"{PATH}:{line_of(text, '- id: two')}: rung 'two' has no 'meaning'" in _messages(problems)


def test_unknown_top_level_key_and_unknown_language():
    text = VALID.replace("title:\n", "colour: red\ntitle:\n").replace("cy: Ysgol fach", "cy: Ysgol fach\n  fr: Petite")
    messages = _messages(_parse(text)[1])
    assert any(m.startswith(f"{PATH}:1: the ladder: unknown key 'colour'") for m in messages)
    assert f"{PATH}:{line_of(text, 'fr: Petite')}: title: unknown key 'fr'; expected one of: en, cy" in messages


def test_a_key_given_twice_is_caught():
    text = VALID.replace("    label: {en: Two, cy: Dau}\n", "    label: {en: Two, cy: Dau}\n    label: {en: 2, cy: 2}\n")
    assert f"{PATH}:{line_of(text, 'label: {en: 2')}: rung 'two': key 'label' is given twice (first on " \
           f"line {line_of(text, 'label: {en: Two')})" in _messages(_parse(text)[1])


def test_text_must_be_given_per_language():
    text = VALID.replace("label: {en: Two, cy: Dau}", "label: Two")
    assert f"{PATH}:{line_of(text, 'label: Two')}: rung 'two': label must give the text in each language " \
           f"(en: …, cy: …) on lines of their own" in _messages(_parse(text)[1])


@pytest.mark.parametrize("old, new, expected", [
    (VALID[VALID.index("statements:"):], "statements: none\n", "'statements' must be a list (one '- ' item "
                                                                "per line)"),
    ("  - id: low\n", "  - low\n  - id: lower\n", "group 1 must be a mapping of keys (id, label)"),
    ("    group: low\n    label: {en: One", "    group: [low]\n    label: {en: One",
     "rung 'one': group must be a single value"),
])
def test_wrong_shapes(old, new, expected):
    text = VALID.replace(old, new, 1)
    assert any(expected in m for m in _messages(_parse(text)[1])), _messages(_parse(text)[1])


def test_missing_required_top_level_keys():
    text = "title:\n  en: T\n  cy: Teitl\n"
    assert _messages(_parse(text)[1]) == [f"{PATH}:1: the ladder has no 'groups'",
                                          f"{PATH}:1: the ladder has no 'rungs'"]


def test_load_reports_a_missing_file(tmp_path):
    assert _messages(ladder.load(tmp_path, "nowhere")[1]) == ["ladders/nowhere.yml: does not exist"]


def test_the_example_in_the_authoring_guide_is_valid():
    import re
    from toolkit.ladder import validate
    guide = (ROOT / "docs-authoring" / "ladder.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(# ladders/participation\.yml.*?)```", guide, re.S).group(1)
    found, problems = parse(example, "ladders/participation.yml", "participation")
    assert problems == [] and validate(found) == []
    assert [r.id for r in found.rungs] == ["informing", "sharing"]
