"""Sharing tags: absolute alternates with x-default, Open Graph in the page's language."""

from __future__ import annotations

from toolkit import sharing

HEAD = ('<html><head><meta name="description" content="Tri awgrym &amp; mwy">\n'
        '<link rel="alternate" href="../../../co-production/tips/" hreflang="en">\n'
        '<link rel="alternate" href="./" hreflang="cy">\n</head><body></body></html>')


def test_parse():
    head = sharing.parse(HEAD)
    assert head.description == "Tri awgrym & mwy"
    assert [(a.language, a.href) for a in head.alternates] == [("en", "../../../co-production/tips/"), ("cy", "./")]


def test_render_welsh_page():
    html = sharing.render(HEAD, page_url="cy/co-production/tips/", title="Awgrymiadau", site_name="Canllaw",
                          language="cy", default_language="en", site_url="https://x.org/toolkit")
    assert html.count('rel="alternate"') == 3
    for tag in ('<link rel="alternate" href="https://x.org/toolkit/co-production/tips/" hreflang="en">',
                '<link rel="alternate" href="https://x.org/toolkit/cy/co-production/tips/" hreflang="cy">',
                '<link rel="alternate" href="https://x.org/toolkit/co-production/tips/" hreflang="x-default">',
                '<meta property="og:locale" content="cy_GB">',
                '<meta property="og:locale:alternate" content="en_GB">',
                '<meta property="og:url" content="https://x.org/toolkit/cy/co-production/tips/">',
                '<meta property="og:description" content="Tri awgrym &amp; mwy">',
                '<meta property="og:title" content="Awgrymiadau">'):
        assert tag in html, tag


def test_site_url_must_be_absolute():
    assert sharing.problems_of("index.md", "https://x.org/") == []
    assert [str(p) for p in sharing.problems_of("index.md", "/toolkit/")] == [
        "mkdocs.yml: site_url must be an absolute http(s) address (found '/toolkit/'); index.md needs it for its "
        "language alternates and link previews"]
