"""What the trainer pages list, as frozen data: guides, their pages, each page's sections and quizzes;
and each guide's own trainer page, ready to be composed into the finished trainer page."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Heading:
    """One h2-h4 of a rendered page, in document order (from the page's table of contents)."""

    level: int
    id: str
    title: str  # plain text


@dataclass(frozen=True)
class PageSource:
    """A rendered page as the hook hands it over, plus its twin in the other language (from disk)."""

    path: str        # source path as the author knows it, e.g. "docs/co-production/tips.md"
    url: str         # site-relative URL, e.g. "co-production/tips/"
    title: str
    headings: tuple[Heading, ...]
    content: str     # the page's rendered HTML (article body)
    twin_url: str
    twin_path: str
    twin_title: str | None                 # None: the twin could not be read
    twin_headings: tuple[tuple[str, str], ...]  # (id, plain text) of the twin's headings
    notes: tuple = ()  # the page's trainer blocks (notes.Block), texts as HTML
    exercises: tuple = ()  # the page's quizzes and self-assessments (worksheet.Placed), in page order


@dataclass(frozen=True)
class GuideSource:
    title: str
    twin_title: str | None
    index: PageSource
    pages: tuple[PageSource, ...]  # the guide's pages in learning-path order, index first
    print_url: str | None          # the whole-guide page, when there is one


@dataclass(frozen=True)
class Item:
    """A section (or a quiz under its heading) with its link in both languages."""

    id: str
    level: int
    title: str
    twin_title: str
    quiz: bool
    children: tuple["Item", ...] = ()


@dataclass(frozen=True)
class PageEntry:
    url: str
    title: str
    twin_url: str
    twin_title: str
    minutes: int
    items: tuple[Item, ...]
    slug: str = ""  # the page within its guide ("index", "tips"): its id on the guide's trainer page
    notes: tuple = ()  # notes.Block, texts as HTML
    quiz_questions: int = 0
    exercises: tuple = ()  # worksheet.Placed, in page order

    def notes_under(self, section):
        return tuple(b for b in self.notes if b.section == section)


@dataclass(frozen=True)
class GuideEntry:
    title: str
    twin_title: str
    slug: str
    pages: tuple[PageEntry, ...]
    print_url: str | None


@dataclass(frozen=True)
class GuidePage:
    """One guide's trainer page: its article's content, and where it goes (a sibling file of the trainer
    page's own, so the relative URLs of the trainer page's shell stay right)."""

    folder: str        # the guide's folder, e.g. "co-production"
    path: str          # site-relative file, e.g. "trainers/co-production.html" (also its URL)
    absolute_url: str  # under site_url: canonical address and link preview
    title: str         # plain text, e.g. "For trainers: Co-production"
    description: str   # plain text: the page's meta description and link preview
    heading_id: str    # the h1's id, the skip link's target
    content: str       # HTML
    noindex: bool = False  # asks search engines to leave it out (the worksheets repeat the quizzes)
