"""A new guide's English and Welsh pages, ready to write and to translate (``./run new-guide``).

Pure: ``plan`` takes the guide's slug, name and pages plus the folders that already exist and returns the
files to write (docs-relative path → text) or the problems that prevent it. Writing is the CLI's job.

Each page gets front matter (title, order, description, review dates; ``guide:`` on the index page), an
h1 and h2 headings with explicit ids, identical in both languages, and placeholder text. Every text still
to be written carries the marker ``TO WRITE`` (English) or ``TO TRANSLATE`` (Welsh), one marker per line,
so the strict build names each one and refuses to publish until they are gone (toolkit.translations.markers).
The index page ends with a quiz skeleton whose ids, options and correct answer are the same in both
languages, so the twin checks pass as soon as the texts are written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from .problems import Problem
from .translations import LOCALE_LIKE, TO_TRANSLATE, TO_WRITE

# The scaffold writes a page in English and its Welsh translation, with TO TRANSLATE where the Welsh is
# still to be written (a third language would add its own folder and marker text here).
WELSH = "cy"


def welsh_path(path: str) -> str:
    return f"{WELSH}/{path}"

SLUG = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# Folders the built site uses for itself, and two-letter names the i18n plugin takes for languages.
RESERVED = frozenset({"assets", "search", "stylesheets", "javascripts"})


@dataclass(frozen=True)
class PageSpec:
    slug: str                                   # file name without .md; the first page is "index"
    title: str                                  # English title (the author's; no marker)
    sections: tuple[tuple[str, str], ...] = ()  # (heading id, English heading) of the h2 headings


DEFAULT_PAGES = (
    PageSpec("index", "{name}: introduction", (("what-it-is", "What it is"), ("why-it-matters", "Why it matters"))),
    PageSpec("when-to-use", "When to use it", (("when-it-helps", "When it helps"),
                                               ("when-not", "When to choose another approach"))),
    PageSpec("how-to-use", "How to use it", (("steps", "Steps"), ("example", "An example"))),
    PageSpec("resources", "Resources and further reading", (("further-reading", "Further reading"),)),
)


def _yaml(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar: colons, quotes and '#' are all safe in it.
    return json.dumps(text, ensure_ascii=False)


def _todo(language: str, what: str) -> str:
    return f"{TO_TRANSLATE if language == WELSH else TO_WRITE}: {what}"


def _a_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _front_matter(language: str, spec: PageSpec, order: int, name: str, name_cy: str | None,
                  today: dt.date) -> str:
    title = spec.title.format(name=name)
    lines = ["---",
             f"title: {_yaml(_todo(language, title) if language == WELSH else title)}",
             f"order: {order}"]
    if spec.slug == "index":
        guide = name if language != WELSH else (name_cy or _todo(WELSH, name))
        lines.append(f"guide: {_yaml(guide)}")
    lines += [f"description: {_yaml(_todo(language, 'one sentence that says what this page covers'))}",
              # The same dates in both languages (the build checks it); a new page is reviewed today.
              f"last_reviewed: {today.isoformat()}",
              f"next_review: {_a_year_after(today).isoformat()}",
              "---", ""]
    return "\n".join(lines)


def _quiz(language: str, quiz_id: str) -> str:
    def text(what: str) -> str:
        return _yaml(_todo(language, what))
    return "\n".join([
        "```quiz",
        f"id: {quiz_id}",
        "questions:",
        "  - id: first-question",
        "    type: single",
        f"    question: {text('a question about this page')}",
        "    options:",
        f"      - text: {text('the right answer')}",
        "        correct: true",
        f"        feedback: {text('why it is right')}",
        f"      - text: {text('a wrong answer')}",
        f"        feedback: {text('why it is wrong')}",
        f"    explanation: {text('the explanation shown after the answer')}",
        "```",
        "",
    ])


def _body(language: str, what: str, source: str) -> str:
    if language == WELSH:
        # The English is not written yet either: point the translator at where it will be.
        return _todo(WELSH, f"{what}, from the English page {source}, in Welsh.")
    return _todo(language, f"{what}.")


def page(language: str, guide_slug: str, spec: PageSpec, order: int, name: str, name_cy: str | None,
         today: dt.date, quiz: bool) -> str:
    """The Markdown of one page in one language."""
    title = spec.title.format(name=name)
    source = f"docs/{guide_slug}/{spec.slug}.md"
    h1_id = "introduction" if spec.slug == "index" else spec.slug
    parts = [_front_matter(language, spec, order, name, name_cy, today),
             f"# {_todo(language, title) if language == WELSH else title} {{#{h1_id}}}", "",
             _body(language, "the opening paragraph: who this page is for and what they will learn", source), ""]
    for section_id, heading in spec.sections:
        shown = _todo(language, heading) if language == WELSH else heading
        parts += [f"## {shown} {{#{section_id}}}", "", _body(language, "this section's text", source), ""]
    if quiz and spec.slug == "index":
        heading = "Check your understanding"
        shown = _todo(language, heading) if language == WELSH else heading
        # Quiz ids are unique across the site; the guide's folder name makes this one so.
        parts += [f"## {shown} {{#quiz-introduction}}", "", _quiz(language, f"{guide_slug}-introduction")]
    return "\n".join(parts).rstrip("\n") + "\n"


def parse_page_option(value: str) -> PageSpec:
    """``--page when-to-use="When to use it"``: a page slug, an equals sign and its English title."""
    slug, sep, title = value.partition("=")
    if not sep or not title.strip():
        raise ValueError(f"--page {value!r}: write it as slug=\"Title\", e.g. tips=\"Helpful tips\"")
    # The shell usually removes the quotes; a caller that passes them through keeps them otherwise.
    return page_spec(slug.strip(), title.strip().strip("\"'").strip())


def page_spec(slug: str, title: str) -> PageSpec:
    """A page with the author's title (taken as written, braces included) and one "Overview" section."""
    return PageSpec(slug, title.replace("{", "{{").replace("}", "}}"), (("overview", "Overview"),))


