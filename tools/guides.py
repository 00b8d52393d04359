"""Authors' commands, run from the project root with the project's Python:

    python tools/guides.py new-guide process-mapping --name "Process mapping" [--name-cy "Mapio prosesau"]
    python tools/guides.py new-page co-production working-with-carers --title "Working with carers" [--order 9]
    python tools/guides.py status [--lang cy] [--to-do] [--json]

The code is in hooks/toolkit/cli.py (with the hooks' pure modules); this file only puts hooks/ on the path.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from toolkit.cli import main  # noqa: E402 - needs the path above

if __name__ == "__main__":
    sys.exit(main())
