"""Each guide's worksheet and answer key (toolkit.trainer.worksheet): exercises in page order under their
section, links re-aimed from the worksheet's address, questions without answers on the worksheet and with
them on the answer key, the self-assessment worked on paper; and the Welsh minutes after 2."""

from __future__ import annotations

from bs4 import BeautifulSoup

from toolkit import headings, ladder, strings, trainer
from toolkit.quiz import blocks, parse
from toolkit.quiz import render as quiz_render
from toolkit.trainer import notes, worksheet
from toolkit.trainer.model import GuideEntry, PageEntry
from toolkit.trainer.render import relative_url

from .ladder_samples import PATH, VALID

QUIZ = """```quiz
id: steps
questions:
  - id: first
    type: single
    question: Which step comes first?
    options:
      - text: Identify your goals
        correct: true
        feedback: Right-feedback-walrus.
      - text: Evaluate learning
        feedback: Wrong-feedback-heron.
    explanation: Explanation-otter, see [the steps](../how-to-use/#steps).
  - id: culture
    type: multiple
    question: Which belong to the culture?
    options:
      - text: Openness
        correct: true
      - text: Clear communication
        correct: true
      - text: Secrecy
  - id: survey
    type: true-false
    question: Surveys gather feedback.
    answer: true
    explanation: Explanation-badger.
```
"""


def _quiz():
    block, = blocks.find(QUIZ, first_line=20)
    quiz, problems = parse.parse(block, "docs/g/tips.md")
    assert not problems
    # The texts as the page's Markdown would give them (here: as written, links as HTML).
    html = {k: v.replace("[the steps](../how-to-use/#steps)", '<a href="../how-to-use/#steps">the steps</a>')
            for k, v in quiz_render.texts(quiz).items()}
    return worksheet.Exercise(quiz.line, worksheet.QUIZ, quiz, html)


def _assessment(language="en"):
    model, problems = ladder.checked(VALID, PATH, "small")
    assert not problems
    return worksheet.Exercise(9, worksheet.ASSESSMENT, model,
                              ladder.render.texts(ladder.placement.ASSESSMENT, model, language))


def _guide(language="en"):
    found = {}
    worksheet.keep(found, "g/tips.md", _quiz())
    worksheet.keep(found, "g/tips.md", _assessment(language))
    marks = headings.parse("# Tips {#tips}\n\n## The ladder {#ladder}\n\ntext\n\n"
                           "## Check your understanding {#quiz-tips}\n", first_line=5)
    placed = worksheet.placed(found, "g/tips.md", marks, {"ladder": "The ladder", "quiz-tips": "Check"})
    tips = PageEntry("g/tips/", "Helpful tips", "cy/g/tips/", "Awgrymiadau", 1, (), "tips", exercises=placed)
    index = PageEntry("g/", "Intro", "cy/g/", "Cyflwyniad", 1, (), "index")
    return GuideEntry("Guide", "Canllaw", "g", (index, tips), None)


def _sheet(kind, language="en"):
    url = f"{'cy/' if language == 'cy' else ''}trainers/g-{kind}.html"
    html = worksheet.render(kind, _guide(language), title="T", heading_id="h", back_url="trainers/g.html",
                            back_title="Back", page_url=url, language=language, labels=strings.load(language),
                            relative=relative_url, link=lambda target: relative_url(url, target))
    return html, BeautifulSoup(html, "html.parser")


def test_exercises_come_in_page_order_under_the_heading_before_them():
    placed = _guide().pages[1].exercises
    assert [(p.exercise.kind, p.section_id, p.section_title) for p in placed] == [
        (worksheet.ASSESSMENT, "ladder", "The ladder"), (worksheet.QUIZ, "quiz-tips", "Check")]


def test_links_are_re_aimed_from_the_worksheets_address():
    def reaim(href, here="co-production/tips/"):
        return worksheet.reaim(f'<a href="{href}">x</a>', here, "trainers/co-production-worksheet.html",
                               relative_url)
    assert reaim("../how-to-use/#steps") == '<a href="../co-production/how-to-use/#steps">x</a>'
    assert reaim("#steps") == '<a href="../co-production/tips/#steps">x</a>'
    assert reaim("https://example.org/a") == '<a href="https://example.org/a">x</a>'
    assert reaim("resources.html#a", "co-production/tips.html") == '<a href="../co-production/resources.html#a">x</a>'


def test_the_worksheet_has_every_question_and_option_and_no_answer():
    html, soup = _sheet(worksheet.WORKSHEET)
    text = " ".join(soup.get_text(" ").split())
    for words in ("Which step comes first?", "Identify your goals", "Evaluate learning", "Secrecy",
                  "Surveys gather feedback.", "True", "False", "Tick one answer.", "Tick every answer that is right."):
        assert words in text, words
    for answer in ("walrus", "heron", "otter", "badger", "Correct answer", "Explanation", "data-correct",
                   "correct"):
        assert answer not in html, answer
    assert len(soup.select(".ic-sheet__option .ic-sheet__box")) == 2 + 3 + 2
    assert all(box["aria-hidden"] == "true" for box in soup.select(".ic-sheet__box"))


