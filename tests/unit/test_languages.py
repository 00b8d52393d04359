"""The one language module (toolkit.languages): paths between languages, and no silent fall-back."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.conftest import ROOT
from toolkit import languages
from toolkit.languages import Languages, UnknownLanguage

SITE = Languages(("en", "cy"), ("English", "Cymraeg"))


def test_the_site_languages_come_from_mkdocs_yml():
    assert languages.from_mkdocs_yml((ROOT / "mkdocs.yml").read_text(encoding="utf-8")) == SITE


@pytest.mark.parametrize("path, language, base, welsh, english", [
    ("index.md", "en", "index.md", "cy/index.md", "index.md"),
    ("cy/co-production/tips.md", "cy", "co-production/tips.md", "cy/co-production/tips.md", "co-production/tips.md"),
    ("co-production/", "en", "co-production/", "cy/co-production/", "co-production/"),
    ("cy/", "cy", "", "cy/", ""),
    ("cymraeg/page.md", "en", "cymraeg/page.md", "cy/cymraeg/page.md", "cymraeg/page.md"),
])
def test_a_path_in_each_language(path, language, base, welsh, english):
    assert SITE.of_path(path) == language
    assert SITE.base_path(path) == base
    assert SITE.path_in(path, "cy") == welsh and SITE.path_in(path, "en") == english


def test_the_default_others_prefix_and_names():
    assert SITE.default == "en" and SITE.others("en") == ("cy",) and SITE.others("cy") == ("en",)
    assert SITE.prefix("en") == "" and SITE.prefix("cy") == "cy/"
    assert SITE.name("cy") == "Cymraeg"


@pytest.mark.parametrize("call", [lambda: SITE.prefix("ga"), lambda: SITE.others("fr"), lambda: SITE.name("de"),
                                  lambda: SITE.path_in("index.md", "ga")])
def test_an_unknown_language_is_an_error_not_english(call):
    with pytest.raises(UnknownLanguage, match="is not built by this site; expected one of en, cy"):
        call()


def _config(current, building=False):
    langs = [SimpleNamespace(locale="cy", default=False, build=True, name="Cymraeg"),
             SimpleNamespace(locale="en", default=True, build=True, name="English"),
             SimpleNamespace(locale="fr", default=False, build=False, name="Français")]
    i18n = SimpleNamespace(config=SimpleNamespace(languages=langs), current_language=current, building=building)
    return SimpleNamespace(plugins={"i18n": i18n}, theme={"language": "en"})


def test_the_running_build_as_static_i18n_says():
    assert languages.from_config(_config("en")) == SITE  # default first, unbuilt languages left out
    assert languages.current(_config("cy", building=True)) == "cy"
    assert languages.is_default_build(_config("en")) and not languages.is_default_build(_config("cy"))
    assert languages.is_nested_build(_config("cy", building=True)) and not languages.is_nested_build(_config("en"))
    with pytest.raises(UnknownLanguage):
        languages.current(_config("fr"))


def test_a_page_language_from_its_file():
    page = SimpleNamespace(file=SimpleNamespace(locale="cy", src_uri="cy/index.md"))
    assert languages.of_page(page, SITE) == "cy"
    with pytest.raises(UnknownLanguage):
        languages.of_page(SimpleNamespace(file=SimpleNamespace(locale="ga", src_uri="x.md")), SITE)
