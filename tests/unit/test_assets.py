"""toolkit.assets: which tags a page gets, hashed, and how the template writes them; without MkDocs."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import jinja2
import pytest

from toolkit import assets

ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = ROOT / "overrides"


def _hashes():
    found, problems = assets.digests(OVERRIDES)
    assert problems == []
    return found


def _relative(page_url):
    depth = page_url.count("/")
    return lambda path: "../" * depth + path if depth else path


def test_every_listed_file_exists_and_is_hashed_by_its_content():
    hashes = _hashes()
    for component in assets.COMPONENTS:
        for file in component.files:
            content = (OVERRIDES / file.path).read_bytes()
            assert hashes[file.path] == hashlib.sha256(content).hexdigest()[:10], file.path
            # Each component's files are in its own folder: hook = core package = asset folder.
            assert file.path.startswith(f"assets/{component.name}/"), file.path


def test_every_asset_file_is_listed():
    listed = {file.path for component in assets.COMPONENTS for file in component.files}
    on_disk = {p.relative_to(OVERRIDES).as_posix() for p in (OVERRIDES / "assets").rglob("*")
               if p.suffix in (".css", ".js")}
    # The saved guides' service worker is written to the site's root by hooks/saved.py (minified there) and
    # registered by the save panel's actions.js.
    assert on_disk - listed == {"assets/saved/worker.js"}


def test_a_missing_file_is_one_problem_naming_it(tmp_path):
    (tmp_path / "assets" / "x").mkdir(parents=True)
    (tmp_path / "assets" / "x" / "x.css").write_text("a{}")
    components = (assets.Component("x", (assets.File("assets/x/x.css"), assets.File("assets/x/x.js"))),)
    found, problems = assets.digests(tmp_path, lambda p: p.relative_to(tmp_path).as_posix(), components)
    assert found == {"assets/x/x.css": assets.digest(b"a{}")}
    assert [str(p) for p in problems] == [
        "assets/x/x.js: is missing: toolkit/assets.py lists it for the 'x' component"]


def test_a_page_without_components_gets_only_the_site_wide_files():
    links = assets.links({}, _hashes(), _relative("co-production/"))
    urls = [link.url for link in links]
    assert not any("/quiz/" in u or "/ladder/" in u or "/trainer/" in u or "/search/" in u for u in urls)
    assert any(u.startswith("../assets/whole_guide/print.css?v=") for u in urls)
    print_css = next(link for link in links if "print.css" in link.url)
    assert print_css.media == "print" and print_css.is_css


def test_a_used_component_is_linked_with_hashed_urls_in_its_place():
    hashes = _hashes()
    entry = {}
    assets.use(entry, "quiz")
    links = assets.links(assets.used(entry), hashes, _relative("co-production/tips/"))
    quiz = [link for link in links if "/quiz/" in link.url]
    assert [link.url for link in quiz] == [
        f"../../assets/quiz/quiz.css?v={hashes['assets/quiz/quiz.css']}",
        f"../../assets/quiz/quiz.js?v={hashes['assets/quiz/quiz.js']}"]
    assert all(link in links.head for link in quiz)
    # The shared helper runs before search.js and Material's bundle; print.css comes last in the head.
    assert [link.url.split("?")[0] for link in links.before_bundle] == ["../../assets/ic/ic.js"]
    assert links.head[-1].url.startswith("../../assets/whole_guide/print.css?v=")


def test_settings_that_are_addresses_follow_the_page_or_the_site_root():
    entry = {}
    assets.use(entry, "search", index=assets.Site("cy/search/search_index.json"), root=assets.Site(""),
               results=assets.Later("assets/search/results-lang.js"),
               languages='[{"code": "en", "prefix": "", "name": "Saesneg"}]')
    hashes = _hashes()
    relative = assets.links(assets.used(entry), hashes, _relative("cy/co-production/"))
    search_js = next(link for link in relative.before_bundle if "search.js" in link.url)
    later = "../../assets/search/results-lang.js?v=" + hashes["assets/search/results-lang.js"]
    assert search_js.data == (("index", "../../cy/search/search_index.json"), ("results", later),
                              ("root", "../../"), ("languages", '[{"code": "en", "prefix": "", "name": "Saesneg"}]'))
    # A file placed LATER has no tag of its own: search.js loads it when the reader searches.
    assert not any("results-lang.js" in link.url for link in relative)
    absolute = assets.links(assets.used(entry), hashes, assets.absolute("/toolkit"))
    search_js = next(link for link in absolute.before_bundle if "search.js" in link.url)
    assert search_js.url.startswith("/toolkit/assets/search/search.js?v=")
    assert dict(search_js.data)["index"] == "/toolkit/cy/search/search_index.json"
    assert dict(search_js.data)["results"].startswith("/toolkit/assets/search/results-lang.js?v=")


def test_unknown_components_and_keys_are_refused():
    with pytest.raises(KeyError, match="no component 'quizz'"):
        assets.use({}, "quizz")
    with pytest.raises(KeyError, match="component 'a11y' has no script reading menu-labl"):
        assets.use({}, "a11y", menu_labl="Menu")


def test_the_template_writes_each_tag_with_escaped_strings():
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(OVERRIDES))  # as MkDocs: no autoescape
    tag = env.get_template("partials/ic-assets.html").module.ic_tag
    script = assets.Link("../a.js?v=1", False, assets.HEAD, data=(("name-en", 'Saesneg & "x"'),))
    assert str(tag(script, True)) == ('<script src="../a.js?v=1" data-i18n-name-en="Saesneg &amp; &#34;x&#34;" '
                                      'defer></script>')
    assert str(tag(assets.Link("a.js?v=1", False, assets.BEFORE_BUNDLE), False)) == '<script src="a.js?v=1"></script>'
    css = assets.Link("p.css?v=2", True, assets.HEAD, media="print")
    assert str(tag(css, True)) == '<link rel="stylesheet" href="p.css?v=2" media="print">'


# ---- minify ----------------------------------------------------------------------------------------------

SCRIPT = '''(function () {
  "use strict";
  // a comment readers need not download
  ic.modules("demo", function (root, strings) {
    var longLocalName = root.querySelector(".ic-demo__status");
    longLocalName.textContent = strings.doneMessage + " " + window.location.pathname;
  });
})();
'''


def test_a_script_loses_comments_and_local_names_but_keeps_what_the_page_shares():
    out = assets.minified("assets/demo/demo.js", SCRIPT)
    assert "comment" not in out and "longLocalName" not in out and "\n" not in out.strip()
    # Globals, properties, strings and the directive are what other scripts and the page rely on.
    for kept in ('"use strict"', 'ic.modules("demo"', ".querySelector(", '".ic-demo__status"',
                 ".doneMessage", "window.location.pathname", ".textContent"):
        assert kept in out
    assert re.search(r"var [a-z]=[a-z]\.querySelector", out)  # the local and the parameter shortened


def test_every_component_script_minifies_to_less_than_its_source():
    for component in assets.COMPONENTS:
        for file in component.files:
            if file.path.endswith(".js"):
                source = (OVERRIDES / file.path).read_text(encoding="utf-8")
                assert len(assets.minified(file.path, source)) < len(source) * 0.7, file.path


def test_a_script_that_is_not_es5_names_its_line(tmp_path):
    target = tmp_path / "demo.js"
    target.write_text("(function () {\n  var a = 1;\n  let b = () => a;\n})();\n", encoding="utf-8")
    problem = assets.minify_file(target, "assets/demo/demo.js", "overrides/assets/demo/demo.js")
    assert str(problem).startswith("overrides/assets/demo/demo.js:3: is not ES5 JavaScript")
    assert "let b" in target.read_text(encoding="utf-8")  # left as it was, not half-minified


def test_a_stylesheet_loses_comments_and_spacing(tmp_path):
    target = tmp_path / "demo.css"
    target.write_text("/* why */\n.ic-demo {\n  color: red;\n}\n", encoding="utf-8")
    assert assets.minify_file(target, "assets/demo/demo.css", "x") is None
    assert target.read_text(encoding="utf-8") == ".ic-demo{color:red}"
