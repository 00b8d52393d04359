"""Our search indexer against Material's html.parser-based one, page by page, on a built site.

    python bench/search_index.py /tmp/ic-bench/toolkit-100/site

Reads each built page's article (the page content, plus the review dates), indexes it with both, checks
that the entries are the same, and prints the CPU time of each (the best of several alternate runs, so
that other work on the machine counts as little as possible).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

ARTICLE = '<article class="md-content__inner md-typeset">'


def articles(site: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(site.rglob("*.html")):
        page = path.read_text(encoding="utf-8")
        start = page.find(ARTICLE)
        if start >= 0 and path.name != "print.html":
            found.append((path.relative_to(site).as_posix(), page[start + len(ARTICLE):page.rindex("</article>")]))
    return found


def main(site: Path, repeat: int = 7) -> None:
    from material.plugins.search.plugin import SearchIndex

    from toolkit.search import indexer

    pages = articles(site)

    def material():
        results = []
        for url, html in pages:
            index = SearchIndex()
            index.add_entry_from_context(SimpleNamespace(content=html, url=url, title="", meta={}, toc=[]))
            results.append(index.entries)
        return results

    def ours():
        # readable=False: Material's entries exactly (the rules that make results read as text aside).
        return [[e.as_json() for e in indexer.entries(html, url, "", readable=False)] for url, html in pages]

    different = sum(a != b for a, b in zip(material(), ours()))
    times = {material: [], ours: []}
    for _ in range(repeat):
        for run in times:
            started = time.process_time()
            run()
            times[run].append(time.process_time() - started)
    theirs, mine = min(times[material]), min(times[ours])
    size = sum(len(html) for _, html in pages) // max(len(pages), 1)
    print(f"{len(pages)} pages ({size} characters each on average), {different} with different entries")
    print(f"Material's parser: {theirs:.3f} s ({theirs / len(pages) * 1000:.2f} ms a page)")
    print(f"ours:              {mine:.3f} s ({mine / len(pages) * 1000:.2f} ms a page), {theirs / mine:.1f}x faster")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
