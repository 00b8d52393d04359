"""Offline copy: folder links made file-friendly, and what goes into the zip."""

from __future__ import annotations

import zipfile

import pytest
from toolkit import offline

FILES = {"../accessibility.html", "index.html", "../index.html", "sub/index.html"}


@pytest.mark.parametrize("before, after", [
    ('<a href="../accessibility/">', '<a href="../accessibility.html">'),
    ('<a href="sub/#x">', '<a href="sub/index.html#x">'),
    ('<a href="..">', '<a href="../index.html">'),
    ('<a href="./">', '<a href="./index.html">'),
    ('<a class="x" href="">', '<a class="x" href="./index.html">'),
    ('<a href="#top">', '<a href="#top">'),
    ('<a href="tips.html#a">', '<a href="tips.html#a">'),
    ('<a href="https://example.org/">', '<a href="https://example.org/">'),
    ('<a href="/abs/">', '<a href="/abs/">'),
    ('<link rel="stylesheet" href="../x.css">', '<link rel="stylesheet" href="../x.css">'),
])
def test_fix_links(before, after):
    assert offline.fix_links(before, FILES.__contains__) == after


def test_archive_leaves_out_search_maps_and_sitemaps(tmp_path):
    site = tmp_path / "site"
    for name in ("index.html", "cy/index.html", "search/search_index.json", "cy/search/search_index.json",
                 "assets/javascripts/bundle.js", "assets/javascripts/bundle.js.map",
                 "assets/javascripts/workers/search.js", "assets/javascripts/lunr/min/x.js", "sitemap.xml",
                 "sitemap.xml.gz", "assets/search/search.js"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text("x")
    count = offline.archive(site, tmp_path / "out.zip", "guide")
    names = zipfile.ZipFile(tmp_path / "out.zip").namelist()
    assert count == 4 and sorted(names) == ["guide/assets/javascripts/bundle.js", "guide/assets/search/search.js",
                                            "guide/cy/index.html", "guide/index.html"]
