"""Save a guide to read offline (issue 17), in Chromium, on the fixture guide (Process mapping), with the
site built for and served under /toolkit/.

"Offline" here is both Playwright's `context.set_offline(True)` and the site's server stopped: Chromium's
offline emulation does not reach a service worker's own requests (microsoft/playwright#2311), so with the
server still up a worker's network-first fetch would pass the test without any saved copy.
"""

from __future__ import annotations

import contextlib
import json
import re

import pytest
from playwright.sync_api import Error, expect

from tests.conftest import _free_port, build_site, copy_project, serve

# It builds (and rebuilds) a site of its own, hence `build` too.
pytestmark = [pytest.mark.browser, pytest.mark.build]

GUIDE = "process-mapping"
BASE = "toolkit/"
CHANGED_PAGE = "docs/process-mapping/involving-people.md"
NEW_SENTENCE = "This sentence is only in the second build."


class Site:
    def __init__(self, root, port):
        self.root = root          # the project copy
        self.www = root / "www"   # served folder; the site is www/toolkit/
        self.port = port
        self.url = f"http://127.0.0.1:{port}/"

    def build(self):
        result = build_site(self.www / "toolkit", self.url + BASE, self.root / "mkdocs.yml")
        assert result.returncode == 0, result.stderr

    def online(self):
        return serve(self.www, self.port)

    def manifest(self, language):
        return json.loads((self.www / "toolkit" / "saved" / f"{GUIDE}.{language}.json").read_text("utf-8"))

    def pages(self, language):
        prefix = "" if language == "en" else f"{language}/"
        return [f["url"] for f in self.manifest(language)["files"] if f["url"].startswith(prefix + GUIDE + "/")]


@pytest.fixture
def site(tmp_path):
    copy_project(tmp_path, fixtures=True)
    built = Site(tmp_path, _free_port())
    built.build()
    return built


@pytest.fixture
def context(browser, site):
    context = browser.new_context(base_url=site.url, service_workers="allow")
    yield context
    context.close()


@contextlib.contextmanager
def offline(context):
    context.set_offline(True)
    try:
        yield
    finally:
        context.set_offline(False)


def _save(page, also_other=False):
    control = page.locator(".ic-saved")
    expect(control).to_be_visible()
    if also_other:
        control.get_by_label(re.compile("Also save the Welsh version")).check()
    control.get_by_role("button", name="Save this guide to read offline").click()
    expect(control.get_by_role("status")).to_have_text(
        "Saved. You can now read this guide on this device with no connection.", timeout=30_000)


def _size_text(size: int) -> str:
    from toolkit.saved import human_size

    return human_size(size)


