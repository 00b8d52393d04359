"""The LMS packages' pure core (toolkit.scorm): the manifest's every element and attribute that ADL SCORM
1.2 content packaging requires, one by one (tests/build/test_scorm.py validates built ones against the
schemas too); the pages kept inside the package; the assets chosen; the guide's structure; the author's
mastery score."""

from __future__ import annotations

from xml.etree import ElementTree as ET

import pytest

from toolkit import checks, scorm

from .site import sources_of

CP = "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}"
ADL = "{http://www.adlnet.org/xsd/adlcp_rootv1p2}"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"


def _manifest(mastery=None):
    text = scorm.manifest(guide="process-mapping", language="cy", title="Mapio prosesau",
                          launch="cy/process-mapping/index.html",
                          pages=["cy/process-mapping/drawing.html", "cy/process-mapping/index.html"],
                          assets=["assets/ic/ic.js", "assets/quiz/quiz.css"], mastery=mastery)
    return text, ET.fromstring(text.encode("utf-8"))


def test_the_manifest_is_utf8_xml_in_the_ims_content_packaging_namespace_with_the_adlcp_one():
    text, root = _manifest()
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert root.tag == f"{CP}manifest"
    assert 'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"' in text


def test_the_manifest_has_an_identifier_and_a_schema_location_for_each_namespace():
    _, root = _manifest()
    assert root.get("identifier") == "ic-toolkit-process-mapping-cy"
    pairs = root.get(f"{XSI}schemaLocation").split()
    locations = dict(zip(pairs[::2], pairs[1::2]))
    assert locations["http://www.imsproject.org/xsd/imscp_rootv1p1p2"] == "imscp_rootv1p1p2.xsd"
    assert locations["http://www.adlnet.org/xsd/adlcp_rootv1p2"] == "adlcp_rootv1p2.xsd"


def test_the_metadata_says_adl_scorm_1_2():
    _, root = _manifest()
    metadata = root.find(f"{CP}metadata")
    assert metadata.findtext(f"{CP}schema") == "ADL SCORM"
    assert metadata.findtext(f"{CP}schemaversion") == "1.2"


def test_one_organization_the_default_with_one_item_pointing_at_the_sco():
    _, root = _manifest()
    organizations = root.find(f"{CP}organizations")
    found = organizations.findall(f"{CP}organization")
    assert len(found) == 1
    assert organizations.get("default") == found[0].get("identifier")
    assert found[0].findtext(f"{CP}title") == "Mapio prosesau"
    items = found[0].findall(f"{CP}item")
    assert len(items) == 1
    assert items[0].findtext(f"{CP}title") == "Mapio prosesau"
    sco = [r for r in root.iter(f"{CP}resource") if r.get(f"{ADL}scormtype") == "sco"]
    assert len(sco) == 1 and items[0].get("identifierref") == sco[0].get("identifier")


def test_the_sco_starts_at_the_guides_first_page_and_lists_every_page_then_its_assets():
    _, root = _manifest()
    resources = root.find(f"{CP}resources").findall(f"{CP}resource")
    sco, shared = resources
    assert sco.get(f"{ADL}scormtype") == "sco" and sco.get("type") == "webcontent"
    assert sco.get("href") == "cy/process-mapping/index.html"
    assert [f.get("href") for f in sco.findall(f"{CP}file")] == ["cy/process-mapping/index.html",
                                                                   "cy/process-mapping/drawing.html"]
    assert sco.find(f"{CP}dependency").get("identifierref") == shared.get("identifier")
    assert shared.get(f"{ADL}scormtype") == "asset" and shared.get("type") == "webcontent"
    assert [f.get("href") for f in shared.findall(f"{CP}file")] == ["assets/ic/ic.js", "assets/quiz/quiz.css"]
    identifiers = [e.get("identifier") for e in root.iter() if e.get("identifier")]
    assert len(identifiers) == len(set(identifiers)), "identifiers are unique in the manifest"


def test_the_mastery_score_is_on_the_item_only_when_the_author_sets_one():
    _, root = _manifest()
    assert root.find(f".//{CP}item/{ADL}masteryscore") is None
    _, root = _manifest(mastery=80)
    assert root.find(f".//{CP}item/{ADL}masteryscore").text == "80"


# ---- pages kept inside the package -----------------------------------------------------------------------

