"""Videos placed with `<!-- toolkit:video <id> -->` (toolkit.video does the work).

- Each page's videos and their parity with the translation are checked with the other site-wide checks
  (toolkit.checks: videos), run by hooks/checks.py.
- on_page_markdown asks the extension to put each well-formed video in the page, its title and
  description converted by the page's own Markdown; a video with a mistake shows nothing (the mistake is
  an error, so --strict fails). A page that shows one uses the video's CSS and JS (toolkit.assets).
"""

from __future__ import annotations

from mkdocs.plugins import get_plugin_logger

from toolkit import assets, markdown_ext, state
from toolkit.problems import Problem
from toolkit.video import parse, render

log = get_plugin_logger("toolkit")


def on_page_markdown(markdown, page, config, files):
    if "toolkit:video" not in markdown:
        return markdown
    build = state.current()
    source = build.source_of(page)
    language = build.language
    catalogue = build.strings()

    def find(lines, conversion):
        # The lines MkDocs converts are the body, without the front matter: number them as in the file.
        first = source.first_body_line
        markdown = "\n".join(lines)
        videos, _ = parse.scan(markdown, source.label, first_line=first)
        original, lines = list(lines), list(lines)
        # Every video block goes; the well-formed ones come back as the video (the mistakes were reported
        # by hooks/checks.py).
        for line, count in parse.blocks(markdown, source.label, first_line=first):
            for taken in range(line - first, line - first + count):
                lines[taken] = ""
        for video in videos:
            index = video.line - first
            line = original[index]

            def lost(video=video):
                log.error(str(Problem(source.label, f"video '{video.id}' could not be shown: it did not reach the "
                                                    f"page's Markdown (is it inside an indented code block?)",
                                      video.line)))

            lines[index] = conversion.place(render.texts(video),
                                            lambda html, video=video: render.render(video, language, catalogue,
                                                                                    html),
                                            indent=line[:len(line) - len(line.lstrip())], lost=lost)
            assets.use(build.page(assets.STATE, page.file.src_uri), "video")
        return lines

    markdown_ext.add(page.file.src_uri, "video", find)
    return markdown
