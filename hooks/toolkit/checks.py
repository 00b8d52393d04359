"""The one list of site-wide checks, over one model of the sources (toolkit.sources).

The build (hooks/checks.py, in the default language's build, so each mistake is said once) and
`./run status` (toolkit.status) run this same list, so they cannot disagree: a page is complete exactly
when the build has nothing to say about it. A new component adds its check here (and only here).

Each check takes the `Sources` and returns `Problem`s; none raises on bad content.
"""

from __future__ import annotations

from typing import Callable

from . import markers, navigation, review_dates, translations
from . import ladder as ladders
from .ladder import placement
from .problems import Problem
from .quiz import site as quiz_site
from .trainer import notes as trainer_notes_core
from .sources import Sources

Check = Callable[[Sources], list[Problem]]

# What the navigation and the trainer page read from a page's front matter: a translation needs each one
# its page has, and the same place in the guide.
SHARED_KEYS = ("title", "description", "guide")


def front_matter(sources: Sources) -> list[Problem]:
    """Valid `order`s; a translation has the same `order` as its page, and its own title, description
    and guide name wherever its page has one (else its navigation and previous/next links differ)."""
    problems: list[Problem] = []
    for path in sources.paths:
        page = sources.pages[path]
        try:
            navigation.parse_order(page.meta.get("order"), page.label)
        except ValueError as error:
            problems.append(Problem(page.label, str(error).removeprefix(f"{page.label}: ")))
    pairs, _ = translations.pair_pages(sources)
    for pair in pairs:
        default, other = sources.pages[pair.default], sources.pages[pair.other]
        for key in SHARED_KEYS:
            if default.meta.get(key) and not other.meta.get(key):
                problems.append(Problem(other.label, f"front matter has no '{key}' but {default.label} has one; "
                                                     f"write it in {translations.english_name(pair.language)}"))
        if default.meta.get("order") != other.meta.get("order"):
            problems.append(Problem(other.label, f"front matter 'order' is {other.meta.get('order')!r} but "
                                                 f"{default.label} says {default.meta.get('order')!r}; the "
                                                 f"twins must have the same place in the guide"))
    return problems


def page_markers(sources: Sources) -> list[Problem]:
    """Every `<!-- toolkit:… -->` marker is a known one, well formed, and in every translation alike."""
    problems: list[Problem] = []
    found = {}
    for path in sources.paths:
        page = sources.pages[path]
        found[path], page_problems = markers.scan(page.body, page.label, page.first_body_line)
        problems += page_problems
    pairs, _ = translations.pair_pages(sources)
    for pair in pairs:
        problems += markers.compare(sources.label(pair.default), found[pair.default],
                                    sources.label(pair.other), found[pair.other])
    return problems


def ladder_files(sources: Sources) -> list[Problem]:
    problems: list[Problem] = []
    for data in sources.ladders.values():
        problems += ladders.checked(data.text, data.label, data.ident)[1]
    return problems


def ladder_placements(sources: Sources) -> list[Problem]:
    """Each page's ladder markers name a ladder that exists, once each, the self-assessment below its
    ladder (the markers' own form is page_markers' to report)."""
    available = sorted(sources.ladders)
    usable = {}
    for ident, data in sources.ladders.items():
        ladder, found = ladders.checked(data.text, data.label, ident)
        usable[ident] = ladder if ladder is not None and not found else None
    problems: list[Problem] = []
    for path in sources.paths:
        page = sources.pages[path]
        if "toolkit" not in page.body:
            continue
        found, _ = markers.scan(page.body, page.label, page.first_body_line)
        placed = [placement.Placement(m.name, m.ident, m.line) for m in found
                  if m.ok and m.name in placement.KINDS]
        # A ladder whose file has mistakes is reported there; here it counts as existing.
        known = {p.ladder_id: usable.get(p.ladder_id) for p in placed if p.ladder_id in usable}
        problems += placement.check_page(placed, page.label, known, available)
    return problems


def quizzes(sources: Sources) -> list[Problem]:
    return list(quiz_site.check(sources).problems)


def trainer_notes(sources: Sources) -> list[Problem]:
    """Each ```trainer block is well formed, and each translation has the same blocks (notes of the same
    kinds under the same headings, the same timings)."""
    problems: list[Problem] = []
    found = {}
    for path in sources.paths:
        page = sources.pages[path]
        if "trainer" not in page.body:
            found[path] = ()
            continue
        found[path], page_problems = trainer_notes_core.parse(page.body, page.label, page.first_body_line)
        problems += page_problems
    pairs, _ = translations.pair_pages(sources)
    for pair in pairs:
        problems += trainer_notes_core.compare(sources.label(pair.default), found[pair.default],
                                               sources.label(pair.other), found[pair.other])
    return problems


# In the order an author would fix them: missing pages first, then each page's own mistakes.
CHECKS: tuple[tuple[str, Check], ...] = (
    ("translations", translations.check_site),
    ("unfinished text", translations.check_markers),
    ("front matter", front_matter),
    ("review dates", review_dates.check_site),
    ("markers", page_markers),
    ("quizzes", quizzes),
    ("ladder files", ladder_files),
    ("ladder placements", ladder_placements),
    ("trainer notes", trainer_notes),
)


def run(sources: Sources) -> list[Problem]:
    """Every problem of the site, each once, in the order of CHECKS."""
    problems: list[Problem] = []
    seen = set()
    for _, check in CHECKS:
        for problem in check(sources):
            if problem not in seen:
                seen.add(problem)
                problems.append(problem)
    return problems
