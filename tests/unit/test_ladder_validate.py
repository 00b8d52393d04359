"""Every authoring mistake in a ladder file gives one line naming the file, the line and the id."""

from __future__ import annotations

import pytest

from toolkit.ladder import parse, validate

from .ladder_samples import PATH, VALID, line_of


def _problems(text: str) -> list[str]:
    found, problems = parse(text, PATH, "small")
    assert found is not None, problems
    return [str(p) for p in problems + validate(found)]


def test_the_sample_is_valid():
    assert _problems(VALID) == []


def test_duplicate_rung_id():
    text = VALID.replace("  - id: three\n", "  - id: two\n")
    assert f"{PATH}:{line_of(text, '- id: two', 2)}: duplicate rung id 'two' (first on line " \
           f"{line_of(text, '- id: two')})" in _problems(text)


def test_duplicate_group_id():
    text = VALID.replace("  - id: high\n", "  - id: low\n")
    assert f"{PATH}:{line_of(text, '- id: low', 2)}: duplicate group id 'low' (first on line " \
           f"{line_of(text, '- id: low')})" in _problems(text)


def test_rung_id_must_be_a_slug():
    text = VALID.replace("  - id: three\n", "  - id: Three Top\n").replace("rung: three", "rung: Three Top")
    assert f"{PATH}:{line_of(text, '- id: Three Top')}: rung id 'Three Top' must be lower-case letters, " \
           f"digits and hyphens, e.g. 'co-design'" in _problems(text)


def test_unknown_rung_id_in_a_statement():
    text = VALID.replace("  - rung: three\n", "  - rung: four\n")
    problems = _problems(text)
    assert f"{PATH}:{line_of(text, '- rung: four')}: statement for unknown rung id 'four'; expected one " \
           f"of: one, two, three" in problems
    # ...which also leaves rung 'three' without its statement.
    assert any("missing rung: rung 'three'" in p for p in problems)


def test_missing_statement_for_a_rung():
    text = VALID.replace("  - rung: two\n    text: {en: We do two, cy: Rydyn ni'n gwneud dau}\n", "")
    assert _problems(text) == [
        f"{PATH}:{line_of(text, '- rung: three')}: missing rung: rung 'two' (line {line_of(text, '- id: two')}) "
        f"has no statement; each rung above the bottom needs exactly one, so the self-assessment can walk "
        f"up the ladder"]


def test_duplicate_statement_for_a_rung():
    text = VALID.replace("  - rung: three\n", "  - rung: two\n")
    problems = _problems(text)
    assert f"{PATH}:{line_of(text, '- rung: two', 2)}: duplicate statement for rung 'two' (first on line " \
           f"{line_of(text, '- rung: two')}); give each rung above the bottom exactly one" in problems


def test_statement_for_the_bottom_rung():
    text = VALID.replace("statements:\n", "statements:\n  - rung: one\n    text: {en: We do one, cy: Un}\n")
    assert f"{PATH}:{line_of(text, '- rung: one')}: the bottom rung 'one' needs no statement: a project " \
           f"that is not on any higher rung is on it" in _problems(text)


def test_statements_in_the_wrong_order():
    two = "  - rung: two\n    text: {en: We do two, cy: Rydyn ni'n gwneud dau}\n"
    three = "  - rung: three\n    text: {en: We do three, cy: Rydyn ni'n gwneud tri}\n"
    text = VALID.replace(two + three, three + two)
    assert _problems(text) == [
        f"{PATH}:{line_of(text, '- rung: two')}: wrong order: the statement for rung 'two' comes after the "
        f"one for 'three', which is higher up; list statements from the bottom up"]


def test_empty_statements_list():
    text = VALID[:VALID.index("statements:")] + "statements: []\n"
    assert _problems(text) == [f"{PATH}:{line_of(text, 'statements: []')}: 'statements:' is empty; give one "
                               f"statement for each rung above the bottom, or remove the key"]


