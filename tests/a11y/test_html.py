"""The Nu HTML Checker (vnu.jar) on every built page: no errors. One JVM for all pages (a few seconds)."""

from __future__ import annotations

import json
import subprocess


def _pages(site_dir):
    return sorted(p for p in site_dir.rglob("*.html")
                  if p.relative_to(site_dir).parts[0] not in ("assets", "search"))


def test_every_page_is_valid_html(site_dir, vnu_jar):
    pages = _pages(site_dir)
    assert len(pages) >= 20
    result = subprocess.run(
        ["java", "-jar", str(vnu_jar), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True, text=True, timeout=300,
    )
    # vnu writes its JSON report to stderr; exit status 1 means "errors found", anything else is a crash.
    assert result.returncode in (0, 1), result.stderr[-2000:]
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{m['url'].split(str(site_dir), 1)[-1]}:{m.get('lastLine')}: {m['message']}\n    {m.get('extract', '')!r}"
        for m in messages if m["type"] in ("error", "non-document-error")
    ]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors[:30])
