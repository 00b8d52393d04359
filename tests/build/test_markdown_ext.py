"""In a real MkDocs build, a link in a quiz or a ladder is the page's own link: MkDocs rewrites it to the
page's URL form, and a link to a missing page fails the strict build (MkDocs' own validation).

A throwaway site in tmp_path: this project's mkdocs.yml, hooks and overrides with only the hooks this test
is about, a small ladder and a few pages of its own (no live content).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import build_site, copy_project

from tests.unit.ladder_samples import VALID

pytestmark = pytest.mark.build

KEEP_HOOKS = ("hooks/strings.py", "hooks/quiz.py", "hooks/ladder.py")
LINK = "[the other page](other.md#section)"


def quiz(link: str) -> str:
    return ("```quiz\nid: demo\nquestions:\n  - id: q\n    type: single\n    question: Which?\n"
            "    options:\n"
            f"      - text: 'See {link}'\n        correct: true\n      - text: Not this\n"
            f"    explanation: 'Because of {link}.'\n```\n")


def page(link: str, marker: str = "ladder-assessment") -> str:
    return (f"---\ntitle: Page\ndescription: A page.\n---\n\n# Page {{#page}}\n\n<!-- toolkit:ladder small -->\n\n"
            f"Between.\n\n<!-- toolkit:{marker} small -->\n\n{quiz(link)}")


def make_site(root: Path, link: str, marker: str = "ladder-assessment") -> Path:
    copy_project(root, docs=False, hooks=KEEP_HOOKS)
    shutil.rmtree(root / "ladders")
    (root / "ladders").mkdir()
    ladder = (VALID.replace("(SO).", f"(SO), see {link}.")
              .replace("SO</span>).", f"SO</span>), gweler {link}.")
              .replace("meaning: {en: First rung, cy: Y ffon gyntaf}",
                       f"meaning: {{en: 'First rung, see {link}', cy: 'Y ffon gyntaf, gweler {link}'}}")
              .replace("<b>bold</b>", "**bold**"))  # raw HTML in a ladder is an error (toolkit.safety)
    assert ladder.count(link) == 4
    (root / "ladders" / "small.yml").write_text(ladder, encoding="utf-8")
    for language in ("", "cy/"):
        docs = root / "docs" / language
        docs.mkdir(parents=True, exist_ok=True)
        (docs / "index.md").write_text("# Home {#home}\n", encoding="utf-8")
        (docs / "other.md").write_text("# Other {#other}\n\n## Section {#section}\n", encoding="utf-8")
        (docs / "page.md").write_text(page(link, marker), encoding="utf-8")
    return root / "mkdocs.yml"


@pytest.fixture(scope="module")
def good_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("links")
    result = build_site(root / "site", "http://127.0.0.1:8000/", make_site(root, LINK))
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.mark.parametrize("language", ["", "cy/"])
def test_links_in_quizzes_and_ladders_are_rewritten_to_the_pages_url_form(good_build, language):
    html = BeautifulSoup((good_build / language / "page" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    where = {
        "quiz option": ".ic-quiz__label a",
        "quiz answer key": ".ic-quiz__key a",
        "quiz explanation": ".ic-quiz__explanation a",
        "ladder credit": ".ic-ladder__credit a:not([href^=http])",
        "ladder rung text": "[data-rung=one] .ic-ladder__meaning a",
    }
    for name, selector in where.items():
        link = html.select_one(selector)
        assert link is not None, name
        assert link["href"] == "../other/#section", name
        assert link.get_text() == "the other page", name


def test_a_link_to_a_missing_page_fails_the_strict_build(tmp_path):
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", make_site(tmp_path, "[gone](missing.md)"))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    for source in ("page.md", "cy/page.md"):
        # One for each text: the quiz option, the quiz explanation, the ladder's credit and its rung text,
        # each at its own line (the ladder's in the ladder file).
        found = [e for e in errors if f"the link 'missing.md' goes to docs/{source.replace('page.md', 'missing.md')}, "
                 f"which does not exist" in e]
        assert len(found) == 4 and len(set(found)) == 4, f"{source}:\n" + result.stderr


def test_a_misspelt_marker_names_its_line_in_the_file_front_matter_included(tmp_path):
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/",
                        make_site(tmp_path, LINK, marker="ladder-asessment"))
    assert result.returncode == 1
    line = page(LINK, "ladder-asessment").splitlines().index("<!-- toolkit:ladder-asessment small -->") + 1
    errors = [e for e in result.stderr.splitlines() if e.startswith("ERROR") and "asessment" in e]
    for source in ("docs/page.md", "docs/cy/page.md"):
        assert sum(f"toolkit: {source}:{line}: unknown marker 'toolkit:ladder-asessment'" in e
                   for e in errors) == 1, "\n".join(errors)
    html = (tmp_path / "site" / "page" / "index.html").read_text(encoding="utf-8")
    assert "toolkit:ladder" not in html and "ic-ladder-check" not in html and 'data-module="ic-ladder"' in html
