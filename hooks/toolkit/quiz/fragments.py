"""The glue between quiz blocks and the page's own Markdown conversion.

Inline Markdown in a quiz (emphasis, links, a `<span lang="en">`) must behave exactly as in the rest of
the page: same extensions, same link checks, links to other pages rewritten to their URLs. So instead
of converting it with a Markdown instance of our own, each quiz block is replaced, before conversion,
by one paragraph per text ("fragment"), each starting with a token; after conversion the fragments'
HTML is collected by token and the quiz is rendered in their place.
"""

from __future__ import annotations

import re
from typing import Callable, Mapping

from . import blocks
from .model import TRUE_FALSE, Quiz

TOKEN = "ic-quiz-fragment"
_REGION = re.compile(rf"<p>{TOKEN}-(\d+)-start</p>(.*?)<p>{TOKEN}-\1-end</p>", re.S)
_FRAGMENT = re.compile(rf"<p>{TOKEN}-(\d+)-([a-z0-9-]+) ?(.*?)</p>", re.S)


def key(part: str, question: int | None = None, option: int | None = None) -> str:
    """The name of one text of a quiz: 'title', 'q0-text', 'q0-explanation', 'q0-o2-feedback'..."""
    names = [f"q{question}"] if question is not None else []
    names += [f"o{option}"] if option is not None else []
    return "-".join(names + [part])


def texts(quiz: Quiz) -> dict[str, str]:
    """Every Markdown text of a quiz, by key; empty texts are left out."""
    found = {key("title"): quiz.title}
    for q, question in enumerate(quiz.questions):
        found[key("text", q)] = question.text
        found[key("explanation", q)] = question.explanation
        for o, option in enumerate(question.options):
            if question.type != TRUE_FALSE:
                found[key("text", q, o)] = option.text
            found[key("feedback", q, o)] = option.feedback
    return {name: text for name, text in found.items() if text}


def replace_blocks(markdown: str, quizzes: tuple[Quiz | None, ...]) -> tuple[str, bool]:
    """Replace the n-th quiz block of `markdown` by quizzes[n]'s fragments, or by nothing when None.

    Returns the new Markdown and whether the blocks found match `quizzes` one for one (when they do
    not, every quiz block is removed, so nothing half-made reaches the page).
    """
    lines = markdown.splitlines()
    found = blocks.find(markdown)
    matches = len(found) == len(quizzes)
    for index in reversed(range(len(found))):
        block = found[index]
        start, stop = blocks.span(block, len(lines))
        item = quizzes[index] if matches else None
        lines[start:stop] = _fragment_lines(index, item, block.indent) if item else [""]
    return "\n".join(lines) + ("\n" if markdown.endswith("\n") else ""), matches


def _fragment_lines(index: int, quiz: Quiz, indent: str) -> list[str]:
    out = ["", f"{indent}{TOKEN}-{index}-start", ""]
    for name, text in texts(quiz).items():
        out += [f"{indent}{TOKEN}-{index}-{name} {text}", ""]
    return out + [f"{indent}{TOKEN}-{index}-end", ""]


def fill(html: str, quizzes: tuple[Quiz | None, ...], render: Callable[[Quiz, Mapping[str, str]], str]
         ) -> tuple[str, list[int]]:
    """Replace each quiz's converted fragments in `html` by `render(quiz, fragments)`.

    Returns the HTML and the indexes of quizzes whose fragments were not found intact (those are left
    out, never half-rendered).
    """
    missing = []
    done = set()

    def replace(match: re.Match) -> str:
        index = int(match.group(1))
        quiz = quizzes[index] if index < len(quizzes) else None
        if quiz is None:
            return ""
        fragments = {m.group(2): m.group(3).strip() for m in _FRAGMENT.finditer(match.group(2))
                     if int(m.group(1)) == index}
        if set(fragments) != set(texts(quiz)):
            missing.append(index)
            return ""
        done.add(index)
        return render(quiz, fragments)

    html = _REGION.sub(replace, html)
    missing += [i for i, quiz in enumerate(quizzes) if quiz is not None and i not in done and i not in missing]
    # Whatever is left of a broken region must not reach the reader.
    html = re.sub(rf"<p>{TOKEN}-\d+-[a-z0-9-]+(?: .*?)?</p>", "", html, flags=re.S)
    return html, sorted(set(missing))
