"""toolkit.saved: which files a saved guide holds, its manifest, and the control's HTML."""

from __future__ import annotations

import json

from toolkit import saved, strings
from toolkit.saved.manifest import digest

PAGE = """<!doctype html><html><head>
<link rel="canonical" href="https://example.org/toolkit/guide/tips/">
<link rel="alternate" href="../../cy/guide/tips/" hreflang="cy">
<link rel="icon" href="../../assets/images/favicon.png">
<link rel="stylesheet" href="../../assets/quiz/quiz.css?v=abc1234567">
<link rel="prev" href="../when/">
<script src="../../assets/ic/ic.js?v=0123456789"></script>
<script src="https://elsewhere.example/x.js"></script>
</head><body>
<a href="../when/">Back</a>
<img src="map.png" alt="">
<img src="/absolute.png" alt="">
<script id="__config" type="application/json">{"base": "../..", "search": "../../assets/search/worker.js?engine=../javascripts/workers/search.1234abcd.min.js"}</script>
</body></html>"""


def test_a_script_loaded_later_is_found_from_the_setting_on_its_loaders_tag_and_only_that():
    # toolkit.assets.LATER: a hashed script of ours named by a data-i18n-* setting is saved with the page;
    # other settings (JSON, the saved-guide worker at the site's root, strings) are not addresses to save.
    page = ('<script src="../../assets/saved/saved.js?v=1111111111" '
            'data-i18n-actions="../../assets/saved/actions.js?v=2222222222"></script>'
            '<script src="../../assets/search/search.js?v=3333333333" '
            'data-i18n-results="../../assets/search/results-lang.js?v=4444444444" '
            'data-i18n-languages="[{&#34;code&#34;: &#34;cy&#34;}]"></script>'
            '<div data-i18n-worker="../../saved-worker.js?v=5555555555" data-i18n-done="Saved: a.js?v=1"></div>')
    assert saved.assets_of(page, "guide/tips/") == [
        "assets/saved/saved.js?v=1111111111", "assets/search/search.js?v=3333333333",
        "assets/saved/actions.js?v=2222222222", "assets/search/results-lang.js?v=4444444444"]


def test_a_page_loads_its_styles_scripts_images_and_search_worker_not_other_pages_or_hosts():
    assert saved.assets_of(PAGE, "guide/tips/") == [
        "assets/images/favicon.png",
        "assets/quiz/quiz.css?v=abc1234567",
        "assets/ic/ic.js?v=0123456789",
        "guide/tips/map.png",
        "assets/search/worker.js?engine=../javascripts/workers/search.1234abcd.min.js",
        "assets/javascripts/workers/search.1234abcd.min.js",
    ]


def test_addresses_resolve_from_the_page_and_stay_inside_the_site():
    assert saved.resolve("../x/", "guide/tips/") == "guide/x/"
    assert saved.resolve("./", "guide/") == "guide/"
    assert saved.resolve("..", "guide/") == ""
    assert saved.resolve("style.css?v=1&amp;a=2", "guide/print.html") == "guide/style.css?v=1&a=2"
    assert saved.resolve("../../../x.css", "guide/tips/") is None  # above the site's root
    assert saved.resolve("/toolkit/x.css", "guide/") is None
    assert saved.resolve("data:image/png;base64,AA", "") is None
    assert saved.resolve("#top", "guide/") is None


def test_a_url_is_served_from_its_file():
    assert saved.file_of("") == "index.html"
    assert saved.file_of("cy/guide/tips/") == "cy/guide/tips/index.html"
    assert saved.file_of("assets/x.js?v=1") == "assets/x.js"
    assert saved.file_of("guide/print.html") == "guide/print.html"


def test_a_stylesheet_loads_its_fonts_and_images_but_not_data_urls():
    css = "a{background:url('../images/a.svg')} b{src:url(fonts/b.woff2)} c{background:url(data:image/png;base64,AA)}"
    assert saved.css_assets(css, "assets/stylesheets/main.css") == ["assets/images/a.svg",
                                                                     "assets/stylesheets/fonts/b.woff2"]


def _files():
    return {
        "guide/index.html": b'<link rel="stylesheet" href="../site.css?v=1"><script src="../a.js"></script>',
        "guide/tips/index.html": b'<link rel="stylesheet" href="../../site.css?v=1">',
        "site.css": b"body{background:url(bg.png)}",
        "a.js": b"1",
        "bg.png": b"PNG",
        "index.html": b"home",
    }


