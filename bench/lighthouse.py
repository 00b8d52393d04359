"""Lighthouse (mobile, its default) on the pages a reader meets first: accessibility, best practices, SEO
and performance, each 0 to 1, with the audits that cost points.

    flock /tmp/browser.lock python bench/lighthouse.py              # builds the site, then measures
    flock /tmp/browser.lock python bench/lighthouse.py --site DIR --port 8123   # a site built for that port

The npm package `lighthouse` is pinned in bench/lighthouse/package.json (12.x: 13 needs a newer Node than
Debian's); install it with `npm ci` in bench/lighthouse/. Chromium is Debian's (CHROME_PATH=/usr/bin/chromium),
headless, with the same flags as the tests; run it under the browser lock, as every Chromium run here.
The site is built for the address it is served at (its canonical and hreflang links must point at the
same host, or the SEO audits count them as wrong) and served on 127.0.0.1 only, with its 404 pages.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import build_site, serve  # noqa: E402  (the tests' own build and 404-serving server)

LIGHTHOUSE = ROOT / "bench" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("accessibility", "best-practices", "seo", "performance")
# The home page, a quiz page, the ladder page and a Welsh page.
PAGES = ("", "co-production/rationale/", "co-production/what-next/", "cy/co-production/")
FLAGS = ("--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking "
         "--disable-component-update --disable-sync")


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
            for path in PAGES:
                results["/" + path] = run(base + path, Path(tmp) / "report.json")
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