PAGE = """<head><link rel="canonical" href="https://example.org/g/b.html">
<link rel="stylesheet" href="../assets/lang-switch/lang-switch.css?v=1">
<link rel="alternate" href="https://example.org/cy/g/b.html" hreflang="cy">
<link rel="prev" href="../index.html"><link rel="next" href="c.html"></head>
<a href="../index.html" class="md-header__button md-logo" aria-label="Guide">logo</a>
<div class="md-header__option ic-lang-switch">
  <a class="ic-lang-switch__link" href="../cy/g/b.html" hreflang="cy" lang="cy">Cymraeg</a>
</div>
<ul><li class="md-nav__item">
      <a href="../index.html" class="md-nav__link"><span>Home</span></a>
    </li><li class="md-nav__item"><a href="c.html" class="md-nav__link">C</a></li>
<li class="md-nav__item"><a href="../other/index.html" class="md-nav__link">Other guide</a></li></ul>
<ul class="ic-progress-summary__links"><li><a href="../learning-record.html">Your record</a></li></ul>
<p>See <a href="../trainers.html">the trainer page</a>, <a href="c.html#x">page C</a>,
<a href="#here">here</a> and <a href="https://example.org/">a site</a>.</p>
<nav class="md-footer__inner"><a href="../index.html" class="md-footer__link md-footer__link--prev" aria-label="Previous: Home">
<div class="md-footer__title">Home</div></a><a href="c.html" class="md-footer__link md-footer__link--next">Next</a></nav>
<nav class="ic-footer-nav" aria-label="Site information"><ul><li><a href="../accessibility.html">A</a></li></ul></nav>
<script src="../assets/lang-switch/lang-switch.js?v=2"></script><script src="../assets/ic/ic.js?v=3"></script>"""


def _packaged():
    return scorm.package_html(PAGE, scorm.PageLinks("g/b.html", "g/index.html", "Welsh: g-cy.zip", "en"),
                              {"g/index.html", "g/b.html", "g/c.html"}.__contains__)


def test_a_packaged_page_has_no_language_switch_and_names_the_other_package_in_the_footer():
    html = _packaged()
    assert "ic-lang-switch" not in html and "../cy/" not in html and "lang-switch" not in html
    assert '<script src="../assets/ic/ic.js?v=3"></script>' in html
    assert '<p class="ic-scorm-note" lang="en">Welsh: g-cy.zip</p>' in html
    assert "ic-footer-nav" not in html and "accessibility" not in html


def test_a_packaged_page_links_nowhere_outside_the_package():
    html = _packaged()
    assert "../index.html" not in html and "../other/" not in html and "trainers.html" not in html
    assert "Home" not in html and "Other guide" not in html  # the navigation's items out of it, gone
    assert "ic-progress-summary__links" not in html and "Your record" not in html  # and a list left empty
    assert "<span>the trainer page</span>" in html           # words in the text stay, as text
    assert 'href="index.html" class="md-header__button md-logo"' in html  # the logo: the guide's first page
    assert 'href="c.html#x"' in html and 'href="#here"' in html and 'href="https://example.org/"' in html
    assert '<li class="md-nav__item"><a href="c.html" class="md-nav__link">C</a></li>' in html
    assert 'rel="canonical"' not in html and 'rel="alternate"' not in html
    assert '<link rel="next" href="c.html">' in html and 'rel="prev"' not in html
    assert "md-footer__link--prev" not in html and 'class="md-footer__link md-footer__link--next">Next</a>' in html


def test_the_assets_are_those_the_pages_load_and_those_their_stylesheets_load():
    site = {"assets/a.js": "", "assets/s.css": "x{background:url(img/i.png)} y{src:url('data:x')}",
            "assets/img/i.png": "", "assets/unused.js": ""}
    pages = {"g/index.html": '<script src="../assets/a.js?v=1"></script><link rel="stylesheet" '
                             'href="../assets/s.css?v=2"><link rel="next" href="b.html">'
                             '<script src="../assets/missing.js"></script><img src="https://example.org/x.png">'}
    assert scorm.files_used(pages, site.get) == {"assets/a.js", "assets/s.css", "assets/img/i.png"}


# ---- the guide's structure -------------------------------------------------------------------------------

QUIZ = ('<div class="ic-quiz" id="q" data-module="ic-quiz" data-quiz-id="{id}" role="group">'
        '<fieldset class="ic-quiz__question" data-question-id="{id}-1"></fieldset>'
        '<fieldset class="ic-quiz__question" data-question-id="{id}-2"></fieldset></div>')
