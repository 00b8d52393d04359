"""Build the synthetic site (bench/generate.py) with this project and with plain Material + static-i18n,
side by side, and measure what the issue asks: build time and peak memory, page HTML size, and what a
reader's first view costs in Chromium.

    python bench/run.py                       # 1, 10 and 100 guides (about 4 minutes on 2 cores)
    python bench/run.py --guides 1 10 --repeat 3 --out /tmp/ic-bench

For each number of guides, the plain and the toolkit site are generated from the same Markdown and built
one after the other (plain first, then toolkit; with --repeat, alternately), each in a fresh process:
wall time and the process's peak resident memory (os.wait4). The figures are printed as a Markdown table
and written to OUT/results.json. Not a test: nothing here asserts, and the test suite never runs it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import first_view  # noqa: E402 - the sibling module, after the path above
from generate import generate  # noqa: E402

VARIANTS = ("plain", "toolkit")


def build(config: Path, out: Path) -> dict:
    """One strict build in its own process: seconds, peak memory (MiB) and whether it succeeded."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config),
                                "-d", str(out)], cwd=config.parent, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return {"seconds": round(seconds, 2), "peak_mib": round(usage.ru_maxrss / 1024, 1),
            "ok": process.returncode == 0, "errors": stderr.strip().splitlines()[-5:]}


def html_sizes(site: Path) -> dict:
    """Sizes of the content pages (both languages), raw and gzip -9, in bytes."""
    pages = [p for p in site.rglob("index.html") if not {"assets", "search"} & set(p.relative_to(site).parts)]
    raw = [p.stat().st_size for p in pages]
    sample = site / "guide-001" / "how-to-use" / "index.html"
    return {
        "pages": len(pages),
        "median": int(statistics.median(raw)),
        "max": max(raw),
        "sample_page": sample.stat().st_size,
        "sample_page_gz": len(gzip.compress(sample.read_bytes(), 9)),
    }


def table(results: list[dict]) -> str:
    rows = ["| guides | pages | variant | build s | peak MiB | page HTML median / max (KiB) | guide page gz KiB |",
            "|---:|---:|---|---:|---:|---:|---:|"]
    for r in results:
        for variant in VARIANTS:
            b, h = r[variant]["build"], r[variant]["html"]
            rows.append(f"| {r['guides']} | {h['pages']} | {variant} | {b['seconds']} | {b['peak_mib']} | "
                        f"{h['median'] / 1024:.1f} / {h['max'] / 1024:.1f} | {h['sample_page_gz'] / 1024:.1f} |")
    lines = ["\n".join(rows), ""]
    for r in results:
        ratio = r["toolkit"]["build"]["seconds"] / r["plain"]["build"]["seconds"]
        lines.append(f"{r['guides']} guides: toolkit/plain build time = {ratio:.2f}")
    if len(results) > 1:
        small, big = results[-2], results[-1]
        for variant in VARIANTS:
            per_page = [x[variant]["build"]["seconds"] / x[variant]["html"]["pages"] for x in (small, big)]
            lines.append(f"{variant}: seconds per page at {small['guides']} and {big['guides']} guides = "
                         f"{per_page[0]:.3f} and {per_page[1]:.3f} (×{per_page[1] / per_page[0]:.2f}; "
                         f"1.00 would be perfectly linear)")
    return "\n".join(lines)


def view_table(results: list[dict]) -> str:
    rows = ["| guides | variant | page | requests | KB gz | of which search index KB gz | KB gz without it |",
            "|---:|---|---|---:|---:|---:|---:|"]
    for r in results:
        for variant in VARIANTS:
            for view in r[variant].get("first_view", []):
                rows.append(f"| {r['guides']} | {variant} | {view['page']} | {view['requests']} | "
                            f"{view['gz'] / 1000:.1f} | {view['search_gz'] / 1000:.1f} | "
                            f"{(view['gz'] - view['search_gz']) / 1000:.1f} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--guides", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--repeat", type=int, default=1, help="builds per variant; the median is kept")
    parser.add_argument("--out", type=Path, default=Path("/tmp/ic-bench"))
    parser.add_argument("--no-browser", action="store_true", help="skip the first-view measurements")
    parser.add_argument("--drop-hook", action="append", default=[], metavar="hooks/NAME.py",
                        help="leave a hook out of the toolkit variant (repeat), to see what it costs")
    args = parser.parse_args()
    results = []
    for guides in args.guides:
        entry = {"guides": guides}
        configs = {v: generate(args.out / f"{v}-{guides}", guides, v, tuple(args.drop_hook)) for v in VARIANTS}
        runs = {v: [] for v in VARIANTS}
        for _ in range(args.repeat):
            for variant in VARIANTS:
                runs[variant].append(build(configs[variant], configs[variant].parent / "site"))
                print(f"{guides} guides, {variant}: {runs[variant][-1]}", file=sys.stderr)
        for variant in VARIANTS:
            done = runs[variant]
            site = configs[variant].parent / "site"
            entry[variant] = {
                "build": {"seconds": statistics.median(r["seconds"] for r in done),
                          "peak_mib": max(r["peak_mib"] for r in done),
                          "ok": all(r["ok"] for r in done), "runs": [r["seconds"] for r in done],
                          "errors": done[-1]["errors"] if not done[-1]["ok"] else []},
                "html": html_sizes(site),
            }
            if not args.no_browser:
                # The trainer page lists every guide; a guide's own trainer page exists in the toolkit only.
                pages = ["", "guide-001/how-to-use/", "guide-001/what-next/", "cy/guide-001/how-to-use/",
                         "trainers/"] + (["trainers/guide-001.html"] if variant == "toolkit" else [])
                entry[variant]["first_view"] = first_view.measure(site, pages)
        results.append(entry)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.drop_hook:
        print(f"toolkit variant without {', '.join(args.drop_hook)}\n")
    (args.out / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(table(results))
    if not args.no_browser:
        print()
        print(view_table(results))
    print(f"\n(details: {args.out / 'results.json'})")


if __name__ == "__main__":
    main()
