"""Pages of the served site in headless Debian Chromium (the session's `browser`, tests/conftest.py). They
open `served_site`: the live site, unless a test module overrides it with the fixture site."""

from __future__ import annotations

import pytest


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
