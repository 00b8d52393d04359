"""A valid quiz → HTML, through templates/quiz.html.j2 (toolkit.templating), in the page's own Markdown.

`place` puts each quiz block of a page in the page's conversion (toolkit.markdown_ext): the quiz's texts
are converted by the page's own Markdown (extensions, link checks, link rewriting) and arrive here as
HTML; everything else (ids, interface strings) is escaped by the template. The strings come from the
catalogue of the page's language; the ones quiz.js needs travel as data-* attributes, never chosen by
the browser.
"""

from __future__ import annotations

from typing import Callable, Mapping

from markupsafe import Markup, escape

from ..markdown_ext import Conversion
from ..templating import template
from . import blocks
from . import types
from .model import Quiz

# catalogue key → data-i18n-* attribute read by quiz.js (through ic.js)
JS_STRINGS = {
    "quiz_result_correct": "result-correct",
    "quiz_result_wrong": "result-wrong",
    "quiz_result_partial": "result-partial",
    "quiz_result_empty": "result-empty",
    "quiz_correct": "badge-correct",
    "quiz_incorrect": "badge-incorrect",
    "quiz_score": "score",
    "quiz_reset_done": "reset-done",
    "quiz_storage_off": "storage-off",
    "quiz_hint_label": "hint-label",
    "quiz_hint_generic": "hint-generic",
    "quiz_explanation_later": "explanation-later",
}


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
        found[key("hint", q)] = question.hint
        for o, option in enumerate(question.options):
            found[key("text", q, o)] = option.text  # empty for fixed options (their labels are interface words)
            found[key("feedback", q, o)] = option.feedback
    return {name: text for name, text in found.items() if text}


def place(lines: list[str], conversion: Conversion, quizzes: tuple[Quiz | None, ...],
          strings: Mapping[str, str], lost: Callable[[Quiz], None] | None = None,
          where: Mapping[str, str] | None = None,
          keep: Callable[[Quiz, Mapping[str, str]], None] | None = None) -> tuple[list[str], bool]:
    """Put quizzes[n] where the n-th quiz block of `lines` is, or nothing where it is None.

    Returns the lines (as many as given) and whether the blocks found match `quizzes` one for one; when
    they do not, every quiz block goes, so nothing half-made reaches the page. `where` is the page's place
    in the learning record (see `render`). Even with no quiz to show,
    a quiz fence must go: as a code block it would print the answers. `keep(quiz, texts_html)` is told
    each quiz placed, with its texts as the page converted them (the trainer's worksheets use them).
    """
    lines = list(lines)
    found = blocks.find("\n".join(lines))
    matches = len(found) == len(quizzes)
    for index, block in enumerate(found):
        start, stop = blocks.span(block, len(lines))
        quiz = quizzes[index] if matches else None
        line = conversion.place(
            texts(quiz), lambda html, quiz=quiz: _shown(quiz, html, strings, where, keep), block.indent,
            lost=None if lost is None else lambda quiz=quiz: lost(quiz)) if quiz else ""
        lines[start:stop] = [line] + [""] * (stop - start - 1)
    return lines, matches


def _shown(quiz: Quiz, html: Mapping[str, str], strings: Mapping[str, str], where, keep) -> str:
    if keep is not None:
        keep(quiz, dict(html))
    return render(quiz, html, strings, where)


def dom_id(quiz_id: str, question_id: str | None = None, option: int | None = None) -> str:
    # '--' cannot occur inside an id (validate.ID), so 'a-b' + 'c' and 'a' + 'b-c' never collide.
    parts = ["ic-quiz-" + quiz_id] + ([question_id] if question_id else []) + \
        ([str(option + 1)] if option is not None else [])
    return "--".join(parts)


def views(quiz: Quiz, texts_html: Mapping[str, str], strings: Mapping[str, str]) -> list[dict]:
    """Each question of the quiz as its template shows it (the page's and the trainer's worksheets)."""
    def html(name: str) -> Markup:
        return Markup(texts_html.get(name, ""))

    total = len(quiz.questions)
    questions = []
    for q, question in enumerate(quiz.questions):
        options = []
        kind = types.TYPES[question.type]  # a quiz is rendered only once valid
        for o, option in enumerate(question.options):
            label = escape(strings[kind.labels[o]]) if kind.labels else html(key("text", q, o))
            options.append({"dom_id": dom_id(quiz.id, question.id, o), "label": label,
                            "correct": option.correct, "feedback": html(key("feedback", q, o))})
        questions.append({
            "id": question.id,
            "type": question.type,
            "dom_id": dom_id(quiz.id, question.id),
            "number": strings["quiz_question_number"].format(n=q + 1, total=total),
            "text": html(key("text", q)),
            "hint": strings[kind.hint] if kind.hint else "",
            "input_type": kind.input_type,
            "options": options,
            "correct": [o["label"] for o in options if o["correct"]],
            "has_feedback": any(o["feedback"] for o in options),
            "explanation": html(key("explanation", q)),
            "own_hint": html(key("hint", q)),
        })
    return questions


def render(quiz: Quiz, texts_html: Mapping[str, str], strings: Mapping[str, str],
           where: Mapping[str, str] | None = None) -> str:
    """The quiz's HTML; `texts_html` maps each text's key (`key`) to its HTML, as the page converted it.

    `where` places the quiz in the reader's learning record (ic.record): {"guide": "co-production", "page":
    "co-production/tips/"}, the page's folder and its URL in the default language, so that both languages
    write the same keys."""
    questions = views(quiz, texts_html, strings)
    return template("quiz", "quiz").render(
        quiz=quiz, dom_id=dom_id(quiz.id), title=Markup(texts_html.get(key("title"), "")), questions=questions,
        s=strings,
        js_strings=[(attribute, strings[name]) for name, attribute in JS_STRINGS.items()]
        + [("reveal", quiz.reveal), ("guide", (where or {}).get("guide", "")),
           ("page", (where or {}).get("page", ""))],
    )
