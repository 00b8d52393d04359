"""Authoring mistakes fail `mkdocs build --strict` with one clear line each, and show nothing of the quiz.

A throwaway copy of the project (tests/conftest.py's copy_project) with pages of its own and only the hooks
this test is about (so another component's page rules cannot make it fail for the wrong reason).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import build_site, copy_project, toolkit_errors

pytestmark = pytest.mark.build

KEEP_HOOKS = ("hooks/strings.py", "hooks/quiz.py")


def quiz(quiz_id: str, body: str) -> str:
    return f"```quiz\nid: {quiz_id}\nquestions:\n{body}```\n"


def single(options: str, question: str = "Q?", kind: str = "single") -> str:
    return (f"  - id: q\n    type: {kind}\n    question: {question}\n    options:\n{options}"
            f"    explanation: SECRET-EXPLANATION\n")


GOOD_OPTIONS = "      - text: SECRET-A\n        correct: true\n      - text: SECRET-B\n"
GOOD = single(GOOD_OPTIONS)

# page → (English quiz, Welsh quiz); the fence is on line 3 of every page.
PAGES = {
    "no-correct": (quiz("no-correct", single("      - text: SECRET-A\n      - text: SECRET-B\n")), None),
    "two-correct": (quiz("two-correct", single("      - text: SECRET-A\n        correct: true\n"
                                               "      - text: SECRET-B\n        correct: true\n")), None),
    "one-option": (quiz("one-option", single("      - text: SECRET-A\n        correct: true\n")), None),
    "unknown-type": (quiz("unknown-type", single(GOOD_OPTIONS, kind="essay")), None),
    "unknown-key": (quiz("unknown-key", GOOD + "    clue: SECRET-HINT\n"), None),
    "empty-question": (quiz("empty-question", single(GOOD_OPTIONS, question="")), None),
    "unclosed": (quiz("unclosed", GOOD).rstrip("`\n") + "\n", None),
    "dup-one": (quiz("dup", GOOD), quiz("dup", GOOD)),
    "dup-two": (quiz("dup", GOOD), quiz("dup", GOOD)),
    "bad-reveal": (quiz("bad-reveal", GOOD).replace("questions:", "reveal: sometimes\nquestions:", 1), None),
    "twin-reveal": (quiz("twin-reveal", GOOD).replace("questions:", "reveal: at-once\nquestions:", 1),
                    quiz("twin-reveal", GOOD)),
    "twin-missing": (quiz("twin-missing", GOOD), ""),
    "twin-ids": (quiz("twin-ids", GOOD), quiz("twin-ids", GOOD.replace("id: q", "id: c"))),
    "twin-count": (quiz("twin-count", GOOD), quiz("twin-count", single(GOOD_OPTIONS + "      - text: C\n"))),
    "twin-answers": (quiz("twin-answers", GOOD), quiz("twin-answers", single(
        "      - text: SECRET-A\n      - text: SECRET-B\n        correct: true\n"))),
}

# A mistake in a page whose Welsh twin is a copy of it is reported for both files.
SAME_IN_BOTH = [
    "docs/no-correct.md:6: quiz 'no-correct', question 'q': no option is marked 'correct: true'",
    "docs/two-correct.md:12: quiz 'two-correct', question 'q': a single-choice question has exactly one "
    "correct option, but 2 are marked 'correct: true' (lines 10 and 12); use 'type: multiple' for a 'select "
    "all that apply' question",
    "docs/one-option.md:6: quiz 'one-option', question 'q': needs at least two options, but has 1",
    "docs/unknown-type.md:6: quiz 'unknown-type', question 'q': unknown type 'essay'; use one of: single, "
    "multiple, true-false",
    "docs/unknown-key.md:14: quiz 'unknown-key', question 'q': unknown key 'clue'; expected one of: id, type, "
    "question, options, answer, feedback_true, feedback_false, explanation, hint",
    "docs/empty-question.md:6: quiz 'empty-question', question 'q': the question is empty; write it after "
    "'question:'",
    "docs/unclosed.md:3: quiz block is not closed: the page ends before the quiz is closed; end it with a "
    "line of ```",
    "docs/bad-reveal.md:5: quiz 'bad-reveal': 'reveal' must be after-second-try or at-once, not 'sometimes'; "
    "leave it out for after-second-try",
    "docs/dup-two.md:3: quiz id 'dup' is already used by the quiz on docs/dup-one.md (line 3); every quiz "
    "needs its own id (answers are saved under it)",
]
EXPECTED = SAME_IN_BOTH + [m.replace("docs/", "docs/cy/", 1).replace("docs/dup-one", "docs/cy/dup-one")
                           for m in SAME_IN_BOTH] + [
    "docs/cy/twin-missing.md: quiz 'twin-missing' of docs/twin-missing.md (line 3) is missing; the Welsh page "
    "needs the same quiz, with the same ids, in Welsh",
    "docs/cy/twin-reveal.md:3: quiz 'twin-reveal': 'reveal' is 'after-second-try' but 'at-once' in "
    "docs/twin-reveal.md (line 5); both languages need the same 'reveal'",
    "docs/cy/twin-ids.md:3: quiz 'twin-ids': question 'q' of docs/twin-ids.md (line 6) is missing; both "
    "languages need the same question ids",
    "docs/cy/twin-ids.md:6: quiz 'twin-ids', question 'c': is not in the quiz of docs/twin-ids.md; both "
    "languages need the same question ids",
    "docs/cy/twin-count.md:6: quiz 'twin-count', question 'q': has 3 options but 2 in docs/twin-count.md "
    "(line 6); both languages need the same options in the same order",
    "docs/cy/twin-answers.md:6: quiz 'twin-answers', question 'q': the correct answers differ from "
    "docs/twin-answers.md (line 6); the same options, in the same order, must be marked correct in both "
    "languages",
]


def make_site(root: Path, pages: dict) -> Path:
    files = {f"docs/{language}index.md": "# Home {#home}\n" for language in ("", "cy/")}
    for name, (en, cy) in pages.items():
        files[f"docs/{name}.md"] = f"# {name} {{#top}}\n\n{en}"
        files[f"docs/cy/{name}.md"] = f"# {name} {{#top}}\n\n{en if cy is None else cy}"
    return copy_project(root, docs=False, hooks=KEEP_HOOKS, files=files)


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("quiz-mistakes")
    out = root / "site"
    result = build_site(out, "http://127.0.0.1:8000/", make_site(root, PAGES))
    return result, out


def test_every_mistake_fails_the_strict_build_with_one_clear_line(broken_build):
    result, _ = broken_build
    assert result.returncode == 1
    errors = toolkit_errors(result)
    for message in EXPECTED:
        assert errors.count(message) == 1, f"expected once:\n{message}\nin:\n" + "\n".join(errors)
    assert len(errors) == len(EXPECTED), "\n".join(e for e in errors if e not in EXPECTED)


@pytest.mark.parametrize("page", sorted(PAGES))
@pytest.mark.parametrize("language", ["", "cy/"])
def test_a_broken_quiz_shows_nothing_and_never_its_answers(broken_build, page, language):
    # MkDocs writes every page before --strict stops the build, so a non-strict preview looks the same.
    _, out = broken_build
    html = (out / language / page / "index.html").read_text(encoding="utf-8")
    assert f"# {page}" not in html and page in html, "the page itself is there"
    assert "ic-quiz" not in html and "SECRET" not in html and "```" not in html
