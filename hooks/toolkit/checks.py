"""The one list of site-wide checks, over one model of the sources (toolkit.sources).

The build (hooks/checks.py, in the default language's build, so each mistake is said once) and
`./run status` (toolkit.status) run this same list, so they cannot disagree: a page is complete exactly
when the build has nothing to say about it. A new component adds its check here (and only here).

Each check takes the `Sources` and returns `Problem`s; none raises on bad content.
"""

from __future__ import annotations

import dataclasses
from typing import Callable

from . import learning, markers, review_dates, safety, translations
from . import ladder as ladders
from .ladder import placement
from .problems import Problem
from .quiz import site as quiz_site
from .scorm import structure_module as scorm_structure
from .trainer import notes as trainer_notes_core
from .video import parse as video_parse
from .sources import Sources

Check = Callable[[Sources], list[Problem]]

# What the navigation and the trainer page read from a page's front matter: a translation needs each one
# its page has, and the same place in the guide.
SHARED_KEYS = ("title", "description", "guide")


def files(sources: Sources) -> list[Problem]:
    """Each file on its own: UTF-8, and front matter that is valid YAML, closed, with known keys of the
    right types (toolkit.frontmatter)."""
    problems: list[Problem] = []
    for path in sources.paths:
        problems += sources.pages[path].problems
    for data in sources.ladders.values():
        problems += data.problems
    return problems


def front_matter(sources: Sources) -> list[Problem]:
    """A translation has the same `order` as its page, and its own title, description and guide name
    wherever its page has one (else its navigation and previous/next links differ)."""
    problems: list[Problem] = []
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
                                                 f"twins must have the same place in the guide",
                                    other.front.lines.get("order")))
    return problems


def page_markers(sources: Sources) -> list[Problem]:
    """Every `<!-- toolkit:… -->` marker is a known one, well formed, and in every translation alike."""
    problems: list[Problem] = []
    found = {}
    for path in sources.paths:
        page = sources.pages[path]
        found[path], page_problems = markers.scan(page.body, page.label, page.first_body_line)
        problems += page_problems
    # A ladder marker naming no ladder is the page's own mistake (ladder_placements says so there): it is
    # never held up to the translation as the one to copy, nor the translation blamed for differing.
    def named(found_markers):
        return [dataclasses.replace(m, ok=False) if m.name in placement.KINDS and m.ident not in sources.ladders
                else m for m in found_markers]
    pairs, _ = translations.pair_pages(sources)
    for pair in pairs:
        problems += markers.compare(sources.label(pair.default), named(found[pair.default]),
                                    sources.label(pair.other), named(found[pair.other]))
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
        if not all(m.ok for m in found):
            continue  # a malformed or misspelt marker is reported where it is; its placement is unknown
        placed = [placement.Placement(m.name, m.ident, m.line) for m in found
                  if m.ok and m.name in placement.KINDS]
        # A ladder whose file has mistakes is reported there; here it counts as existing.
        known = {p.ladder_id: usable.get(p.ladder_id) for p in placed if p.ladder_id in usable}
        problems += placement.check_page(placed, page.label, known, available)
    return problems


def content_safety(sources: Sources) -> list[Problem]:
    """No script, embed, event handler or `javascript:` link in a page; no raw HTML in a quiz or a ladder
    (toolkit.safety)."""
    problems: list[Problem] = []
    for path in sources.paths:
        page = sources.pages[path]
        problems += safety.page_problems(page.body, page.label, page.first_body_line)
        problems += safety.text_problems(page.body, page.label, page.first_body_line)
    for data in sources.ladders.values():
        problems += safety.data_problems(data.text, data.label, "ladder")
    return problems


def quizzes(sources: Sources) -> list[Problem]:
    return list(quiz_site.check(sources).problems)


def _each_page_and_its_twin(sources: Sources, word: str, parse, compare) -> list[Problem]:
    """A component written in pages: `parse(body, label, first_line) -> (found, problems)` on each page
    that mentions `word`, then `compare(label, found, twin_label, twin_found)` on each translated pair."""
    problems: list[Problem] = []
    found = {}
    for path in sources.paths:
        page = sources.pages[path]
        found[path], page_problems = parse(page.body, page.label, page.first_body_line) \
            if word in page.body else ((), [])
        problems += page_problems
    pairs, _ = translations.pair_pages(sources)
    for pair in pairs:
        problems += compare(sources.label(pair.default), found[pair.default],
                            sources.label(pair.other), found[pair.other])
    return problems


def trainer_notes(sources: Sources) -> list[Problem]:
    """Each ```trainer block is well formed, and each translation has the same blocks (notes of the same
    kinds under the same headings, the same timings)."""
    return _each_page_and_its_twin(sources, "trainer", trainer_notes_core.parse, trainer_notes_core.compare)


