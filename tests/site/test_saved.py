"""Save a guide to read offline, in the built site: the control on every guide page of both languages,
each guide's manifests matching the files as built, the worker at the site's root."""

from __future__ import annotations

import hashlib
import json
import re

from toolkit import saved

from .conftest import soup

GUIDE = "co-production"


def _guide_pages(site_dir, prefix):
    return sorted(p for p in (site_dir / prefix / GUIDE).rglob("index.html"))


def test_every_guide_page_in_both_languages_has_one_hidden_control_with_its_size(site_dir):
    for prefix, words in (("", "Save this guide to read offline"), ("cy", "Cadw'r canllaw hwn i'w ddarllen all-lein")):
        pages = _guide_pages(site_dir, prefix)
        assert len(pages) >= 8
        for path in pages:
            html = soup(path)
            controls = html.select(".ic-saved")
            assert len(controls) == 1, path
            control = controls[0]
            assert control.has_attr("hidden"), "shown by saved.js only"
            assert control.select_one(".ic-saved__save").get_text() == words
            assert re.fullmatch(r"(About|Tua) \d+(\.\d)? (KB|MB) .*", control.select_one(".ic-saved__size").get_text())
            assert "@@ic-saved" not in path.read_text(encoding="utf-8")


def test_the_whole_guide_page_and_other_pages_have_no_control(site_dir):
    for path in ("index.html", "learning-record/index.html", f"{GUIDE}/print.html", "cy/index.html"):
        assert not soup(site_dir / path).select(".ic-saved"), path


def test_each_manifest_matches_the_built_files_and_the_size_the_pages_state(site_dir):
    for language, prefix in (("en", ""), ("cy", "cy/")):
        manifest = json.loads((site_dir / saved.manifest_path(GUIDE, language)).read_text(encoding="utf-8"))
        urls = [f["url"] for f in manifest["files"]]
        for page in _guide_pages(site_dir, prefix):
            assert page.parent.relative_to(site_dir).as_posix() + "/" in urls
        for needed in (prefix, prefix + "learning-record/", prefix + "search/search_index.json",
                       f"{prefix}{GUIDE}/print.html"):
            assert needed in urls, needed
        for entry in manifest["files"]:
            content = (site_dir / saved.file_of(entry["url"])).read_bytes()
            assert entry["size"] == len(content), entry["url"]
            assert entry["hash"] == hashlib.sha256(content).hexdigest()[:16], entry["url"]
        assert manifest["size"] == sum(f["size"] for f in manifest["files"])
        stated = soup(site_dir / prefix / GUIDE / "index.html").select_one(".ic-saved__size").get_text()
        assert saved.human_size(manifest["size"]) in stated


def test_the_worker_is_at_the_sites_root_and_each_page_names_its_version(site_dir):
    worker = site_dir / "saved-worker.js"
    assert worker.is_file()
    control = soup(site_dir / GUIDE / "tips" / "index.html").select_one(".ic-saved")
    assert re.fullmatch(r"\.\./\.\./saved-worker\.js\?v=[0-9a-f]{10}", control["data-i18n-worker"])
    assert control["data-i18n-root"] == "../../"
