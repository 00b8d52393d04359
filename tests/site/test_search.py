"""Search indexes (issues 6 and 7): one per language, and pages that load search.js before Material's script."""

from __future__ import annotations

import json

from .conftest import soup


def _index(site_dir, path):
    return json.loads((site_dir / path).read_text(encoding="utf-8"))


def test_one_index_per_language(site_dir):
    en = _index(site_dir, "search/search_index.json")
    cy = _index(site_dir, "cy/search/search_index.json")
    assert en["docs"] and cy["docs"]
    assert not [d for d in en["docs"] if d["location"].startswith("cy/")]
    assert all(d["location"].startswith("cy/") for d in cy["docs"])
    # Every built page is in its language's index.
    for path in site_dir.rglob("index.html"):
        rel = path.relative_to(site_dir).as_posix()
        if rel.split("/")[0] in ("assets", "search") or rel.endswith("print.html"):
            continue
        location = rel.removesuffix("index.html")
        index = cy if location.startswith("cy/") else en
        assert any(d["location"] == location for d in index["docs"]), location
    # No English stemmer, stop words or trimmer on Welsh text; English keeps Material's settings.
    assert cy["config"]["pipeline"] == [] and en["config"]["pipeline"] == ["stopWordFilter"]


def test_pages_point_search_at_their_language(site_dir):
    for path, index in (("co-production/tips/index.html", "../../search/search_index.json"),
                        ("cy/co-production/tips/index.html", "../../search/search_index.json")):
        html = soup(site_dir / path)
        scripts = [s.get("src", "") for s in html.select("script")]
        shim = html.select_one('script[src$="assets/search/search.js"]')
        assert shim["data-index"] == index
        assert (site_dir / path).parent.joinpath(shim["data-index"]).resolve().is_file()
        bundle = next(i for i, s in enumerate(scripts) if "javascripts/bundle." in s)
        assert scripts.index(shim["src"]) < bundle, "search.js runs before Material's script"
        config = json.loads(html.select_one("#__config").string)
        assert config["search"].split("?")[0].endswith("assets/search/worker.js")
        engine = config["search"].split("engine=")[1]
        assert (site_dir / "assets/search" / engine).resolve().is_file()
