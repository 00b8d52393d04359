"""Every page in a real browser: each stylesheet and script it links loads, and no script fails
(toolkit.assets; ic/ic.js, which every component's script uses, runs first)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def _addresses(site_dir) -> list[str]:
    pages = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html")
                   if p.relative_to(site_dir).parts[0] not in ("assets", "search") and p.name != "404.html")
    # The not-found pages as a reader meets them: at an address that does not exist.
    return [p.removesuffix("index.html") for p in pages] + ["no-such-page/", "cy/no-such-page/"]


def test_every_page_loads_its_assets_and_runs_its_scripts_without_error(page, site_dir):
    errors, failed = [], []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 and "/assets/" in r.url else None)
    addresses = _addresses(site_dir)
    assert len(addresses) > 20
    for address in addresses:
        page.goto(address, wait_until="load")
        assert page.evaluate("typeof window.ic.modules") == "function", address
        # The deferred scripts have run: a11y.js put a named button in place of Material's menu label.
        assert page.locator('.md-header button.md-header__button[data-ic-for="__drawer"][aria-label]').count() == 1, \
            address
    assert errors == [] and failed == []