def test_the_manifest_lists_every_file_once_assets_before_pages_with_real_sizes_and_hashes():
    files = _files()
    manifest = saved.build("guide", "en", ["guide/", "guide/tips/", "", "guide/print.html"], files.get)
    urls = [entry.url for entry in manifest.entries]
    assert urls == ["site.css?v=1", "a.js", "bg.png", "guide/", "guide/tips/", ""]  # print.html not built
    assert manifest.size == sum(len(files[saved.file_of(u)]) for u in urls)
    assert manifest.entries[0].hash == digest(files["site.css"]) and len(manifest.entries[0].hash) == 16
    data = json.loads(manifest.to_json())
    assert data["version"] == manifest.version and data["size"] == manifest.size
    assert data["files"][3] == {"url": "guide/", "size": len(files["guide/index.html"]),
                                "hash": digest(files["guide/index.html"])}


def test_the_version_changes_with_any_file_and_with_the_words_but_not_otherwise():
    files = _files()
    pages = ["guide/", "guide/tips/"]
    first = saved.build("guide", "en", pages, files.get, extra={"title": "Guide"})
    assert saved.build("guide", "en", pages, dict(files).get, extra={"title": "Guide"}).version == first.version
    changed = dict(files, **{"bg.png": b"PNG2"})
    assert saved.build("guide", "en", pages, changed.get, extra={"title": "Guide"}).version != first.version
    assert saved.build("guide", "en", pages, files.get, extra={"title": "Canllaw"}).version != first.version


def test_sizes_read_as_a_phone_shows_them():
    assert saved.human_size(1_234_567) == "1.2 MB"
    assert saved.human_size(919_800) == "920 KB"
    assert saved.human_size(12) == "1 KB"


def test_size_tokens_are_filled_after_the_build():
    html = f"<p>About {saved.token('guide', 'en')}; Welsh {saved.token('guide', 'cy', 'en')} more</p>"
    assert saved.fill(html, {saved.token("guide", "en"): "1.2 MB", saved.token("guide", "cy", "en"): "300 KB"}) \
        == "<p>About 1.2 MB; Welsh 300 KB more</p>"
    assert saved.fill("x @@ic-saved:gone:en@@ y", {}) == "x  y"


def _control(language):
    labels = strings.load(language)
    other = "cy" if language == "en" else "en"
    return saved.render_control(guide="guide", language=language, others=[(other, labels[f"a11y_language_{other}"])],
                                manifests={"en": "../saved/guide.en.json", "cy": "../saved/guide.cy.json"},
                                worker="../saved-worker.js?v=1", root="../", labels=labels)


def test_the_control_is_hidden_until_its_script_shows_it_and_speaks_the_pages_language():
    html = _control("cy")
    assert html.startswith('<div class="ic-saved" data-module="ic-saved" hidden')
    assert "Cadw&#39;r canllaw hwn i&#39;w ddarllen all-lein" in html
    assert "Cadw&#39;r fersiwn Saesneg hefyd" in html
    assert "Dileu&#39;r copi sydd wedi&#39;i gadw" in html
    assert 'data-i18n-is-saved-all="' in html and 'data-i18n-remove-failed="' in html
    assert "Save this guide" not in html and "Remove the saved copy" not in html
    english = _control("en")
    assert "Save this guide to read offline" in english and "Also save the Welsh version" in english
    assert f"About {saved.token('guide', 'en')} to download" in english
    assert saved.token("guide", "cy", "en") in english  # what the Welsh pages add to the English copy


def test_a_script_that_loads_another_by_itself_brings_it_when_it_is_a_built_file():
    js = 'importScripts(new URL("mutations.js", location.href).href, new URL(engine, location.href).href); x="a.json"'
    assert saved.js_assets(js, "assets/search/worker.js?engine=x") == ["assets/search/mutations.js"]
    files = {"guide/index.html": b'<script src="../w.js?v=1"></script>', "w.js": b'load("m.js"); load("gone.js")',
             "m.js": b"1"}
    urls = [e.url for e in saved.build("guide", "en", ["guide/"], files.get).entries]
    assert urls == ["w.js?v=1", "m.js", "guide/"]
