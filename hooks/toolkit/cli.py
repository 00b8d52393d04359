"""Authors' commands: ``new-guide`` and ``new-page`` (toolkit.scaffold), ``status`` (toolkit.status).

Run from the project root as ``python tools/guides.py new-guide …`` / ``python tools/guides.py status``
(tools/guides.py puts hooks/ on the path), or ``PYTHONPATH=hooks python -m toolkit.cli …``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import ladder as ladders
from . import frontmatter, languages, scaffold, sources, status, strings

EXIT_OK, EXIT_TO_DO, EXIT_USAGE = 0, 1, 2


def _docs_paths(docs: Path) -> list[str]:
    return sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))


def new_guide(args, out=sys.stdout, err=sys.stderr) -> int:
    docs = args.root / args.docs
    pages = scaffold.DEFAULT_PAGES
    if args.page:
        try:
            custom = tuple(scaffold.parse_page_option(value) for value in args.page)
        except ValueError as error:
            print(error, file=err)
            return EXIT_USAGE
        # The index page is always there: the guide's name and its place in the navigation live in it.
        pages = custom if custom[0].slug == "index" else (scaffold.DEFAULT_PAGES[0], *custom)
    existing = {p.relative_to(docs).as_posix() for p in docs.rglob("*")} if docs.is_dir() else set()
    files, problems = scaffold.plan(args.slug, args.name, name_cy=args.name_cy, pages=pages,
                                    existing=existing, quiz=not args.no_quiz, docs_label=args.docs)
    return _write(docs, args.docs, files, problems, out, err)


def new_page(args, out=sys.stdout, err=sys.stderr) -> int:
    docs = args.root / args.docs
    existing = {p.relative_to(docs).as_posix() for p in docs.rglob("*")} if docs.is_dir() else set()
    orders = {}
    for path in sorted((docs / args.guide).glob("*.md")) if docs.is_dir() else ():
        value = frontmatter.split(path.read_text(encoding="utf-8"))[0].get("order")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            orders[path.relative_to(docs).as_posix()] = value
    files, problems = scaffold.plan_page(args.guide, scaffold.page_spec(args.slug, args.title), orders=orders,
                                         existing=existing, order=args.order, docs_label=args.docs)
    return _write(docs, args.docs, files, problems, out, err)


def _write(docs: Path, label: str, files: dict[str, str], problems, out, err) -> int:
    """Write the planned files, or print why nothing is written; the command's exit status."""
    for problem in problems:
        print(problem, file=err)
    if problems:
        return EXIT_USAGE
    for path, text in files.items():
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8") as handle:  # "x": never overwrite an author's page
            handle.write(text)
        print(f"created {label}/{path}", file=out)
    print(f"\nNext: write the English pages (replace every 'TO WRITE'), then the Welsh ones (replace every "
          f"'TO TRANSLATE').\n`./run status` lists what is left; the strict build refuses to publish until "
          f"nothing is. Preview the draft with `mkdocs serve --no-strict`.", file=out)
    return EXIT_OK


def translation_status(args, out=sys.stdout, err=sys.stderr) -> int:
    docs = args.root / args.docs
    if not docs.is_dir():
        print(f"{args.docs}/ does not exist under {args.root}", file=err)
        return EXIT_USAGE
    config = args.root / "mkdocs.yml"
    if not config.is_file():
        print(f"mkdocs.yml does not exist under {args.root}: it names the site's languages", file=err)
        return EXIT_USAGE
    site = languages.from_mkdocs_yml(config.read_text(encoding="utf-8"))
    found = status.check(sources.read(site, docs, args.docs, _docs_paths(docs),
                                      args.root / ladders.DATA_DIR, ladders.DATA_DIR))
    if args.json:
        print(json.dumps(status.as_json(found), ensure_ascii=False, indent=2), file=out)
    else:
        print(status.report(found, strings.load(args.lang), args.docs, only_to_do=args.to_do), end="", file=out)
    return EXIT_OK if found.ok else EXIT_TO_DO


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="guides", description="Authors' commands for the Toolkit Guide.")
    top.add_argument("--root", type=Path, default=Path("."), help="the project folder (holds mkdocs.yml)")
    top.add_argument("--docs", default="docs", help="the pages' folder, relative to --root (default: docs)")
    commands = top.add_subparsers(dest="command", required=True)

    new = commands.add_parser("new-guide", help="create a new guide's English and Welsh pages",
                              description="Create docs/<slug>/ and docs/cy/<slug>/ with front matter, heading "
                                          "ids, a quiz skeleton and TO WRITE / TO TRANSLATE markers.")
    new.add_argument("slug", help="the guide's folder name, e.g. process-mapping (it becomes the URL)")
    new.add_argument("--name", required=True, help='the guide\'s English name, e.g. "Process mapping"')
    new.add_argument("--name-cy", help="its Welsh name, if known (else marked TO TRANSLATE)")
    new.add_argument("--page", action="append", metavar='SLUG="Title"',
                     help="a page of the guide, in order (repeat); default: introduction, when to use, "
                          "how to use, resources")
    new.add_argument("--no-quiz", action="store_true", help="leave out the quiz skeleton")
    new.set_defaults(run=new_guide)

    one = commands.add_parser("new-page", help="add a page to an existing guide, in English and Welsh",
                              description="Create docs/<guide>/<slug>.md and docs/cy/<guide>/<slug>.md with "
                                          "front matter, heading ids and TO WRITE / TO TRANSLATE markers.")
    one.add_argument("guide", help="the guide's folder name, e.g. co-production")
    one.add_argument("slug", help="the page's file name without .md, e.g. working-with-carers (the URL)")
    one.add_argument("--title", required=True, help='the page\'s English title, e.g. "Working with carers"')
    one.add_argument("--order", type=float, help="its place in the learning path (default: after the last page)")
    one.set_defaults(run=new_page)

    check = commands.add_parser("status", help="is every Welsh page complete? (exit 1 if not)",
                                description="For every page: does its Welsh twin exist, without markers, "
                                            "with the same heading, quiz and ladder ids?")
    check.add_argument("--lang", choices=strings.LANGUAGES, default="en", help="language of the report")
    check.add_argument("--to-do", action="store_true", help="list only the pages with something to do")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(run=translation_status)
    return top


def main(argv: list[str] | None = None, out=sys.stdout, err=sys.stderr) -> int:
    args = parser().parse_args(argv)
    return args.run(args, out=out, err=err)


if __name__ == "__main__":
    sys.exit(main())