LADDER = ('<figure class="ic-ladder" data-ladder="climb"><strong class="ic-ladder__title">Climb.</strong>'
          '<li data-rung="top"><span class="ic-ladder__label">Top</span></li>'
          '<li data-rung="bottom"><span class="ic-ladder__label">Bottom</span></li></figure>'
          '<div class="ic-ladder-check" data-ladder="climb"></div>')


def test_the_structure_lists_pages_quizzes_with_their_questions_and_self_assessed_ladders_in_path_order():
    found = scorm.structure("g", [("g/", 2, QUIZ.format(id="a")), ("g/b/", 3, QUIZ.format(id="b") + LADDER),
                                  ("g/c/", 1, QUIZ.format(id="a"))])
    data = found.data()
    assert data["g"] == "g" and data["p"] == [["g/", 2], ["g/b/", 3], ["g/c/", 1]]
    assert data["q"] == [["a", 0, ["a-1", "a-2"]], ["b", 1, ["b-1", "b-2"]]]  # quiz "a" shown twice: once
    assert data["l"] == [["climb", ["bottom", "top"]]]
    assert found.questions == 4


def test_the_fingerprint_changes_with_what_the_resume_data_is_indexed_by_and_only_that():
    one = scorm.structure("g", [("g/", 2, QUIZ.format(id="a"))]).data()["f"]
    assert scorm.structure("g", [("g/", 5, QUIZ.format(id="a"))]).data()["f"] == one  # minutes: not an index
    assert scorm.structure("g", [("g/", 2, QUIZ.format(id="b"))]).data()["f"] != one
    assert scorm.structure("g", [("g/", 2, ""), ("g/x/", 1, QUIZ.format(id="a"))]).data()["f"] != one


# ---- the author's mastery score --------------------------------------------------------------------------

FRONT = ("---\ntitle: {title}\norder: 1\nguide: {title}\ndescription: {title}.\nlast_reviewed: 2026-11-01\n"
         "next_review: 2027-11-01\n{extra}---\n\n# {title} {{#intro}}\n")
HOME = "---\ntitle: Home\n---\n\n# Home {#home}\n"


def _problems(en_extra="", cy_extra="", page="g/index.md"):
    pages = {"index.md": HOME, "cy/index.md": HOME.replace("Home", "Hafan"),
             page: FRONT.format(title="Guide", extra=en_extra),
             f"cy/{page}": FRONT.format(title="Canllaw", extra=cy_extra)}
    if page != "g/index.md":
        pages["g/index.md"] = FRONT.format(title="Guide", extra="")
        pages["cy/g/index.md"] = FRONT.format(title="Canllaw", extra="")
    return [str(p) for p in checks.run(sources_of(pages))]


def test_a_mastery_score_from_0_to_100_on_the_index_in_both_languages_is_accepted():
    assert _problems("mastery_score: 80\n", "mastery_score: 80\n") == []


@pytest.mark.parametrize("en, cy, page, message", [
    ("mastery_score: 180\n", "mastery_score: 180\n", "g/index.md",
     "docs/g/index.md:8: front matter 'mastery_score' is 180; expected a whole number from 0 to 100 (the "
     "percentage of quiz questions right at the first try that passes)"),
    ("mastery_score: high\n", "mastery_score: high\n", "g/index.md",
     "docs/g/index.md:8: front matter 'mastery_score' must be a whole number from 0 to 100, not 'high'"),
    ("mastery_score: 80\n", "mastery_score: 70\n", "g/index.md",
     "docs/cy/g/index.md:8: front matter 'mastery_score' is 70 but docs/g/index.md says 80; the twins must "
     "have the same pass mark"),
    ("mastery_score: 80\n", "mastery_score: 80\n", "g/tips.md",
     "docs/g/tips.md:8: front matter 'mastery_score' belongs on the guide's index page (docs/g/index.md): it "
     "is the pass mark of the whole guide's LMS package"),
])
def test_a_wrong_mastery_score_is_one_clear_message(en, cy, page, message):
    assert message in _problems(en, cy, page)


def test_a_guide_page_whose_key_an_lms_cannot_keep_as_the_learners_place_is_one_message():
    fits, over = "p" * 252, "p" * 253  # g/<name>/ is 255 and 256 characters
    assert _problems(page=f"g/{fits}.md") == []
    assert _problems(page=f"g/{over}.md") == [
        f"docs/g/{over}.md: this page's address (g/{over}/) is over 255 characters, more than an LMS keeps as "
        "the learner's place (SCORM 1.2 cmi.core.lesson_location); shorten its folder or file name"]
