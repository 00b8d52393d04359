"""Save a guide to read offline (issue 17): the reader presses a button on a guide page, and a service
worker (overrides/assets/saved/worker.js, served as /saved-worker.js at the site's root) keeps the guide's
pages in that language, their assets, the language's search index, its home page and its learning record
page in Cache Storage; every page of the guide then opens with the network off.

At build time (hooks/saved.py) this package writes, for each guide and language, a manifest
(`saved/<guide>.<language>.json`): every file's URL (relative to the site's root, as pages request it,
`?v=` included), its size in bytes and its content hash, and a version that is the hash of all of them.
The worker compares a saved copy's version with the manifest on the next visit online and fetches only
the files whose hash changed, so a new build never leaves a stale page behind. The download size the
page states before the reader presses save is the sum of the files' real sizes, written into the pages
after every file is built (`fill`).

Pure: paths and bytes in (a `read` callable), values out; nothing imports MkDocs.
"""

from __future__ import annotations

from .manifest import (Entry, Manifest, assets_of, build, css_assets, file_of, human_size, js_assets,  # noqa: F401
                       manifest_path, resolve)
from .render import TOKEN, fill, render_control, token  # noqa: F401
