"""Build the synthetic site (bench/generate.py) with this project, with plain Material + static-i18n and
with plain + navigation.prune, side by side, and measure what the issue asks: build time and peak memory,
page HTML size, and what a reader's first view costs in Chromium.

    python bench/run.py                       # 1, 10 and 100 guides (about 8 minutes on 2 cores)
    python bench/run.py --guides 1 10 --repeat 3 --out /tmp/ic-bench
    python bench/run.py --toolkit-from before=/tmp/old-checkout   # also another version of the project

For each number of guides, every variant is generated from the same Markdown and built in turn, each in a
fresh process (with --repeat, round after round, each round starting one variant later, so that no variant
always follows the same one): wall time and the process's peak resident memory (os.wait4). The toolkit's
ratio is against the best plain configuration: whichever of plain and plain-prune builds the largest site
fastest. The figures are printed as Markdown tables and written to OUT/results.json. Not a test: nothing
here asserts, and the test suite never runs it.
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
from generate import PLAIN_VARIANTS, ROOT, generate  # noqa: E402

# Pages whose size is reported: a guide page (its navigation grows with the guides unless pruned), the
# home page (lists every guide) and the trainer page (one entry per guide).
SAMPLES = {"guide": "guide-001/how-to-use/index.html", "home": "index.html", "trainer": "trainers/index.html"}


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
    sizes = {"pages": len(pages), "median": int(statistics.median(raw)), "max": max(raw)}
    for name, path in SAMPLES.items():
        data = (site / path).read_bytes()
        sizes[name] = {"raw": len(data), "gz": len(gzip.compress(data, 9))}
    return sizes


def best_plain(results: list[dict]) -> str:
    """The plain configuration that builds the largest site fastest: the baseline of every ratio."""
    return min(PLAIN_VARIANTS, key=lambda v: results[-1][v]["build"]["seconds"])


def table(results: list[dict], variants: list[str]) -> str:
    rows = ["| guides | pages | variant | build s | peak MiB | page HTML median / max (KiB) | "
            + " | ".join(f"{name} page raw / gz KiB" for name in SAMPLES) + " |",
            "|---:|---:|---|---:|---:|---:|" + "---:|" * len(SAMPLES)]
    for r in results:
        for variant in variants:
            b, h = r[variant]["build"], r[variant]["html"]
            rows.append(f"| {r['guides']} | {h['pages']} | {variant} | {b['seconds']} | {b['peak_mib']} | "
                        f"{h['median'] / 1024:.1f} / {h['max'] / 1024:.1f} | "
                        + " | ".join(f"{h[n]['raw'] / 1024:.1f} / {h[n]['gz'] / 1024:.1f}" for n in SAMPLES) + " |")
    lines = ["\n".join(rows), ""]
    baseline = best_plain(results)
    lines.append(f"Baseline: {baseline}, the fastest plain configuration at {results[-1]['guides']} guides.")
    for r in results:
        lines.append(f"{r['guides']} guides: " + ", ".join(
            f"{v}/{baseline} build time = {r[v]['build']['seconds'] / r[baseline]['build']['seconds']:.2f}"
            for v in variants if v != baseline))
    if len(results) > 1:
        small, big = results[-2], results[-1]
        for variant in variants:
            per_page = [x[variant]["build"]["seconds"] / x[variant]["html"]["pages"] for x in (small, big)]
            lines.append(f"{variant}: seconds per page at {small['guides']} and {big['guides']} guides = "
                         f"{per_page[0]:.3f} and {per_page[1]:.3f} (×{per_page[1] / per_page[0]:.2f}; "
                         f"1.00 would be perfectly linear)")
    return "\n".join(lines)


def view_table(results: list[dict], variants: list[str]) -> str:
    rows = ["| guides | variant | page | requests | KB gz | of which search index KB gz | KB gz without it |",
            "|---:|---|---|---:|---:|---:|---:|"]
    for r in results:
        for variant in variants:
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
    parser.add_argument("--toolkit-from", action="append", default=[], metavar="NAME=PATH",
                        help="also build the toolkit variant of another checkout of this project (repeat)")
    args = parser.parse_args()
    roots = {"toolkit": ROOT}
    for spec in args.toolkit_from:
        name, _, path = spec.partition("=")
        if not name or not path or not (Path(path) / "mkdocs.yml").is_file():
            parser.error(f"--toolkit-from {spec}: expected NAME=PATH, PATH a checkout of this project")
        roots[f"toolkit-{name}"] = Path(path).resolve()
    variants = [*PLAIN_VARIANTS, *roots]
    results = []
    for guides in args.guides:
        entry = {"guides": guides}
        configs = {v: generate(args.out / f"{v}-{guides}", guides, v if v in PLAIN_VARIANTS else "toolkit",
                               tuple(args.drop_hook), roots.get(v, ROOT)) for v in variants}
        runs = {v: [] for v in variants}
        for round_ in range(args.repeat):
            for variant in variants[round_ % len(variants):] + variants[:round_ % len(variants)]:
                runs[variant].append(build(configs[variant], configs[variant].parent / "site"))
                print(f"{guides} guides, {variant}: {runs[variant][-1]}", file=sys.stderr)
        for variant in variants:
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
                         "trainers/"] + ([] if variant in PLAIN_VARIANTS else ["trainers/guide-001.html"])
                entry[variant]["first_view"] = first_view.measure(site, pages)
        results.append(entry)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.drop_hook:
        print(f"toolkit variant without {', '.join(args.drop_hook)}\n")
    (args.out / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(table(results, variants))
    if not args.no_browser:
        print()
        print(view_table(results, variants))
    print(f"\n(details: {args.out / 'results.json'})")


if __name__ == "__main__":
    main()
