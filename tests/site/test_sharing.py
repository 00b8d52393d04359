"""Sharing (issue 6): a description and Open Graph tags in the page's language; hreflang alternates as
absolute URLs with x-default."""

from __future__ import annotations

from .conftest import soup


def _pages(site_dir):
    return [p for p in site_dir.rglob("index.html") if p.relative_to(site_dir).parts[0] not in ("assets", "search")]


def test_every_page_has_a_description_and_open_graph_tags_in_its_language(site_dir, site_port):
    root = f"http://127.0.0.1:{site_port}/"
    for path in _pages(site_dir):
        html = soup(path)
        lang = html.html["lang"]
        meta = {tag.get("property") or tag.get("name"): tag["content"] for tag in html.head.select("meta[content]")}
        assert meta["description"] and meta["og:description"] == meta["description"], path
        assert meta["og:locale"] == {"en": "en_GB", "cy": "cy_GB"}[lang]
        assert meta["og:locale:alternate"] == {"en": "cy_GB", "cy": "en_GB"}[lang]
        assert meta["og:url"] == html.select_one('link[rel="canonical"]')["href"]
        assert meta["og:url"].startswith(root + ("cy/" if lang == "cy" else ""))
        assert meta["og:title"] and meta["og:type"] == "website"
        site_name = "Canllaw Pecyn Cymorth Academi Gwelliant Cymru" if lang == "cy" else \
            "Improvement Cymru Academy Toolkit Guide"
        assert meta["og:site_name"] == site_name


def test_welsh_descriptions_come_from_the_welsh_pages(site_dir):
    en = soup(site_dir / "co-production/tips/index.html").select_one('meta[property="og:description"]')
    cy = soup(site_dir / "cy/co-production/tips/index.html").select_one('meta[property="og:description"]')
    assert en["content"] != cy["content"]
    assert cy["content"] == "Tri awgrym ar gyfer rhoi cydgynhyrchu ar waith."


def test_hreflang_alternates_are_absolute_with_x_default(site_dir, site_port):
    root = f"http://127.0.0.1:{site_port}/"
    for path in _pages(site_dir):
        relative = path.relative_to(site_dir).as_posix().removesuffix("index.html")
        english = relative.removeprefix("cy/")
        links = {tag["hreflang"]: tag["href"] for tag in soup(path).select('head link[rel="alternate"][hreflang]')}
        assert links == {"en": root + english, "cy": root + "cy/" + english, "x-default": root + english}, path