def test_the_worksheets_self_assessment_works_on_paper():
    html, soup = _sheet(worksheet.WORKSHEET)
    part = soup.select_one(".ic-sheet__assessment")
    text = " ".join(part.get_text(" ").split())
    assert part.h3.get_text() == "The ladder"
    assert "How to read the statements:" in text and "the bottom rung, One" in text
    assert "If this is true: rung 2, Two" in text and "If this is true: rung 3, Three" in text
    assert text.count("Yes") == text.count("No") == 2 + 1  # each statement's boxes, and the instruction
    assert "My project is on the rung:" in text
    for button_words in ("button", "press", "choose", "select", "Show where my project is"):
        assert button_words not in text.lower(), button_words


def test_the_answer_key_gives_each_questions_answers_and_explanation():
    html, soup = _sheet(worksheet.ANSWERS, "cy")
    questions = soup.select(".ic-sheet__quiz .ic-sheet__question")
    assert len(questions) == 3
    first, second, third = (" ".join(q.get_text(" ").split()) for q in questions)
    assert "Yr ateb cywir: Identify your goals" in first and "Evaluate learning" not in first
    assert "Explanation-otter" in first
    assert questions[0].select_one('a[href="../../g/how-to-use/#steps"]') is not None
    assert "Yr atebion cywir: Openness Clear communication" in second and "Secrecy" not in second
    assert "Yr ateb cywir: Gwir" in third and "Explanation-badger" in third
    key = " ".join(soup.select_one(".ic-sheet__assessment").get_text(" ").split())
    assert "Os yw hyn yn wir: ffon 2, Dau" in key and "ffon isaf, Un" in key


def test_a_guide_without_exercises_has_no_worksheet():
    guide = GuideEntry("Guide", "Canllaw", "g", (PageEntry("g/", "Intro", "cy/g/", "Cyflwyniad", 1, (), "index"),),
                       None)
    pages = trainer.guide_pages((guide,), trainer_url="trainers/", trainer_path="trainers/index.html",
                                site_url="https://x.org/", language="en", other_language="cy",
                                labels=strings.load("en"), other_labels=strings.load("cy"))
    assert [p.path for p in pages] == ["trainers/g.html"]
    assert "worksheet" not in pages[0].content


def test_the_worksheet_and_answer_key_are_siblings_of_the_guides_trainer_page_and_not_indexed():
    pages = trainer.guide_pages((_guide(),), trainer_url="trainers/", trainer_path="trainers/index.html",
                                site_url="https://x.org/", language="en", other_language="cy",
                                labels=strings.load("en"), other_labels=strings.load("cy"))
    assert [(p.path, p.noindex) for p in pages] == [("trainers/g.html", False), ("trainers/g-worksheet.html", True),
                                                   ("trainers/g-answers.html", True)]
    guide_page = BeautifulSoup(pages[0].content, "html.parser")
    assert [a["href"] for a in guide_page.select(".ic-trainer-sheets a")] == ["g-worksheet.html", "g-answers.html"]
    assert pages[1].title == "Worksheet: Guide" and pages[2].title == "Answer key: Guide"
    shell = ('<html><head><title>For trainers - Site</title></head><body>'
             '<article class="md-content__inner md-typeset"></article></body></html>')
    assert '<meta name="robots" content="noindex">' in trainer.compose(shell, pages[2])
    assert 'name="robots"' not in trainer.compose(shell, pages[0])


def test_welsh_minutes_mutate_after_two():
    cy = strings.load("cy")
    minutes = [strings.count(cy, "trainer_minutes", n).format(n=n) for n in (1, 2, 3)]
    assert minutes == ["1 munud", "2 funud", "3 munud"]
    assert strings.count(cy, "trainer_reading_time", 2).format(n=2) == "Tua 2 funud o ddarllen"
    block = notes.parse("```trainer\ntiming: 2 teaching, 12 activity\n```\n", "docs/cy/g/index.md", 1)[0]
    page = PageEntry("cy/g/", "Cyflwyniad", "g/", "Intro", 2, (), "index", block)
    html = trainer.render_guide(GuideEntry("Canllaw", "Guide", "g", (page,), None), page_url="cy/trainers/g.html",
                                back_url="cy/trainers/", title="T", heading_id="h", site_url="https://x.org/",
                                language="cy", other_language="en", labels=cy, other_labels=strings.load("en"))
    assert "2 funud o addysgu, 12 munud o weithgaredd" in html
    assert "Tua 2 funud o ddarllen" in html
    assert "2 min teaching, 12 min activity" in trainer.render_guide(
        GuideEntry("Guide", "Canllaw", "g", (page,), None), page_url="trainers/g.html", back_url="trainers/",
        title="T", heading_id="h", site_url="https://x.org/", language="en", other_language="cy",
        labels=strings.load("en"), other_labels=cy)
