"""The site's languages: the one module that knows them.

Read from mkdocs-static-i18n's own configuration and properties (``languages``, ``default_language``,
``current_language``, ``building``); no other module works out a language from a path prefix, the theme
or the page's ``<html lang>``. An unknown language is an error, never a silent fall-back to English.

Sources are docs-relative paths: the default language's at the root of ``docs/``, every other language's
under a folder named by its code (``cy/co-production/index.md``), as static-i18n's folder structure has
it. URLs follow the same rule (``co-production/`` and ``cy/co-production/``).

Pure: ``from_config``, ``current`` and ``of_page`` read MkDocs' objects by attribute only.
"""

from __future__ import annotations

from dataclasses import dataclass


# Authors' messages are in English (as MkDocs' own are): each language's name in English, for them only.
ENGLISH_NAMES = {"en": "English", "cy": "Welsh"}


def english_name(language: str) -> str:
    """A language's name in an author's message: "Welsh", or the code for a language not named here."""
    return ENGLISH_NAMES.get(language, f"'{language}'")


class UnknownLanguage(ValueError):
    """A language the site does not build (a mistake in code or configuration, not in content)."""


@dataclass(frozen=True)
class Languages:
    codes: tuple[str, ...]  # every language the site builds, the default first
    names: tuple[str, ...]  # each language's name, in that language (as the plugin's `name`)

    def __post_init__(self):
        if not self.codes or len(set(self.codes)) != len(self.codes) or len(self.names) != len(self.codes):
            raise UnknownLanguage(f"a site needs one or more distinct languages, each with a name: {self.codes}")

    @property
    def default(self) -> str:
        return self.codes[0]

    def check(self, language) -> str:
        if language not in self.codes:
            raise UnknownLanguage(f"language {language!r} is not built by this site; expected one of "
                                  f"{', '.join(self.codes)}")
        return language

    def name(self, language: str) -> str:
        return self.names[self.codes.index(self.check(language))]

    def others(self, language: str) -> tuple[str, ...]:
        """Every other language, in the site's order."""
        self.check(language)
        return tuple(code for code in self.codes if code != language)

    def prefix(self, language: str) -> str:
        """The folder of a language's sources and pages: '' for the default, 'cy/' for Welsh."""
        return "" if self.check(language) == self.default else f"{language}/"

    def _split(self, path: str) -> tuple[str, str]:
        head, slash, rest = path.partition("/")
        if slash and head in self.codes and head != self.default:
            return head, rest
        return self.default, path

    def of_path(self, path: str) -> str:
        """The language of a docs-relative source path or a site-relative URL."""
        return self._split(path)[0]

    def base_path(self, path: str) -> str:
        """The path without its language folder: the same for every translation of a page."""
        return self._split(path)[1]

    def path_in(self, path: str, language: str) -> str:
        """The same source path (or URL) in another language: 'index.md' → 'cy/index.md' and back."""
        return self.prefix(language) + self.base_path(path)


def _plugin(config):
    return config.plugins.get("i18n")


def from_config(config) -> Languages:
    """The languages of a MkDocs configuration: the i18n plugin's built languages, default first; with no
    plugin, the theme's one language."""
    i18n = _plugin(config)
    if i18n is None:
        language = config.theme.get("language") or "en"
        return Languages((language,), (language,))
    built = [lang for lang in i18n.config.languages if lang.build]
    built.sort(key=lambda lang: not lang.default)
    return Languages(tuple(lang.locale for lang in built), tuple(lang.name or lang.locale for lang in built))


def current(config) -> str:
    """The language of the build that is running (static-i18n builds the site once per language)."""
    i18n = _plugin(config)
    languages = from_config(config)
    if i18n is None:
        return languages.default
    return languages.check(i18n.current_language or languages.default)


def is_default_build(config) -> bool:
    """True in the default language's build: site-wide checks run there only, so each mistake is said once."""
    return current(config) == from_config(config).default


def is_nested_build(config) -> bool:
    """True while static-i18n runs another language's build inside the default one's on_post_build."""
    i18n = _plugin(config)
    return i18n is not None and bool(getattr(i18n, "building", False))


def of_page(page, languages: Languages) -> str:
    """A page's language, as static-i18n set it on the page's file."""
    locale = getattr(page.file, "locale", None)
    if locale is None:
        return languages.of_path(page.file.src_uri)
    return languages.check(locale)


def from_mkdocs_yml(text: str) -> Languages:
    """The same languages read from mkdocs.yml's text, for commands that run without MkDocs (`./run
    status`): the i18n plugin's `languages` entries that are built, default first."""
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    # mkdocs.yml holds MkDocs' own tags (!ENV, !relative): their values do not matter here.
    _Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    data = yaml.load(text, Loader=_Loader) or {}
    for plugin in data.get("plugins") or ():
        if isinstance(plugin, dict) and "i18n" in plugin:
            built = [lang for lang in (plugin["i18n"] or {}).get("languages") or () if lang.get("build", True)]
            built.sort(key=lambda lang: not lang.get("default", False))
            return Languages(tuple(lang["locale"] for lang in built),
                             tuple(lang.get("name") or lang["locale"] for lang in built))
    language = ((data.get("theme") or {}).get("language")) or "en"
    return Languages((language,), (language,))