def test_a_saved_guide_reads_offline_then_its_removal_leaves_nothing(site, context):
    page = context.new_page()
    with site.online():
        page.goto(BASE + GUIDE + "/")
        control = page.locator(".ic-saved")
        # The size, stated before the download: the manifest's files, as built.
        expect(control.locator(".ic-saved__size")).to_have_text(
            f"About {_size_text(site.manifest('en')['size'])} to download. The pages stay on this device "
            "until you remove them.")
        en = {(f["url"], f["hash"]) for f in site.manifest("en")["files"]}
        extra = sum(f["size"] for f in site.manifest("cy")["files"] if (f["url"], f["hash"]) not in en)
        expect(control.locator(".ic-saved__option")).to_have_text(
            f"Also save the Welsh version (about {_size_text(extra)} more)")
        # The progress bar shows while the guide downloads.
        control.get_by_label(re.compile("Also save the Welsh version")).check()
        control.get_by_role("button", name="Save this guide to read offline").click()
        expect(control.locator("progress")).to_be_visible()
        expect(control.get_by_role("status")).to_have_text(
            "Saved. You can now read this guide on this device with no connection.", timeout=30_000)
        expect(control.locator("progress")).to_be_hidden()
        expect(control.locator(".ic-saved__state")).to_have_text(
            "This guide is saved on this device to read offline, in English and Welsh.")

    with offline(context):
        # Every page of the guide, in both languages.
        for language in ("en", "cy"):
            for url in site.pages(language):
                page.goto(BASE + url)
                expect(page.locator("article h1")).to_be_visible()
                assert page.locator("html").get_attribute("lang") == language
        # A quiz answered.
        page.goto(BASE + GUIDE + "/reading-the-map/")
        focus = page.locator(".ic-quiz__question").nth(1)
        page.locator("#ic-quiz-reading-the-map--focus--1").locator("xpath=..").click()
        focus.locator(".ic-quiz__check").click()
        expect(focus.locator(".ic-quiz__result")).to_contain_text("Correct.")
        # The ladder.
        page.goto(BASE + GUIDE + "/sharing-decisions/")
        expect(page.locator(".ic-ladder-check")).to_be_visible()
        # The language switch, with the reader's section.
        page.goto(BASE + GUIDE + "/reading-the-map/#quiz-reading-the-map")
        page.locator("a.ic-lang-switch__link").click()
        page.wait_for_url(f"**/toolkit/cy/{GUIDE}/reading-the-map/#quiz-reading-the-map")
        expect(page.locator("article h1")).to_be_visible()
        # The learning record, with the answer given offline.
        page.goto(BASE + "learning-record/")
        expect(page.locator("article h1")).to_have_text(re.compile("learning record", re.I))
        expect(page.locator("article")).to_contain_text("Process mapping")
        expect(page.get_by_role("row", name=re.compile(r"^Reading the map 1 of 2 1 of 2"))).to_be_visible()
        page.locator("a.ic-lang-switch__link").click()
        page.wait_for_url("**/toolkit/cy/learning-record/")
        expect(page.get_by_role("row", name=re.compile(r"^Darllen y map 1 o 2 1 o 2"))).to_be_visible()
        # Search, in the page's language: the index and the search engine were saved too.
        page.goto(BASE + "cy/" + GUIDE + "/")
        field = page.locator("input.md-search__input")
        field.click()
        field.press_sequentially("map")
        expect(page.locator(f".md-search-result__item > a[href*='/toolkit/cy/{GUIDE}/']").first).to_be_visible(
            timeout=10_000)
        # The home page.
        page.goto(BASE)
        expect(page.locator(".ic-guide-list__link").first).to_be_visible()

        # Remove, still offline: the guide's pages then fail.
        page.goto(BASE + GUIDE + "/drawing-the-map/")
        control = page.locator(".ic-saved")
        control.get_by_role("button", name="Remove the saved copy").click()
        expect(control.get_by_role("status")).to_have_text("The saved copy has been removed from this device.")
        expect(control.get_by_role("button", name="Save this guide to read offline")).to_be_visible()
        assert page.evaluate("caches.keys()") == []
        assert page.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0
    other = context.new_page()
    with offline(context):
        with pytest.raises(Error):
            other.goto(BASE + GUIDE + "/reading-the-map/")


def test_a_new_build_replaces_the_saved_copy_on_the_next_visit_online(site, context):
    page = context.new_page()
    with site.online():
        page.goto(BASE + GUIDE + "/involving-people/")
        _save(page)
        assert NEW_SENTENCE not in page.content()
        changed = site.root / CHANGED_PAGE
        changed.write_text(changed.read_text("utf-8").rstrip() + f"\n\n{NEW_SENTENCE}\n", encoding="utf-8")
        site.build()  # into the folder being served
        page.goto(BASE + GUIDE + "/")
        expect(page.locator(".ic-saved__status")).to_have_text(
            "The saved copy has been updated to the latest version.", timeout=30_000)
    with offline(context):
        page.goto(BASE + GUIDE + "/involving-people/")
        expect(page.locator("article")).to_contain_text(NEW_SENTENCE)
        # Only one copy is kept: the old version went once the new one was complete.
        names = page.evaluate("caches.keys()")
        assert len(names) == 1 and names[0].endswith(site.manifest("en")["version"]), names
        # The Welsh pages were not saved: the switch says so (in both languages, Welsh first) instead of
        # failing, and links back to the saved guide.
        page.locator("a.ic-lang-switch__link").click()
        expect(page.locator("h1")).to_have_text("Heb ei chadw ar y ddyfais hon")
        expect(page.locator("section[lang=en]")).to_contain_text("This page is not saved on this device")
        page.locator("section[lang=en] a").click()
        expect(page.locator("article h1")).to_be_visible()
        assert page.url.endswith(f"/toolkit/{GUIDE}/")


def test_nothing_is_cached_or_registered_until_the_reader_asks(site, context):
    page = context.new_page()
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    with site.online():
        for url in ("", GUIDE + "/", GUIDE + "/drawing-the-map/", "cy/" + GUIDE + "/", "learning-record/"):
            page.goto(BASE + url)
        expect(page.locator(".ic-saved")).to_have_count(0)  # the record page has no control
        page.goto(BASE + GUIDE + "/")
        expect(page.locator(".ic-saved")).to_be_visible()
        assert page.evaluate("caches.keys()") == []
        assert page.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0
    # What the buttons do is loaded only when a reader presses one (a page's first view stays small).
    assert not [url for url in asked if "saved/actions.js" in url or "saved-worker.js" in url], asked


