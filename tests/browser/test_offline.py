"""The offline copy (issue 6): the zip made by `mkdocs build -f mkdocs.offline.yml`, unzipped and opened
from the file system in Chromium: navigation, language switch, a quiz and the ladder work."""

from __future__ import annotations

import zipfile

import pytest
from playwright.sync_api import expect

from tests.conftest import ROOT, build_site

# It also builds the offline copy of its own (mkdocs.offline.yml), hence `build` too.
pytestmark = [pytest.mark.browser, pytest.mark.build]

FOLDER = "toolkit-guide"


@pytest.fixture(scope="module")
def offline_root(tmp_path_factory):
    out = tmp_path_factory.mktemp("offline")
    result = build_site(out / "site", "https://example.org/toolkit/", ROOT / "mkdocs.offline.yml")
    assert result.returncode == 0, result.stderr
    archive = out / "site-offline.zip"
    assert archive.is_file(), "the offline build wrote no zip"
    with zipfile.ZipFile(archive) as bundle:
        names = bundle.namelist()
        assert all(name.startswith(FOLDER + "/") for name in names), "one folder inside the zip"
        assert not [n for n in names if "search_index" in n or n.endswith(".map")], "search and maps left out"
        bundle.extractall(out / "unzipped")
    return out / "unzipped" / FOLDER


# Every Content-Security-Policy violation is an error too: from file://, 'self' must still let the site's
# own scripts, styles and images in (toolkit.csp).
WATCH_CSP = """document.addEventListener("securitypolicyviolation", function (event) {
  window.__icViolation(event.violatedDirective + " " + event.blockedURI);
}, true);"""


@pytest.fixture
def file_page(browser):
    context = browser.new_context()
    errors: list[str] = []
    context.expose_binding("__icViolation", lambda source, text: errors.append(f"CSP violation: {text}"))
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    yield page
    context.close()


def test_the_zip_opens_from_the_file_system_and_its_links_work(offline_root, file_page):
    page = file_page
    page.goto((offline_root / "index.html").as_uri())
    assert page.locator("h1").first.inner_text().startswith("Improvement Cymru Academy Toolkit Guide")
    # The home page's list of guides, then the learning path's "next" link.
    page.locator(".ic-guide-list__link").first.click()
    assert page.url.endswith("/co-production/index.html")
    page.locator("a.md-footer__link--next").click()
    assert page.url.endswith("/co-production/rationale.html")
    assert page.locator("article h1").inner_text().startswith("Why co-production matters")
    # The site navigation (a link in the menu).
    page.locator(".md-sidebar--primary a.md-nav__link[href$='tips.html']").first.click()
    assert page.url.endswith("/co-production/tips.html")
    # The footer link written by a template as a folder opens the page, not a folder listing.
    page.locator(".ic-footer-nav a").first.click()
    page.wait_for_url("**/accessibility.html")
    page.wait_for_load_state()
    assert page.locator("article h1").count() == 1
    assert not page.errors, page.errors


def test_language_switch_keeps_the_section_offline(offline_root, file_page):
    page = file_page
    page.goto((offline_root / "co-production" / "how-to-use.html").as_uri() + "#steps")
    page.locator("a.ic-lang-switch__link").click()
    page.wait_for_url("**/cy/co-production/how-to-use.html#steps")
    assert page.locator("html").get_attribute("lang") == "cy"
    page.locator("a.ic-lang-switch__link").click()
    page.wait_for_url("**/co-production/how-to-use.html*")
    assert page.locator("html").get_attribute("lang") == "en"
    assert not page.errors, page.errors


def test_the_guides_trainer_pages_are_in_the_zip_and_open_offline(offline_root, file_page):
    for lang in ("", "cy/"):
        assert (offline_root / f"{lang}trainers-co-production.html").is_file()
    page = file_page
    page.goto((offline_root / "trainers.html").as_uri())
    page.locator("a.ic-trainer__guide-index").first.click()
    page.wait_for_url("**/trainers-co-production.html")
    assert page.locator("article h1").inner_text() == "For trainers: Co-production"
    page.locator("a.ic-trainer__page-link[href$='how-to-use.html']").click()
    page.wait_for_url("**/co-production/how-to-use.html")
    page.go_back()
    page.locator("a.ic-lang-switch__link").click()
    page.wait_for_url("**/cy/trainers-co-production.html*")
    assert page.locator("html").get_attribute("lang") == "cy"
    # The guide's worksheet opens offline, with its way back to the guide's trainer page.
    page.locator("a.ic-trainer-sheets__worksheet").click()
    page.wait_for_url("**/cy/trainers-co-production-worksheet.html")
    assert page.locator("article h1").inner_text() == "Taflen waith: Cydgynhyrchu"
    assert page.locator(".ic-sheet__question").count() >= 10
    page.locator(".ic-sheet__back a").click()
    page.wait_for_url("**/cy/trainers-co-production.html")
    page.locator(".ic-trainer__back a").click()
    page.wait_for_url("**/cy/trainers.html")
    assert not page.errors, page.errors


def test_a_quiz_answered_offline(offline_root, file_page):
    page = file_page
    page.goto((offline_root / "cy" / "co-production" / "index.html").as_uri())
    quiz = page.locator(".ic-quiz").first
    question = quiz.locator(".ic-quiz__question").first
    question.locator(".ic-quiz__label").first.click()  # the first option is right
    question.locator(".ic-quiz__check").click()
    expect(question.locator(".ic-quiz__result")).to_contain_text("Cywir")
    assert not page.errors, page.errors


def test_a_ladder_rung_opens_offline(offline_root, file_page):
    page = file_page
    page.goto((offline_root / "co-production" / "what-next.html").as_uri())
    rung = page.locator("details.ic-ladder__details").first
    rung.locator("summary").click()
    assert rung.get_attribute("open") is not None
    assert rung.locator(".ic-ladder__body").is_visible()
    assert not page.errors, page.errors


def test_search_is_hidden_offline_rather_than_broken(offline_root, file_page):
    # Browsers do not start Material's search worker from file://; Material then hides the search box.
    page = file_page
    page.goto((offline_root / "index.html").as_uri())
    page.wait_for_load_state("load")
    assert not page.locator(".md-search").is_visible()


def test_a_script_that_got_into_a_page_does_not_run_offline(offline_root, file_page):
    page = file_page
    original = offline_root / "co-production" / "tips.html"
    copy = original.with_name("tips-injected.html")
    copy.write_text(original.read_text(encoding="utf-8").replace(
        "</article>", "<script>window.__pwned = 1</script></article>", 1), encoding="utf-8")
    page.goto(copy.as_uri())
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    assert "script-src 'self' 'sha256-" in policy and " file:;" in policy
    page.wait_for_timeout(200)
    assert [e.split()[:3] for e in page.errors] == [["CSP", "violation:", "script-src-elem"]], page.errors
    # The site's own scripts, from files, still ran.
    assert page.evaluate("typeof ic") == "object"


def test_the_zip_offers_no_saving_to_read_offline(offline_root, file_page):
    # From the file system there is no service worker: the offline build writes no control, manifest or
    # worker (hooks/saved.py), so the reader is never offered what cannot work.
    assert not (offline_root / "saved-worker.js").exists() and not (offline_root / "saved").exists()
    page = file_page
    page.goto((offline_root / "co-production" / "index.html").as_uri())
    assert page.locator(".ic-saved").count() == 0
    assert page.get_by_role("button", name="Save this guide to read offline").count() == 0
