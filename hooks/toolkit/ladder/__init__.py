"""The co-production ladder: a ladder diagram and a self-assessment, generated from one data file.

A ladder lives in ``ladders/<id>.yml`` at the project root (both languages in one file, so rung ids are
shared by construction and a missing translation is a checkable mistake). Pages place it with
``<!-- toolkit:ladder <id> -->`` and its self-assessment with ``<!-- toolkit:ladder-assessment <id> -->``.

Stages, each pure and unit-tested without MkDocs:
  parse      YAML text -> frozen dataclasses carrying source line numbers (``parse.py``)
  validate   mistakes an author can make, as ``Problem`` lines naming file, line and id (``validate.py``)
  placement  markers in Markdown pages: where, which ladder, twin parity, and the swap of each marker
             in the page's own Markdown conversion (``placement.py``, ``toolkit.markdown_ext``)
  render     HTML through Jinja2 templates, its sentences converted by the page's Markdown (``render.py``)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..problems import Problem
from .model import Group, Ladder, Rung, Statement, Text
from .parse import parse
from .validate import validate

DATA_DIR = "ladders"  # relative to the folder that holds mkdocs.yml

__all__ = ["DATA_DIR", "Group", "Ladder", "Rung", "Statement", "Text", "available", "load", "parse",
           "validate"]


def available(root: Path) -> list[str]:
    """Ids of the ladders defined under ``root/ladders``."""
    folder = root / DATA_DIR
    return sorted(p.stem for p in folder.glob("*.yml")) if folder.is_dir() else []


def load(root: Path, ladder_id: str) -> tuple[Ladder | None, list[Problem]]:
    """Read, parse and validate one ladder. A ladder is usable only when the problem list is empty."""
    label = f"{DATA_DIR}/{ladder_id}.yml"
    path = root / label
    if not path.is_file():
        return None, [Problem(label, "does not exist")]
    ladder, problems = checked(path.read_text(encoding="utf-8"), label, ladder_id)
    return ladder, list(problems)


@lru_cache(maxsize=64)
def checked(text: str, label: str, ladder_id: str) -> tuple[Ladder | None, tuple[Problem, ...]]:
    """A ladder file's text, parsed and validated (usable only when the problems are empty)."""
    # Remembered by the file's text (the result is immutable): every page that places a ladder loads it.
    ladder, problems = parse(text, label, ladder_id)
    if ladder is not None:
        problems += validate(ladder)
    return ladder, tuple(sorted(problems, key=lambda p: p.line or 0))
