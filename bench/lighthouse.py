"""Lighthouse (mobile, its default) on the pages a reader meets first: accessibility, best practices, SEO
and performance, each 0 to 1, with the audits that cost points.

    flock /tmp/browser.lock python bench/lighthouse.py              # builds the site, then measures
    flock /tmp/browser.lock python bench/lighthouse.py --site DIR --port 8123   # a site built for that port

The npm package `lighthouse` is pinned in bench/lighthouse/package.json (12.x: 13 needs a newer Node than
Debian's); install it with `npm ci` in bench/lighthouse/. Chromium is Debian's (CHROME_PATH=/usr/bin/chromium),
headless, with the same flags as the tests; run it under the browser lock, as every Chromium run here.
The site is built for the address it is served at (its canonical and hreflang links must point at the
same host, or the SEO audits count them as wrong) and served on 127.0.0.1 only, with its 404 pages and
its text gzip-compressed, as a real host serves it.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import json
import os
import socket
import threading
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import _QuietHandler, build_site  # noqa: E402  (the tests' build and 404 pages)

LIGHTHOUSE = ROOT / "bench" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("accessibility", "best-practices", "seo", "performance")
# The home page, a quiz page, the ladder page and a Welsh page.
PAGES = ("", "co-production/rationale/", "co-production/what-next/", "cy/co-production/")
FLAGS = ("--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking "
         "--disable-component-update --disable-sync")


class _Compressing(_QuietHandler):
    """Text sent gzip-compressed, as any real host sends it (Python's server does not, and Lighthouse would
    count the difference against the site)."""

    TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml")

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not (path.is_file() and path.suffix in self.TEXT and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().do_GET()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve(directory: Path, port: int):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port),
                                             functools.partial(_Compressing, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(url: str, out: Path) -> dict:
    subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
                    f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={FLAGS}"],
                   check=True, env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"}, timeout=240)
    report = json.loads(out.read_text(encoding="utf-8"))
    scores = {name: report["categories"][name]["score"] for name in CATEGORIES}
    lost = []
    for name in CATEGORIES:
        for ref in report["categories"][name]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
                lost.append(f"{name}: {ref['id']} ({audit['score']}) {audit.get('displayValue', '')}".strip())
    metrics = {key: report["audits"][key].get("displayValue") for key in
               ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift")}
    return {"scores": scores, "lost": lost, "metrics": metrics}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (else the project is built for --port)")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write every result here too")
    parser.add_argument("--keep", type=Path, help="keep each page's full Lighthouse report in this folder")
    parser.add_argument("pages", nargs="*", default=list(PAGES), help="paths under the site root")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE} is missing: run `npm ci` in bench/lighthouse/", file=sys.stderr)
        return 2
    port = args.port or _port()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            result = build_site(site, f"http://127.0.0.1:{port}/")
            if result.returncode:
                print(result.stderr, file=sys.stderr)
                return 1
        results = {}
        with serve(site, port) as base:
            for number, path in enumerate(args.pages):
                folder = args.keep or Path(tmp)
                folder.mkdir(parents=True, exist_ok=True)
                results["/" + path] = run(base + path, folder / f"report-{number}.json")
    worst = {name: min(r["scores"][name] for r in results.values()) for name in CATEGORIES}
    print("| page | " + " | ".join(CATEGORIES) + " | FCP | LCP | TBT | CLS |")
    print("| --- " * (len(CATEGORIES) + 5) + "|")
    for page, r in results.items():
        print(f"| {page} | " + " | ".join(f"{r['scores'][c]:.2f}" for c in CATEGORIES) + " | "
              + " | ".join(str(v) for v in r["metrics"].values()) + " |")
    for page, r in results.items():
        for line in r["lost"]:
            print(f"{page}: {line}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0 if all(worst[c] == 1 for c in CATEGORIES[:3]) and worst["performance"] >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main())
