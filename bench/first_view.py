"""What a reader's first view of a page costs: requests and bytes, measured in Debian's Chromium.

    python bench/first_view.py SITE_DIR [PAGE ...]     # e.g. /tmp/ic-bench/toolkit-100/site guide-001/how-to-use/

A fresh browser context (empty cache) loads the page from a local server and waits until the network has
been idle for a second (Material's search fetches its index after the load event). Every response's body
is gzip -9 compressed to count what a host that compresses would send; that is the "KB gz" figure. The
search index (any JSON under search/) is also counted on its own, so the page's cost can be read with and
without it. Never `playwright install`: /usr/bin/chromium is used.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import socket
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _is_search_index(url: str) -> bool:
    path = urlsplit(url).path
    return "/search/" in path and path.endswith(".json")


def measure(site: Path, pages: list[str]) -> list[dict]:
    from playwright.sync_api import sync_playwright

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port),
                                             functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    found = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for page_path in pages:
                context = browser.new_context()
                page = context.new_page()
                responses = []
                page.on("requestfinished", lambda request: responses.append(request))
                page.goto(f"http://127.0.0.1:{port}/{page_path}")
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(1000)
                total = search = raw = 0
                for request in responses:
                    response = request.response()
                    body = response.body() if response is not None else b""
                    size = len(gzip.compress(body, 9))
                    total += size
                    raw += len(body)
                    if _is_search_index(request.url):
                        search += size
                found.append({"page": page_path or "/", "requests": len(responses), "gz": total,
                              "raw": raw, "search_gz": search,
                              "urls": [urlsplit(r.url).path for r in responses]})
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return found


if __name__ == "__main__":
    site_dir = Path(sys.argv[1])
    for view in measure(site_dir, sys.argv[2:] or [""]):
        print(f"{view['page']}: {view['requests']} requests, {view['gz'] / 1000:.1f} KB gz "
              f"({view['search_gz'] / 1000:.1f} KB gz of search index), {view['raw'] / 1000:.1f} KB raw")
        for url in view["urls"]:
            print(f"    {url}")