def test_a_ladder_without_statements_is_valid():
    assert _problems(VALID[:VALID.index("statements:")]) == []


def test_unknown_group():
    text = VALID.replace("    group: high\n", "    group: higher\n")
    assert f"{PATH}:{line_of(text, 'group: higher')}: rung 'three' is in unknown group 'higher'; expected " \
           f"one of: low, high" in _problems(text)


def test_rung_in_the_wrong_group():
    # 'two' now sits above a rung of the higher group: the group bands would be broken.
    text = VALID.replace("  - id: two\n    group: low\n", "  - id: two\n    group: high\n") \
                .replace("  - id: three\n    group: high\n", "  - id: three\n    group: low\n")
    assert _problems(text) == [
        f"{PATH}:{line_of(text, 'group: low', 2)}: wrong order or group: rung 'three' (group 'low') is "
        f"listed above rung 'two' (group 'high'); list rungs from the bottom up, each group's rungs "
        f"together, groups in the order of 'groups:' (low, high)"]


def test_rungs_listed_top_first_are_caught():
    start, end = VALID.index("rungs:\n") + len("rungs:\n"), VALID.index("statements:")
    blocks = VALID[start:end].split("  - id: ")[1:]
    text = VALID[:start] + "".join("  - id: " + b for b in reversed(blocks)) + VALID[end:]
    problems = _problems(text)
    assert any("wrong order or group: rung 'two' (group 'low') is listed above rung 'three'" in p
               for p in problems)


def test_group_without_rungs():
    text = VALID.replace("    group: high\n", "    group: low\n")
    assert _problems(text) == [f"{PATH}:{line_of(text, '- id: high')}: missing rung: group 'high' has no rung"]


def test_at_least_two_rungs():
    text = VALID[:VALID.index("  - id: two\n")].replace("  - id: high\n    label: {en: High, cy: Uchel}\n", "")
    assert _problems(text) == [f"{PATH}:{line_of(text, '- id: one')}: a ladder needs at least two rungs; "
                               f"found 1"]


@pytest.mark.parametrize("old, new, what, language", [
    ("meaning: {en: Second rung, cy: Yr ail ffon}", "meaning: {en: Second rung}",
     "rung 'two': meaning", "Welsh (cy)"),
    ("meaning: {en: Second rung, cy: Yr ail ffon}", "meaning: {en: Second rung, cy: }",
     "rung 'two': meaning", "Welsh (cy)"),
    ("label: {en: High, cy: Uchel}", "label: {cy: Uchel}", "group 'high': label", "English (en)"),
    ("text: {en: We do three, cy: Rydyn ni'n gwneud tri}", "text: {en: We do three}",
     "statement for rung 'three': text", "Welsh (cy)"),
    ("  cy: Ysgol fach\n", "", "title", "Welsh (cy)"),
])
def test_missing_translation(old, new, what, language):
    text = VALID.replace(old, new)
    # A block mapping starts at its first key: the message points into the text that lacks a language.
    line = line_of(text, new.strip().splitlines()[0]) if new else line_of(text, "en: Small ladder")
    assert f"{PATH}:{line}: {what} has no {language} text; every text needs en, cy" in _problems(text)


def test_welsh_copied_from_english_is_caught():
    text = VALID.replace("next_step: {en: Stay here, cy: Aros yma}", "next_step: {en: Stay here, cy: Stay here}")
    assert _problems(text) == [f"{PATH}:{line_of(text, 'cy: Stay here')}: rung 'three': next_step: the "
                               f"Welsh (cy) text is the same as the English (en); translate it"]


def test_missing_required_rung_key_is_named():
    text = VALID.replace("    next_step: {en: Climb to two, cy: Dringo i ddau}\n", "")
    assert _problems(text) == [f"{PATH}:{line_of(text, '- id: one')}: rung 'one' has no 'next_step'"]
