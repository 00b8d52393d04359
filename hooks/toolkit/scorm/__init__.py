"""The LMS packages: each guide, in each language, as a SCORM 1.2 package (`./run scorm`, mkdocs.scorm.yml).

The site is built once with `.html` links (as for the offline copy); then, per guide and language:
- `structure`: what the launcher (overrides/assets/scorm/scorm.js) must know to report and resume: the
  guide's pages (learning record keys, reading minutes), its quizzes (ids, question ids) and ladders (ids,
  rung ids), in learning-path order, with a fingerprint so that resume data of another version is not
  read into the wrong pages;
- `package`: which built files go in (the guide's pages and only the assets they use), each page's links
  out of the package taken away, and the zip;
- `manifest`: its imsmanifest.xml (ADL SCORM 1.2 content packaging).

Pure: the hook (hooks/scorm.py) hands over rendered HTML, paths and strings; nothing here imports MkDocs.
"""

from .manifest import manifest  # noqa: F401
from .package import PageLinks, files_used, package_html, write_zip  # noqa: F401
from . import structure as structure_module  # noqa: F401
from .structure import Structure, mastery_problems, structure  # noqa: F401
