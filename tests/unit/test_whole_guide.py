"""Whole-guide page: guides from front matter, pages in learning-path order, composition."""

from __future__ import annotations

from bs4 import BeautifulSoup
from toolkit.whole_guide import guides_in, path_chain, print_url
from toolkit.whole_guide.render import BuiltPage, compose

SHELL = """<!doctype html><html lang="en"><head><title>Intro - Site</title>
<link rel="canonical" href="https://x.org/g/"><link rel="next" href="two/">
<link rel="alternate" href="https://x.org/g/" hreflang="en"><link rel="alternate" href="https://x.org/cy/g/" hreflang="cy">
<link rel="stylesheet" href="../assets/site.css"></head><body>
<a href="#intro" class="md-skip">Skip</a><a class="ic-lang-switch__link" href="../cy/g/">Cymraeg</a>
<div class="md-sidebar md-sidebar--secondary"><a href="#a">A</a></div>
<article class="md-content__inner md-typeset"><h1 id="intro">Intro</h1><h2 id="a">A</h2>
<p><a href="two/#b">to B</a> <a href="../other/">other guide</a> <a href="https://e.org/">web</a></p>
<label for="q1">Q</label><input id="q1"><p class="ic-whole-guide__link"><a href="print.html">print</a></p>
</article><nav class="md-footer__inner"><a class="md-footer__link--next" href="two/">Next</a></nav></body></html>"""

TWO = """<!doctype html><html lang="en"><head><link rel="stylesheet" href="../../assets/quiz.css?v=1">
<script src="../../assets/quiz.js" defer></script><link rel="stylesheet" href="../../assets/p.css" media="print">
<script src="../../assets/x.js" data-i18n-name="A &amp; B" defer></script></head><body>
<article class="md-content__inner md-typeset"><h1 id="two">Two</h1><h2 id="a">A again</h2>
<h3 id="b">B</h3><a href="#a">up</a><a href="../">back to intro</a><img src="../img.png" alt=""></article></body></html>"""


def test_guides_are_folders_whose_index_names_a_guide():
    files = {"g/index.md": "---\nguide: G\n---\n# G", "h/index.md": "# no guide", "cy/g/index.md": "---\nguide: X\n---",
             "index.md": "---\nguide: Home\n---", "g/two.md": "---\nguide: no\n---"}
    assert [(g.folder, g.name) for g in guides_in(files, files.__getitem__)] == [("g", "G")]


def test_print_url_next_to_the_index_page():
    assert print_url("co-production/") == "co-production/print.html"
    assert print_url("cy/co-production/index.html") == "cy/co-production/print.html"


def test_path_chain_follows_next_links_inside_the_folder(tmp_path):
    (tmp_path / "g" / "two").mkdir(parents=True)
    (tmp_path / "other").mkdir()
    (tmp_path / "g" / "index.html").write_text('<link rel="next" href="two/">')
    (tmp_path / "g" / "two" / "index.html").write_text('<link rel="next" href="../../other/">')
    (tmp_path / "other" / "index.html").write_text("")
    chain = path_chain(tmp_path / "g" / "index.html", tmp_path / "g")
    assert [p.relative_to(tmp_path.resolve()).as_posix() for p in chain] == ["g/index.html", "g/two/index.html"]


def test_compose():
    html = compose([BuiltPage("g/index.html", SHELL), BuiltPage("g/two/index.html", TWO)], guide_folder="g",
                   print_path="g/print.html", title="G: the whole guide", intro="All pages.",
                   page_label="Page: {title}", twin_print_href="../cy/g/print.html",
                   absolute_print_url="https://x.org/g/print.html")
    soup = BeautifulSoup(html, "html.parser")
    assert [h.get_text() for h in soup.select("article h1")] == ["G: the whole guide"]
    assert [(s["id"], s["aria-label"], s.h2.get_text()) for s in soup.select("section")] == [
        ("index", "Page: Intro", "Intro"), ("two", "Page: Two", "Two")]
    assert soup.find(id="two--b").name == "h4"
    links = [a["href"] for a in soup.select("article a")]
    assert links == ["#two--b", "../other/", "https://e.org/", "#two--a", "#index"]
    assert soup.select_one("label")["for"] == "index--q1" and soup.find(id="index--q1")
    assert soup.select_one("img")["src"] == "img.png"
    assert soup.select_one("a.md-skip")["href"] == "#whole-guide"
    assert soup.select_one(".md-sidebar--secondary") is None and soup.select_one(".md-footer__inner") is None
    assert soup.select_one('link[rel="next"]') is None and soup.select_one(".ic-whole-guide__link") is None
    assert soup.select_one('link[rel="canonical"]')["href"] == "https://x.org/g/print.html"
    assert [a["href"] for a in soup.select('link[rel="alternate"]')] == ["https://x.org/g/print.html",
                                                                         "https://x.org/cy/g/print.html"]
    assert soup.select_one("a.ic-lang-switch__link")["href"] == "../cy/g/print.html"
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"
    assert soup.title.get_text() == "G: the whole guide - Site"
    assert [t.get("href") or t.get("src") for t in soup.head.select("link[rel=stylesheet], script")] == [
        "../assets/site.css", "../assets/quiz.css?v=1", "../assets/quiz.js", "../assets/p.css", "../assets/x.js"]
    # Each collected tag as the page wrote it: media, defer and the strings for its script.
    assert soup.head.select_one('link[href="../assets/p.css"]')["media"] == "print"
    script = soup.head.select_one('script[src="../assets/x.js"]')
    assert script.has_attr("defer") and script["data-i18n-name"] == "A & B"
