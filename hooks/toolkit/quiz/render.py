"""A valid quiz → HTML, through templates/quiz.html.j2 (toolkit.templating).

Texts arrive as HTML fragments already converted by the page's Markdown (see `markdown`); everything
else (ids, interface strings) is escaped by the template. The strings come from the catalogue of the
page's language; the ones quiz.js needs travel as data-* attributes, never chosen by the browser.
"""

from __future__ import annotations

from typing import Mapping

from markupsafe import Markup, escape

from ..templating import template
from .fragments import key
from .model import MULTIPLE, TRUE_FALSE, Quiz

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
}


def dom_id(quiz_id: str, question_id: str | None = None, option: int | None = None) -> str:
    # '--' cannot occur inside an id (validate.ID), so 'a-b' + 'c' and 'a' + 'b-c' never collide.
    parts = ["ic-quiz-" + quiz_id] + ([question_id] if question_id else []) + \
        ([str(option + 1)] if option is not None else [])
    return "--".join(parts)


def render(quiz: Quiz, fragments: Mapping[str, str], strings: Mapping[str, str]) -> str:
    """The quiz's HTML; `fragments` maps each text's key (markdown.key) to its inline HTML."""
    def html(name: str) -> Markup:
        return Markup(fragments.get(name, ""))

    total = len(quiz.questions)
    questions = []
    for q, question in enumerate(quiz.questions):
        options = []
        for o, option in enumerate(question.options):
            if question.type == TRUE_FALSE:
                label = escape(strings["quiz_true"] if o == 0 else strings["quiz_false"])
            else:
                label = html(key("text", q, o))
            options.append({"dom_id": dom_id(quiz.id, question.id, o), "label": label,
                            "correct": option.correct, "feedback": html(key("feedback", q, o))})
        questions.append({
            "id": question.id,
            "type": question.type,
            "dom_id": dom_id(quiz.id, question.id),
            "number": strings["quiz_question_number"].format(n=q + 1, total=total),
            "text": html(key("text", q)),
            "hint": strings["quiz_select_all"] if question.type == MULTIPLE else "",
            "input_type": "checkbox" if question.type == MULTIPLE else "radio",
            "options": options,
            "correct": [o["label"] for o in options if o["correct"]],
            "has_feedback": any(o["feedback"] for o in options),
            "explanation": html(key("explanation", q)),
        })
    return template("quiz", "quiz").render(
        quiz=quiz, dom_id=dom_id(quiz.id), title=html(key("title")), questions=questions, s=strings,
        js_strings=[(attribute, strings[name]) for name, attribute in JS_STRINGS.items()],
    )
