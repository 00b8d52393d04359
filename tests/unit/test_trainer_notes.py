"""Trainer notes and timings (toolkit.trainer.notes): parsed with line numbers, checked across languages,
blanked from learner pages."""

from __future__ import annotations

from toolkit.trainer import notes

PAGE = """# Page {#page}

```trainer
ask: What do you think?
```

## Steps {#steps}

Text.

```trainer
timing: 5 teaching, 10 activity
activity: In pairs, take one project
  through the steps.
watch for: Plans with no goals.
```

```quiz
id: q
```
"""


def test_blocks_are_read_with_their_line_and_the_heading_they_follow():
    blocks, problems = notes.parse(PAGE, "docs/g/p.md", first_line=5)
    assert problems == []
    assert [(b.line, b.section) for b in blocks] == [(7, None), (15, "steps")]
    assert blocks[0].notes == (notes.Note("ask", "What do you think?", 8),)
    assert blocks[1].timing == notes.Timing(5, 10)
    assert [(n.kind, n.text) for n in blocks[1].notes] == [
        ("activity", "In pairs, take one project through the steps."), ("watch for", "Plans with no goals.")]


def test_strip_blanks_the_notes_and_moves_no_other_line():
    stripped = notes.strip(PAGE)
    assert stripped.count("\n") == PAGE.count("\n")
    assert "trainer" not in stripped and "What do you think" not in stripped and "Plans" not in stripped
    assert "```quiz" in stripped and stripped.split("\n")[6] == "## Steps {#steps}"


def test_a_trainer_block_shown_as_code_inside_another_fence_is_left_alone():
    text = "````markdown\n```trainer\nask: x\n```\n````\n"
    assert notes.parse(text, "p.md") == ((), [])
    assert notes.strip(text) == text


def test_mistakes_name_the_file_and_line():
    text = "```trainer\ntiming: ten minutes\nsay: hello\nask:\n```\n\n```trainer\n```\n\n```trainer\nask: x\n"
    blocks, problems = notes.parse(text, "docs/g/p.md")
    assert [(p.path, p.line) for p in problems] == [("docs/g/p.md", 2), ("docs/g/p.md", 3), ("docs/g/p.md", 4),
                                                    ("docs/g/p.md", 7), ("docs/g/p.md", 10)]
    assert "e.g. 'timing: 5 teaching, 10 activity' (found 'timing: ten minutes')" in problems[0].message
    assert "'ask:', 'watch for:', 'activity:', 'timing:'" in problems[1].message
    assert "never closed" in problems[4].message


def test_only_one_kind_of_minutes_may_be_given():
    assert notes.parse("```trainer\ntiming: 15 activity\n```\n", "p.md")[0][0].timing == notes.Timing(0, 15)


def _blocks(text):
    return notes.parse(text, "x")[0]


def test_a_note_in_one_language_only_is_an_error_on_the_translation():
    en = _blocks("## A {#a}\n\n```trainer\nask: Why?\n```\n")
    problems = notes.compare("docs/p.md", en, "docs/cy/p.md", ())
    assert [p.path for p in problems] == ["docs/cy/p.md"]
    assert "line 3 is missing here" in problems[0].message
    extra = notes.compare("docs/p.md", (), "docs/cy/p.md", en)
    assert (extra[0].line, "needs both languages" in extra[0].message) == (3, True)


def test_a_timing_that_differs_between_languages_is_an_error():
    en = _blocks("```trainer\ntiming: 5 teaching\n```\n")
    cy = _blocks("\n```trainer\ntiming: 6 teaching\n```\n")
    problems = notes.compare("docs/p.md", en, "docs/cy/p.md", cy)
    assert [(p.path, p.line) for p in problems] == [("docs/cy/p.md", 2)]
    assert "same minutes" in problems[0].message


def test_the_same_notes_under_other_headings_or_of_other_kinds_are_errors():
    en = _blocks("## A {#a}\n\n```trainer\nask: Why?\n```\n")
    assert "follows heading" in notes.compare("e", en, "c", _blocks("## B {#b}\n\n```trainer\nask: Pam?\n```\n"))[0].message
    assert "notes ['activity']" in notes.compare("e", en, "c", _blocks("## A {#a}\n\n```trainer\nactivity: Pam?\n```\n"))[0].message
    assert notes.compare("e", en, "c", _blocks("## A {#a}\n\n```trainer\nask: Pam?\n```\n")) == []


def test_the_session_plan_lists_pages_then_their_activities_with_a_running_total():
    from toolkit.trainer.model import GuideEntry, Item, PageEntry
    from toolkit.trainer.plan import session_plan
    first = PageEntry("g/", "Intro", "cy/g/", "Cyflwyniad", 3, (), "index",
                      _blocks("```trainer\ntiming: 5 teaching\n```\n"), quiz_questions=2)
    second = PageEntry("g/b/", "Steps", "cy/g/b/", "Camau", 4, (Item("s", 2, "Six steps", "Chwe cham", False),),
                       "b", _blocks("## S {#s}\n\n```trainer\ntiming: 10 teaching, 15 activity\nask: x\n```\n"))
    rows = session_plan(GuideEntry("G", "G", "g", (first, second), None))
    assert [(r.page.title, r.section, r.minutes, r.running) for r in rows] == [
        ("Intro", None, 3 + 2 + 5, 10), ("Steps", None, 4 + 10, 24), ("Steps", "Six steps", 15, 39)]