def mastery_scores(sources: Sources) -> list[Problem]:
    """A guide's `mastery_score` (its LMS package's pass mark, toolkit.scorm) is on its index page, from 0
    to 100, and the same in every translation (one package per language, one pass mark)."""
    key = scorm_structure.MASTERY_KEY
    problems: list[Problem] = []
    for path in sources.paths:
        page = sources.pages[path]
        if key not in page.meta:
            continue
        base = sources.languages.base_path(path)
        index = None if base.count("/") == 1 and base.endswith("/index.md") else (
            sources.label(sources.languages.path_in(base.split("/", 1)[0] + "/index.md", sources.languages.of_path(path)))
            if "/" in base else "a guide's index.md")
        problems += scorm_structure.mastery_problems(page.label, page.meta[key], page.front.lines.get(key), index)
    pairs, _ = translations.pair_pages(sources)
    for pair in pairs:
        default, other = sources.pages[pair.default], sources.pages[pair.other]
        if default.meta.get(key) != other.meta.get(key) and (key in default.meta or key in other.meta):
            problems.append(Problem(other.label, f"front matter '{key}' is {other.meta.get(key)!r} but "
                                                 f"{default.label} says {default.meta.get(key)!r}; the twins "
                                                 f"must have the same pass mark", other.front.lines.get(key)))
    return problems


def lms_places(sources: Sources) -> list[Problem]:
    """Each guide page's key fits where an LMS keeps the learner's place (toolkit.scorm); said of the
    default language's page, whose path gives the key of both twins."""
    langs, problems = sources.languages, []
    for path in sources.paths:
        base = langs.base_path(path)
        if langs.of_path(path) != langs.default or not review_dates.is_guide_page(base):
            continue
        problem = scorm_structure.location_problem(sources.label(path),
                                                   learning.page_key(base[: -len(".md")] + ".html", langs))
        if problem:
            problems.append(problem)
    return problems


def videos(sources: Sources) -> list[Problem]:
    """Each video marker is followed by its title, YouTube address and description, once per page; a
    translation's video of the same id plays the same video (toolkit.video)."""
    return _each_page_and_its_twin(sources, "toolkit", video_parse.scan, video_parse.compare)


# In the order an author would fix them: missing pages first, then each page's own mistakes.
CHECKS: tuple[tuple[str, Check], ...] = (
    ("files", files),
    ("translations", translations.check_site),
    ("unfinished text", translations.check_markers),
    ("front matter", front_matter),
    ("review dates", review_dates.check_site),
    ("markers", page_markers),
    ("content safety", content_safety),
    ("quizzes", quizzes),
    ("ladder files", ladder_files),
    ("ladder placements", ladder_placements),
    ("trainer notes", trainer_notes),
    ("mastery scores", mastery_scores),
    ("LMS places", lms_places),
    ("videos", videos),
)


# The checks that read a page's front matter: a page whose front matter has a mistake is not judged by
# them until it is fixed (a misspelt 'titel' would also be "no title"; an invalid block, "no review dates").
READS_FRONT_MATTER = {"front matter", "review dates"}


def _about(problem: Problem, labels: set[str]) -> bool:
    """The problem is about one of these files: in it, or naming it (a twin's follow-on)."""
    return problem.path in labels or any(label in problem.message for label in labels)


def run(sources: Sources) -> list[Problem]:
    """Every problem of the site, each once, in the order of CHECKS; none that only follows from another.

    A file that cannot be read (not UTF-8, front matter that is not YAML or never closed) says only that:
    its body and front matter are unknown, so whatever else would be said of it, or of its twin because of
    it, is a follow-on. A file whose front matter has a wrong key or value is not judged by the checks
    that read front matter until it is fixed.
    """
    unreadable = {page.label for page in sources.pages.values() if not page.readable}
    unreadable |= {data.label for data in sources.ladders.values() if data.unreadable}
    front = {page.label for page in sources.pages.values() if page.problems} - unreadable
    problems: list[Problem] = []
    seen = set()
    for name, check in CHECKS:
        for problem in check(sources):
            if problem in seen:
                continue
            if name != "files" and (_about(problem, unreadable)
                                    or (name in READS_FRONT_MATTER and _about(problem, front))):
                continue
            seen.add(problem)
            problems.append(problem)
    return problems


# A page's Markdown above this size is said (a warning: MkDocs' strict build fails on it too). Readers on
# a phone pay for every byte, and a page this long is several pages' worth; docs-authoring/messages.md.
PAGE_SIZE_LIMIT = 200 * 1024


def large_pages(sources: Sources) -> list[Problem]:
    """Pages whose Markdown is over PAGE_SIZE_LIMIT bytes (UTF-8)."""
    problems = []
    for path in sources.paths:
        page = sources.pages[path]
        size = len(page.text.encode("utf-8"))
        if size > PAGE_SIZE_LIMIT:
            problems.append(Problem(page.label, f"the page is {size // 1024} KB of Markdown, over the "
                                                f"{PAGE_SIZE_LIMIT // 1024} KB limit: split it into several pages "
                                                f"of the guide"))
    return problems


REPORTED = "checks"  # the outermost build's state: {"files": labels the checks reported on}


def unsaid(problems: list[Problem], reported: set[str]) -> list[Problem]:
    """The problems a page-time check found that are not about a file the checks already reported: a
    mistake is said once, by the check that knows it best."""
    return [p for p in problems if not _about(p, reported)]
