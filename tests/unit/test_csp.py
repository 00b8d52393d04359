"""toolkit.csp: every page's Content-Security-Policy, from its finished HTML."""

from __future__ import annotations

import re

from toolkit import csp

# The hash Chromium itself names when it blocks `<script>window.__pwned=1</script>` (its console message
# "… a hash ('sha256-…') … is required to enable inline execution"): the browser's own digest.
PWNED = "window.__pwned=1"
PWNED_HASH = "'sha256-Ld7NjOkgX2xeKgOKKlb4gj6LBvke5Isx8gtokTAmMLo='"

SCRIPT_FILE = ("remove it; a script goes in a file under overrides/assets/ (toolkit.assets), its settings in "
               "data-* attributes")
STYLESHEET = "remove it; styling goes in a stylesheet under overrides/assets/ (toolkit.assets)"

PAGE = """<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width">
    <script>__md_scope=1</script>
    <script src="assets/bundle.js"></script>
  </head>
  <body>
    <script>var palette=1</script>
    <article class="md-content__inner">
      <p>Text</p>
      <script type="application/json" class="ic-record__data">{"a": 1}</script>
    </article>
    <script id="__config" type="application/json">{"base": "."}</script>
  </body>
</html>
"""


def directives(policy: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def meta_policy(html: str) -> str:
    found = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    assert len(found) == 1, found
    return found[0]


def test_a_script_is_hashed_as_the_browser_hashes_it():
    assert csp.digest(PWNED) == PWNED_HASH
    assert csp.digest("a\r\nb") == csp.digest("a\nb")  # the browser normalises newlines first


def test_the_policy_lets_in_the_templates_inline_scripts_and_nothing_else_inline():
    policy = directives(csp.policy(PAGE))
    assert policy["script-src"] == ["'self'", csp.digest("__md_scope=1"), csp.digest("var palette=1")]
    assert policy["default-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["connect-src"] == ["'self'"]
    assert policy["worker-src"] == ["'self'"]
    assert policy["frame-src"] == ["https://www.youtube-nocookie.com"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert "frame-ancestors" not in policy  # ignored in a <meta> policy
    assert not [s for sources in policy.values() for s in sources if s in ("'unsafe-inline'", "'unsafe-eval'")]


def test_a_script_in_the_content_is_never_hashed_so_it_cannot_run():
    page = PAGE.replace("<p>Text</p>", f"<p>Text</p><script>{PWNED}</script>")
    assert PWNED_HASH not in csp.policy(page)


def test_the_same_script_twice_is_listed_once():
    page = PAGE.replace("<script>var palette=1</script>", "<script>__md_scope=1</script>")
    assert directives(csp.policy(page))["script-src"] == ["'self'", csp.digest("__md_scope=1")]


def test_the_policy_is_the_first_tag_after_the_charset_before_any_script():
    secured = csp.secure(PAGE)
    head = secured[secured.index("<head>"):]
    assert head.index('<meta charset="utf-8">') < head.index("Content-Security-Policy") < head.index("<script")
    assert re.search(r'<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy"', secured)
    assert meta_policy(secured) == csp.policy(PAGE)


def test_without_a_charset_the_policy_opens_the_head():
    page = PAGE.replace('    <meta charset="utf-8">\n', "")
    assert re.search(r'<head>\s*<meta http-equiv="Content-Security-Policy"', csp.secure(page))


def test_a_policy_already_there_is_replaced_from_the_final_text():
    secured = csp.secure(PAGE)
    assert csp.secure(secured) == secured
    changed = secured.replace("var palette=1", "var palette=2")
    again = csp.secure(changed)
    assert csp.digest("var palette=2") in meta_policy(again)
    assert csp.digest("var palette=1") not in meta_policy(again)


def test_under_mkdocs_serve_inline_scripts_run_for_its_live_reload():
    policy = directives(csp.policy(PAGE, serving=True))
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]  # no hash: it would disable 'unsafe-inline'
    assert policy["object-src"] == ["'none'"]


def test_a_clean_page_has_nothing_the_policy_blocks():
    assert csp.blocked(PAGE) == []


def test_what_the_policy_would_block_is_found_in_page_order():
    page = PAGE.replace("<p>Text</p>", '<p>Text <a href=" JavaScript:go()">go</a></p>'
                                       '<button type="button" onclick="go()">Go</button>'
                                       f"<script>{PWNED}</script>")
    page = page.replace("</article>", '<p style="color: red">Red</p><style>p {}</style>'
                                      '<a href="javascript:go()">again</a></article>')
    assert csp.blocked(page) == [
        ("a 'javascript:' address (in 'href' on <a>)", "remove it; link to a page or an https:// address",
         "javascript:"),
        ("an inline event handler ('onclick' on <button>)", SCRIPT_FILE, "onclick"),
        ("an inline <script> in the page's content ('window.__pwned=1')", SCRIPT_FILE, "<script"),
        ("a style attribute (on <p>)", STYLESHEET, "style"),
        ("a <style> element", STYLESHEET, "<style"),
    ]  # the second javascript: address is the same mistake: said once


def test_handler_like_text_that_is_not_an_attribute_is_not_blocked():
    page = PAGE.replace("<p>Text</p>", "<p>Write onclick=\"x\" as text, <code>&lt;a onclick=&gt;</code></p>"
                                       "<!-- <a onclick=\"x\"> --><textarea><b onclick=x></textarea>"
                                       '<a href="page.html" title="javascript: a language">x</a>')
    page = page.replace("var palette=1", "document.body.innerHTML='<a onclick=x>'")
    assert csp.blocked(page) == []


def test_an_inline_handler_on_a_script_tag_itself_is_found():
    page = PAGE.replace('<script src="assets/bundle.js">', '<script src="assets/bundle.js" onload="go()">')
    assert csp.blocked(page) == [("an inline event handler ('onload' on <script>)", SCRIPT_FILE, "onload")]


def test_the_offline_copy_names_file_urls_wherever_the_site_itself_is_allowed():
    policy = directives(csp.policy(PAGE, offline=True))
    assert policy["script-src"] == ["'self'", csp.digest("__md_scope=1"), csp.digest("var palette=1"), "file:"]
    assert policy["img-src"] == ["'self'", "data:", "file:"]
    assert policy["object-src"] == ["'none'"] and policy["frame-src"] == ["https://www.youtube-nocookie.com"]
