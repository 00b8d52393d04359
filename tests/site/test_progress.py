"""Progress through a guide, read from the built live site: every guide page, in both languages, says
"Page N of M" in the order of the learning path (previous/next) and its reading time, in its language; the
guide's home carries the totals; the last page ends with the summary's skeleton."""

from __future__ import annotations

import gzip
import json
import re

from .conftest import soup

GUIDE = "co-production"
WORDS = {"en": (r"Page (\d+) of (\d+)", r"About (\d+) min read"),
         "cy": (r"Tudalen (\d+) o (\d+)", r"Tua (\d+) [mf]unud o ddarllen")}


def _path_order(site_dir, prefix: str) -> list[str]:
    """The guide's pages along the learning path: from its index page, following "next"."""
    current, seen = f"{prefix}{GUIDE}/", []
    while current.startswith(f"{prefix}{GUIDE}/"):
        seen.append(current)
        link = soup(site_dir / current / "index.html").select_one("a.md-footer__link--next")
        if link is None:
            break
        current = re.sub(r"[^/]+/\.\./", "", current + link["href"])
        current = re.sub(r"[^/]+/\.\./", "", current)
    return seen


def test_every_guide_page_says_where_it_is_and_how_long_it_takes_in_its_language(site_dir):
    for language, prefix in (("en", ""), ("cy", "cy/")):
        order = _path_order(site_dir, prefix)
        assert len(order) == 8, order
        position, minutes = WORDS[language]
        for number, path in enumerate(order, start=1):
            html = soup(site_dir / path / "index.html")
            root = html.select_one("article .ic-progress[data-module=ic-progress]")
            assert root is not None, path
            text = " ".join(root.select_one(".ic-progress__meta").get_text().split())
            assert re.match(position, text).groups() == (str(number), "8"), (path, text)
            assert re.search(minutes, text).group(1) == root["data-i18n-minutes"], (path, text)
            # The same key from both languages: the page's path in the default language.
            assert root["data-i18n-page"] == path.removeprefix(prefix)
            assert root["data-i18n-guide"] == GUIDE
            # The assets on guide pages only.
            assert html.select_one('script[src*="assets/progress/progress.js"]') is not None


def test_pages_outside_guides_have_no_progress(site_dir):
    for path in ("index.html", "cy/index.html", "trainers/index.html", "accessibility/index.html"):
        html = soup(site_dir / path)
        assert html.select_one(".ic-progress") is None, path
        assert html.select_one('script[src*="assets/progress/"]') is None, path


def test_the_guides_home_carries_the_totals(site_dir):
    for prefix, pages, quizzes in (("", "{n} of 8 pages read", "{n} of 7 quizzes completed"),
                                   ("cy/", "tudalennau wedi'u darllen: {n} o 8", "cwisiau wedi'u cwblhau: {n} o 7")):
        root = soup(site_dir / f"{prefix}{GUIDE}/index.html").select_one(".ic-progress")
        assert root["data-i18n-home-pages"] == pages and root["data-i18n-home-quizzes"] == quizzes
        # Empty and hidden until the script counts: without it, nothing false is said.
        home = root.select_one(".ic-progress__home")
        assert home.has_attr("hidden") and home.get_text(strip=True) == ""
        listed = json.loads(root["data-i18n-pages"])
        assert len(listed) == 8 and sum(len(p["q"]) for p in listed) == 7


def test_the_last_page_ends_with_the_summary_skeleton(site_dir):
    for prefix, title, trainer in (("", "Your progress in this guide", "For trainers"),
                                   ("cy/", "Eich cynnydd yn y canllaw hwn", "I hyfforddwyr")):
        last = _path_order(site_dir, prefix)[-1]
        html = soup(site_dir / last / "index.html")
        summary = html.select_one("article .ic-progress-summary")
        assert summary is not None and summary.select_one(".ic-progress-summary__title").get_text() == title
        assert summary["aria-labelledby"] == "ic-progress-summary-title"
        assert summary.select_one(".ic-progress-summary__no-js") is not None
        link = summary.select_one(f'.ic-progress-summary__links a[href="../../trainers/{GUIDE}.html"]')
        assert link is not None and link.get_text().startswith(trainer)
        # The learning record's page is another component's: linked once the build makes it.
        record = summary.select_one('.ic-progress-summary__links a[href="../../learning-record/"]')
        assert (record is not None) == (site_dir / prefix / "learning-record" / "index.html").is_file()
        for path in _path_order(site_dir, prefix)[:-1]:
            assert soup(site_dir / path / "index.html").select_one(".ic-progress-summary") is None, path


def test_progress_assets_fit_the_budget(site_dir):
    # Issue 12: what progress adds to a guide page's first view is at most 6 KB gz (the summary script
    # loads on a guide's last page only, and is counted there).
    first = sum(len(gzip.compress((site_dir / "assets" / "progress" / name).read_bytes(), 9))
                for name in ("progress.js", "progress.css"))
    last = first + len(gzip.compress((site_dir / "assets" / "progress_summary" / "summary.js").read_bytes(), 9))
    assert last <= 6 * 1024, f"{first} bytes gzipped on a guide page, {last} on its last page"
