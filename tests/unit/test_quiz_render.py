"""Server-side HTML of a quiz: readable and answerable without JavaScript, in the page's language."""

from textwrap import dedent

import markdown
from bs4 import BeautifulSoup

from toolkit import strings
from toolkit.quiz import blocks, parse, render

SOURCE = dedent("""\
    ```quiz
    id: demo
    questions:
      - id: pick-one
        type: single
        question: Which one is *right*?
        options:
          - text: This one
            correct: true
            feedback: Yes, see [the page](other.md).
          - text: That one
            feedback: No.
        explanation: Because of **this**.
      - id: is-it
        type: true-false
        question: The sky is green.
        answer: false
        feedback_true: Look up.
        explanation: It is blue.
      - id: pick-many
        type: multiple
        question: Pick the vowels.
        options:
          - {text: A, correct: true}
          - {text: B}
          - {text: E, correct: true}
        explanation: A and E are vowels.
    ```
    """)


def rendered(language: str = "en", source: str = SOURCE) -> BeautifulSoup:
    (block,) = blocks.find(source)
    quiz, problems = parse.parse(block, "docs/page.md")
    assert not problems
    # What the page's Markdown does to each text, inline (no <p> around it).
    fragments = {name: markdown.markdown(text)[3:-4] for name, text in render.texts(quiz).items()}
    return BeautifulSoup(render.render(quiz, fragments, strings.load(language)), "html.parser")


def test_each_question_is_a_fieldset_whose_legend_holds_the_whole_question():
    html = rendered()
    legends = [" ".join(f.legend.get_text(" ").split()) for f in html.select("fieldset.ic-quiz__question")]
    assert legends == ["Question 1 of 3 Which one is right ?",
                       "Question 2 of 3 The sky is green.",
                       "Question 3 of 3 Pick the vowels. Select all that apply."]
    assert html.select_one("fieldset legend em").get_text() == "right"


def test_real_inputs_with_labels_radio_or_checkbox():
    html = rendered()
    types = [[i["type"] for i in f.select("input")] for f in html.select("fieldset")]
    assert types == [["radio", "radio"], ["radio", "radio"], ["checkbox", "checkbox", "checkbox"]]
    labels = {label["for"]: label.get_text() for label in html.select("label")}
    for field in html.select("input"):
        assert labels[field["id"]], field
        assert field["name"] == field.find_parent("fieldset")["id"]
    assert [labels[i["id"]] for i in html.select("#ic-quiz-demo--is-it input")] == ["True", "False"]
    assert len({i["id"] for i in html.select("[id]")}) == len(html.select("[id]")), "ids are unique"


def test_show_answer_holds_the_answer_feedback_and_explanation():
    first, true_false, many = rendered().select("details.ic-quiz__answer")
    assert first.summary.get_text() == "Show answer"
    assert first.select_one(".ic-quiz__key").get_text(" ", strip=True) == "Correct answer: This one"
    assert [li.get_text(" ", strip=True) for li in first.select(".ic-quiz__feedback-item")] == [
        "Correct: This one — Yes, see the page .", "Incorrect: That one — No."]
    assert first.select_one(".ic-quiz__feedback a")["href"] == "other.md"
    assert first.select_one(".ic-quiz__explanation").get_text(" ", strip=True) == "Explanation: Because of this ."
    assert true_false.select_one(".ic-quiz__key").get_text(" ", strip=True) == "Correct answer: False"
    assert [li.get_text() for li in many.select(".ic-quiz__key-list li")] == ["A", "E"]
    assert many.select(".ic-quiz__feedback-list") == [], "no feedback list when no option has feedback"


def test_javascript_only_controls_are_hidden_until_the_script_runs():
    html = rendered()
    assert all(a.has_attr("hidden") for a in html.select(".ic-quiz__actions, .ic-quiz__footer"))
    assert html.select_one(".ic-quiz__check").get("type") == "button", "no form submission"
    assert html.select("form") == []


