"""Headless Debian Chromium driven by Playwright (never `playwright install`)."""

from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, served_site):
    context = browser.new_context(base_url=served_site)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def page_without_js(browser, served_site):
    context = browser.new_context(base_url=served_site, java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()
