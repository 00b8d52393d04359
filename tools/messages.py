"""Rewrites the list of authors' messages in docs-authoring/messages.md from the code (toolkit.messages):

    python tools/messages.py

tests/unit/test_authoring_messages.py fails until the page matches the code.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from toolkit import messages  # noqa: E402

page = ROOT / "docs-authoring" / "messages.md"
page.write_text(messages.with_list(page.read_text(encoding="utf-8"), messages.collect(ROOT / "hooks")),
                encoding="utf-8")
