"""Repairs to Material's finished HTML: valid checkboxes, no dangling label, a skip link everywhere."""

from __future__ import annotations

from toolkit import a11y

HEAD = ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">\n'
        '<input type="text" class="md-search__input" name="query" autocomplete="off">\n')


def test_autocomplete_is_removed_from_checkboxes_only():
    html = a11y.drop_checkbox_autocomplete(HEAD)
    assert '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">' in html
    assert 'class="md-search__input" name="query" autocomplete="off">' in html  # allowed on text inputs


def test_a_label_for_a_missing_control_loses_its_for():
    html = '<input id="__toc" type="checkbox"><label class="a" for="__toc">A</label><label class="b" for="__gone">B</label>'
    assert a11y.drop_dangling_label_for(html) == (
        '<input id="__toc" type="checkbox"><label class="a" for="__toc">A</label><label class="b">B</label>')


def test_a_page_without_a_skip_link_gets_one_to_its_heading():
    html = ('<div data-md-component="skip">\n    </div>\n<main><article class="md-content__inner">'
            '<h1 id="not-found">Page not found</h1></article></main>')
    fixed = a11y.add_missing_skip_link(html, "Neidio i'r cynnwys")
    assert ('<div data-md-component="skip"><a href="#not-found" class="md-skip">Neidio i&#x27;r cynnwys</a>'
            '</div>') in fixed


def test_an_existing_skip_link_is_kept_and_a_page_without_heading_is_left_alone():
    kept = '<div data-md-component="skip"><a href="#x" class="md-skip">Skip</a></div><article><h1 id="x">X</h1></article>'
    assert a11y.add_missing_skip_link(kept, "Skip") == kept
    bare = '<div data-md-component="skip"></div><article><h1>No id</h1></article>'
    assert a11y.add_missing_skip_link(bare, "Skip") == bare


def test_repair_does_all_four():
    html = HEAD + ('<label for="__toc">T</label><div data-md-component="skip"></div>'
                   '<div class="md-search" data-md-component="search" role="dialog"><input></div>'
                   '<article><h1 id="h">H</h1></article>')
    fixed = a11y.repair(html, "Skip to content", "Chwilio'r wefan", "Short")
    assert 'type="checkbox" id="__drawer">' in fixed and '<label>T</label>' in fixed
    assert '<a href="#h" class="md-skip">Skip to content</a>' in fixed
    assert '<div class="md-search" data-md-component="search" role="dialog" aria-label="Chwilio&#x27;r wefan">' in fixed

