"""Search results read as text (issue 16): in the built indexes, no visually hidden text run into a visible
number, no list numbers that contradict the rungs', each rung its own result, quizzes found by name."""

from __future__ import annotations

import json
import re

import pytest


def _docs(site_dir, language):
    path = "search/search_index.json" if language == "en" else f"{language}/search/search_index.json"
    return json.loads((site_dir / path).read_text(encoding="utf-8"))["docs"]


@pytest.mark.parametrize("language, prefix, rung", [("en", "", "Rung"), ("cy", "cy/", "Ffon")])
def test_each_rung_is_a_result_of_its_own_read_as_text(site_dir, language, prefix, rung):
    docs = _docs(site_dir, language)
    rungs = [d for d in docs if d["location"].startswith(f"{prefix}co-production/what-next/#ladder-co-production-")
             and d["location"] != f"{prefix}co-production/what-next/#ladder-co-production-assessment"]
    assert len(rungs) == 7, [d["location"] for d in docs]
    # Top to bottom, each titled with its own number, as a screen reader reads the rung.
    numbers = [int(re.search(r"\d+", d["title"]).group()) for d in rungs]
    assert numbers == [7, 6, 5, 4, 3, 2, 1], [d["title"] for d in rungs]
    for doc in docs:
        assert not re.search(r"\d" + rung, doc["text"] + doc["title"]), doc  # "7Rung 7: …"
    ladder = next(d for d in docs if d["location"] == f"{prefix}co-production/what-next/#ladder")
    assert "<ol" not in ladder["text"]


@pytest.mark.parametrize("language, name", [("en", "Quiz"), ("cy", "Cwis")])
def test_quizzes_are_found_by_name(site_dir, language, name):
    quizzes = [d for d in _docs(site_dir, language) if "#quiz-" in d["location"]]
    assert quizzes and all(d["text"].startswith(name + " ") for d in quizzes), quizzes


@pytest.mark.parametrize("language, prefix, name", [("en", "", "Self-assessment"), ("cy", "cy/", "Hunanasesiad")])
def test_the_self_assessment_is_found_by_name(site_dir, language, prefix, name):
    # Its heading asks "Where is your project on the ladder?": the group's name makes "self-assessment" find it.
    section = next(d for d in _docs(site_dir, language)
                   if d["location"] == f"{prefix}co-production/what-next/#ladder-self-assessment")
    assert name in section["text"], section


@pytest.mark.parametrize("path, expected", [
    ("cy/index.html", "# o ddogfennau sy'n cyfateb"),   # Material's own Welsh says "# dogfennau", a plural straight after a number
    ("cy/404.html", "# o ddogfennau sy'n cyfateb"),
    ("index.html", "# matching documents"),
])
def test_the_result_count_reads_right_in_each_language(site_dir, path, expected):
    html = (site_dir / path).read_text(encoding="utf-8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))
    assert config["translations"]["search.result.other"] == expected