def check(slug: str, name: str, pages: tuple[PageSpec, ...], existing: set[str],
          docs_label: str = "docs") -> list[Problem]:
    """Why the guide cannot be created as asked; ``existing`` holds the docs-relative paths already there."""
    problems = []
    where = f"{docs_label}/{slug}"
    if not SLUG.match(slug):
        problems.append(Problem(where, f"the guide's folder name '{slug}' must be lower-case letters, digits "
                                       f"and single hyphens, e.g. 'process-mapping'"))
    elif LOCALE_LIKE.match(slug) or slug in RESERVED:
        problems.append(Problem(where, f"the folder name '{slug}' is taken by the site itself (two letters look "
                                       f"like a language code); choose a longer name"))
    if not name.strip():
        problems.append(Problem(where, "the guide needs a name (--name \"Process mapping\")"))
    if any(p == slug or p.startswith(f"{slug}/") or p.startswith(f"{WELSH}/{slug}/") for p in existing):
        problems.append(Problem(where, "already exists (in English or Welsh); nothing was written"))
    seen: set[str] = set()
    for spec in pages:
        if not SLUG.match(spec.slug):
            problems.append(Problem(f"{where}/{spec.slug}.md", "a page name must be lower-case letters, digits "
                                                               "and single hyphens"))
        if spec.slug in seen:
            problems.append(Problem(f"{where}/{spec.slug}.md", "is asked for twice"))
        seen.add(spec.slug)
    if pages and pages[0].slug != "index":
        problems.append(Problem(f"{where}/index.md", "a guide's first page must be 'index'"))
    return problems


def plan(slug: str, name: str, *, name_cy: str | None = None, pages: tuple[PageSpec, ...] = DEFAULT_PAGES,
         existing: set[str] = frozenset(), today: dt.date | None = None, quiz: bool = True,
         docs_label: str = "docs") -> tuple[dict[str, str], list[Problem]]:
    """Files to write (docs-relative path → Markdown), English and Welsh, or the problems; never both."""
    problems = check(slug, name, pages, existing, docs_label)
    if problems:
        return {}, problems
    today = today or dt.date.today()
    files = {}
    for order, spec in enumerate(pages, start=1):
        path = f"{slug}/{spec.slug}.md"
        files[path] = page("en", slug, spec, order, name.strip(), name_cy, today, quiz)
        files[welsh_path(path)] = page(WELSH, slug, spec, order, name.strip(), name_cy, today, quiz)
    return files, []


def plan_page(guide: str, spec: PageSpec, *, orders: dict[str, float], existing: set[str],
              order: float | None = None, today: dt.date | None = None,
              docs_label: str = "docs") -> tuple[dict[str, str], list[Problem]]:
    """One new page of an existing guide, English and Welsh (``./run new-page``), or the problems.

    ``orders`` maps the guide's English pages (docs-relative) to their ``order:``; without ``order`` the
    page goes at the end of the learning path.
    """
    where = f"{docs_label}/{guide}/{spec.slug}.md"
    problems = []
    if f"{guide}/index.md" not in existing:
        problems.append(Problem(f"{docs_label}/{guide}", "is not a guide (no index.md); create one with "
                                                         "./run new-guide"))
    if not SLUG.match(spec.slug) or spec.slug == "index":
        problems.append(Problem(where, "a page name must be lower-case letters, digits and single hyphens, "
                                       "and not 'index' (the guide's first page)"))
    if not spec.title.strip():
        problems.append(Problem(where, "the page needs a title (--title \"Working with carers\")"))
    path = f"{guide}/{spec.slug}.md"
    if path in existing or welsh_path(path) in existing:
        problems.append(Problem(where, "already exists (in English or Welsh); nothing was written"))
    if problems:
        return {}, problems
    if order is None:
        order = int(max(orders.values(), default=0)) + 1
    today = today or dt.date.today()
    number = int(order) if float(order).is_integer() else order
    return {path: page("en", guide, spec, number, "", None, today, quiz=False),
            welsh_path(path): page(WELSH, guide, spec, number, "", None, today, quiz=False)}, []
