"""What must hold before the trainer page is rendered: every page and section has its twin's title, so
each item can be linked in both languages. The build's own checks (hooks/translations.py) normally catch
a missing twin or heading first; this is the trainer page's guarantee that it never lists a dead link."""

from __future__ import annotations

from ..problems import Problem
from .model import GuideSource, Item


def _items(items: tuple[Item, ...]):
    for item in items:
        yield item
        yield from _items(item.children)


def check(guides: tuple[GuideSource, ...], entries) -> list[Problem]:
    problems: list[Problem] = []
    for guide, entry in zip(guides, entries):
        if not entry.twin_title:
            problems.append(Problem(guide.index.path, f"the trainer page cannot name guide '{guide.title}' in "
                                                      f"the other language: {guide.index.twin_path} has no "
                                                      f"'guide' (or 'title') in its front matter"))
        for source, page in zip(guide.pages, entry.pages):
            if not page.twin_title:
                problems.append(Problem(source.path, f"the trainer page cannot link this page in the other "
                                                     f"language: {source.twin_path} is missing or has no title"))
                continue
            for item in _items(page.items):
                if not item.twin_title:
                    problems.append(Problem(source.twin_path, f"heading id '#{item.id}' of {source.path} is "
                                                              f"missing here, so the trainer page cannot link "
                                                              f"it in this language"))
    return problems
