"""The search index's size, and the time a reader waits for the first result on a throttled connection.

    python bench/search_first_result.py SITE_DIR [SITE_DIR ...]     # e.g. a build before and after a change

For each site: each language's index (raw and gzip -9 bytes), then, in Debian's Chromium with the network
throttled through the DevTools protocol (Network.emulateNetworkConditions: PROFILE below), the time from the
reader's first key press in the search field of a page to the first result on screen, for each QUERY, in a
fresh browser context (empty cache: the index, and Material's search engine, are fetched then). The local
server does not compress, so the throttled transfer is of the raw bytes: a host that gzips sends less. The
median of RUNS runs is printed. Never `playwright install`: /usr/bin/chromium is used.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Chrome DevTools' "Slow 4G" preset (latency ms, bytes per second down and up).
PROFILE = {"offline": False, "latency": 150, "downloadThroughput": 1.6 * 1024 * 1024 / 8 * 0.9,
           "uploadThroughput": 750 * 1024 / 8 * 0.9}
QUERIES = [("cy/", "cydgynhyrchu"), ("cy/", "gynllun"), ("", "co-production")]
RUNS = 5
INDEXES = ("search/search_index.json", "cy/search/search_index.json")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def sizes(site: Path) -> list[tuple[str, int, int]]:
    found = []
    for rel in INDEXES:
        data = (site / rel).read_bytes()
        found.append((rel, len(data), len(gzip.compress(data, 9))))
    return found


def first_result(site: Path, start: str, query: str, runs: int = RUNS) -> list[float]:
    from playwright.sync_api import sync_playwright

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    times = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for _ in range(runs):
                context = browser.new_context()
                page = context.new_page()
                page.goto(f"http://127.0.0.1:{port}/{start}")
                page.wait_for_load_state("networkidle")
                cdp = context.new_cdp_session(page)
                cdp.send("Network.enable")
                cdp.send("Network.emulateNetworkConditions", PROFILE)
                field = page.locator("input.md-search__input")
                began = time.perf_counter()
                field.click()
                field.press_sequentially(query)
                page.wait_for_selector(".md-search-result__item a[href]", timeout=60_000)
                times.append(time.perf_counter() - began)
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return times


def main(sites: list[Path]) -> None:
    for site in sites:
        print(site)
        for rel, raw, packed in sizes(site):
            print(f"  {rel}: {raw / 1024:.1f} KB raw, {packed / 1024:.1f} KB gz")
        for start, query in QUERIES:
            times = first_result(site, start, query)
            print(f"  /{start} '{query}': first result after {statistics.median(times) * 1000:.0f} ms "
                  f"(median of {len(times)}; {min(times) * 1000:.0f}-{max(times) * 1000:.0f})")


if __name__ == "__main__":
    main([Path(arg).resolve() for arg in sys.argv[1:]])