@pytest.mark.parametrize("broken", ["unreachable", "a script that fails"])
def test_a_press_that_cannot_load_what_it_needs_says_so_and_can_be_tried_again(site, context, broken):
    page = context.new_page()
    with site.online():
        page.goto(BASE + GUIDE + "/")
        if broken == "unreachable":
            page.route("**/saved/actions.js*", lambda route: route.abort())
        else:
            page.route("**/saved/actions.js*", lambda route: route.fulfill(
                content_type="text/javascript", body="ic.savedActions = function () { throw new Error('x'); };"))
        control = page.locator(".ic-saved")
        save = control.get_by_role("button", name="Save this guide to read offline")
        save.click()
        expect(control.get_by_role("status")).to_have_text(
            "The guide could not be saved. Check your connection and try again.")
        expect(save).to_be_enabled()
        expect(control.locator("progress")).to_be_hidden()
        page.unroute("**/saved/actions.js*")
        save.click()
        expect(control.get_by_role("status")).to_have_text(
            "Saved. You can now read this guide on this device with no connection.", timeout=30_000)


def test_without_javascript_there_is_no_control(site, browser):
    context = browser.new_context(base_url=site.url, java_script_enabled=False)
    page = context.new_page()
    with site.online():
        page.goto(BASE + GUIDE + "/")
        expect(page.locator(".ic-saved")).to_be_hidden()
        expect(page.get_by_role("button", name="Save this guide to read offline")).to_have_count(0)
    context.close()


def test_where_the_browser_blocks_site_data_the_control_says_why(site, browser):
    # As Cache Storage does in private windows of some browsers, or with site data blocked.
    context = browser.new_context(base_url=site.url)
    context.add_init_script("""window.caches.keys = () => Promise.reject(new DOMException('blocked', 'SecurityError'));""")
    page = context.new_page()
    with site.online():
        page.goto(BASE + "cy/" + GUIDE + "/")
        control = page.locator(".ic-saved")
        expect(control.get_by_role("status")).to_have_text(re.compile(
            r"^Dydy'r porwr hwn ddim yn gadael i'r wefan hon gadw tudalennau .* i'w ddarllen all-lein\.$"))
        expect(control.get_by_role("button")).to_have_count(0)
    context.close()


def test_a_server_that_adds_to_pages_still_saves_them_as_served(site, context):
    # `mkdocs serve` adds its reload script to every page it serves: the page no longer has the manifest's
    # hash, but the manifest has not changed, so the page is saved as served.
    tips = site.www / "toolkit" / GUIDE / "reading-the-map" / "index.html"
    tips.write_text(tips.read_text("utf-8").replace("</body>", "<p>Added by the server.</p></body>"), "utf-8")
    page = context.new_page()
    with site.online():
        page.goto(BASE + GUIDE + "/")
        _save(page)
    with offline(context):
        page.goto(BASE + GUIDE + "/reading-the-map/")
        expect(page.get_by_text("Added by the server.")).to_be_visible()


def test_a_guide_saved_in_welsh_is_offered_in_english_without_saving_welsh_again(site, context):
    page = context.new_page()
    with site.online():
        page.goto(BASE + "cy/" + GUIDE + "/")
        control = page.locator(".ic-saved")
        expect(control.locator(".ic-saved__size")).to_have_text(
            f"Tua {_size_text(site.manifest('cy')['size'])} i'w lawrlwytho. Bydd y tudalennau'n aros ar y "
            "ddyfais hon nes i chi eu dileu.")
        control.get_by_role("button", name="Cadw'r canllaw hwn i'w ddarllen all-lein").click()
        expect(control.get_by_role("status")).to_have_text(
            "Wedi'i gadw. Gallwch nawr ddarllen y canllaw hwn ar y ddyfais hon heb gysylltiad.", timeout=30_000)
        expect(control.locator(".ic-saved__state")).to_have_text(
            "Mae'r canllaw hwn wedi'i gadw ar y ddyfais hon i'w ddarllen all-lein.")
        expect(control.get_by_role("button", name=re.compile("^Cadw'r fersiwn Saesneg hefyd"))).to_be_visible()
        page.locator("a.ic-lang-switch__link").click()
        control = page.locator(".ic-saved")
        expect(control.get_by_role("button", name="Save this guide to read offline")).to_be_visible()
        expect(control.get_by_label(re.compile("Also save the Welsh version"))).to_be_hidden()
        _save(page)
        expect(control.locator(".ic-saved__state")).to_have_text(
            "This guide is saved on this device to read offline, in English and Welsh.")