def test_welsh_page_gets_welsh_strings_everywhere():
    html = rendered("cy")
    root = html.select_one('[data-module="ic-quiz"]')
    assert root["aria-label"] == "Cwis"
    assert html.select_one("legend").get_text(" ", strip=True).startswith("Cwestiwn 1 o 3")
    assert html.select_one("summary").get_text() == "Dangos yr ateb"
    assert html.select_one(".ic-quiz__check").get_text() == "Gwirio ateb"
    assert html.select_one(".ic-quiz__retry").get_text() == "Ceisiwch eto"
    assert [label.get_text() for label in html.select("#ic-quiz-demo--is-it label")] == ["Gwir", "Gau"]
    assert root["data-i18n-score"] == "Sgôr: {correct} o {total} yn gywir"
    assert root["data-i18n-badge-correct"] == "Cywir" and root["data-i18n-badge-incorrect"] == "Anghywir"
    assert "Yr atebion cywir:" in html.select("details")[2].get_text()


def test_every_string_the_script_needs_is_on_the_quiz():
    root = rendered().select_one('[data-module="ic-quiz"]')
    for attribute in render.JS_STRINGS.values():
        assert root[f"data-i18n-{attribute}"].strip(), attribute
    assert root["data-quiz-id"] == "demo"


def test_options_keep_their_order_and_correctness_for_the_script():
    html = rendered()
    assert [o["data-correct"] for o in html.select("#ic-quiz-demo--pick-many .ic-quiz__option")] == [
        "true", "false", "true"]


def test_a_title_names_the_quiz():
    source = SOURCE.replace("id: demo\n", "id: demo\ntitle: Quick *check*\n")
    root = rendered(source=source).select_one('[data-module="ic-quiz"]')
    title = root.select_one(".ic-quiz__title")
    assert root["aria-labelledby"] == title["id"] and title.em.get_text() == "check"


def test_dom_ids_cannot_collide():
    assert render.dom_id("a-b", "c") != render.dom_id("a", "b-c")


def test_a_hint_is_converted_like_the_other_texts_and_kept_for_the_script():
    source = SOURCE.replace("    explanation: Because of **this**.",
                            "    hint: Think of [the page](other.md) *first*.\n    explanation: Because of **this**.")
    (block,) = blocks.find(source)
    quiz, _ = parse.parse(block, "docs/page.md")
    assert render.texts(quiz)["q0-hint"] == "Think of [the page](other.md) *first*."
    assert "q1-hint" not in render.texts(quiz), "no hint, no text"
    html = rendered(source=source)
    clue = html.select_one("#ic-quiz-demo--pick-one .ic-quiz__clue")
    assert clue.has_attr("hidden") and clue.has_attr("data-search-exclude")
    assert clue.a["href"] == "other.md" and clue.em.get_text() == "first"
    assert html.select("#ic-quiz-demo--is-it .ic-quiz__clue") == []
    assert clue.find_parent("details") is None, "the no-JavaScript answer is unchanged"


def test_the_script_is_told_when_to_reveal_and_where_the_quiz_is_in_the_record():
    (block,) = blocks.find(SOURCE)
    quiz, _ = parse.parse(block, "docs/page.md")
    fragments = {name: markdown.markdown(text)[3:-4] for name, text in render.texts(quiz).items()}
    where = {"guide": "process-mapping", "page": "process-mapping/drawing-the-map/"}
    for language, generic in (("en", "Look again at your answer and any feedback on it, then try again."),
                              ("cy", "Edrychwch eto ar eich ateb ac ar unrhyw adborth arno, ac yna rhowch gynnig arall arni.")):
        root = BeautifulSoup(render.render(quiz, fragments, strings.load(language), where),
                             "html.parser").select_one('[data-module="ic-quiz"]')
        assert root["data-i18n-reveal"] == "after-second-try"
        assert root["data-i18n-guide"] == "process-mapping", "the same in both languages"
        assert root["data-i18n-page"] == "process-mapping/drawing-the-map/"
        assert root["data-i18n-hint-generic"] == generic
    at_once = SOURCE.replace("id: demo\n", "id: demo\nreveal: at-once\n")
    assert rendered(source=at_once).select_one('[data-module="ic-quiz"]')["data-i18n-reveal"] == "at-once"
