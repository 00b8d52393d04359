"""Every message an author can get, read from the code itself, for docs-authoring/messages.md.

The messages are the texts given to `Problem(…)`, `PluginError(…)` and the hooks' `log.error` /
`log.warning`, and the (message, line) pairs the readers of front matter and content build before they
become Problems. Each is written as a template: the literal words, with `…` where the code fills in a
file, a line, an id or a value. docs-authoring/messages.md holds the list between two markers;
tests/unit/test_authoring_messages.py fails when it differs from this, so the page cannot drift from the
code (`python tools/messages.py` rewrites it).
"""

from __future__ import annotations

import ast
from pathlib import Path

START, END = "<!-- messages:start -->", "<!-- messages:end -->"
GAP = "…"
_CALLS = {"Problem": 1, "PluginError": 0}
# Calls whose message is their first text argument: a logger's error/warning (message first), and the
# readers' own `error(line, message)` / `add(message, line)` helpers.
_TEXT_CALLS = {"error", "warning", "add", "report"}
_PAIR_CALLS = {"append", "broken"}  # (message, line) pairs, or (line, message)


def _template(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else GAP for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _template(node.left), _template(node.right)
        if left is None and right is None:
            return None
        return (left or GAP) + (right or GAP)
    if isinstance(node, ast.IfExp):
        return _template(node.body) or _template(node.orelse)
    return None


def _name(func) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _tidy(text: str) -> str:
    while GAP + GAP in text:
        text = text.replace(GAP + GAP, GAP)
    return " ".join(text.split())


def _from(tree) -> list[str]:
    found = []
    for node in ast.walk(tree):
        candidates = []
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name in _CALLS:
                index = _CALLS[name]
                if len(node.args) > index:
                    candidates.append(node.args[index])
                candidates += [k.value for k in node.keywords if k.arg == "message"]
            elif name in _TEXT_CALLS:
                texts = [a for a in node.args if _template(a) is not None]
                candidates += texts[:1] + [k.value for k in node.keywords if k.arg == "message"]
            for keyword in node.keywords:
                if keyword.arg == "problems":  # FrontMatter(…, problems=((message, line),))
                    candidates += [e for t in ast.walk(keyword.value) if isinstance(t, ast.Tuple) for e in t.elts]
            if name in _PAIR_CALLS:
                for arg in node.args:
                    candidates += arg.elts if isinstance(arg, ast.Tuple) else [arg] if name == "broken" else []
        elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") in ("text", "message") for t in node.targets):
            candidates.append(node.value)  # a message built first, e.g. toolkit.links' `text`
        elif isinstance(node, ast.Return) and node.value is not None:
            # A helper that words part of a message (the quiz's YAML hints): a returned text that says what to
            # do, "found …; do this".
            text = _template(node.value)
            if text is not None and "; " in text:
                candidates.append(node.value)
        for candidate in candidates:
            text = _template(candidate)
            if text is not None and sum(c.isalpha() for c in text) >= 12:
                found.append(_tidy(text))
    return found


def collect(hooks: Path) -> dict[str, list[str]]:
    """{file relative to the repository: its message templates, in order, each once}."""
    result = {}
    for path in sorted(hooks.rglob("*.py")):
        if path.name == "messages.py" or "__pycache__" in path.parts:
            continue
        found = list(dict.fromkeys(_from(ast.parse(path.read_text(encoding="utf-8")))))
        if found:
            result[path.relative_to(hooks.parent).as_posix()] = found
    return result


def render(found: dict[str, list[str]]) -> str:
    lines = [START, ""]
    for path, texts in found.items():
        lines += [f"### `{path}`", ""]
        lines += [f"- {text.replace('|', '&#124;').replace('<', '&lt;')}" for text in texts]
        lines.append("")
    return "\n".join(lines + [END])


def with_list(page: str, found: dict[str, list[str]]) -> str:
    """The page with its list replaced by the one from the code."""
    before, rest = page.split(START, 1)
    return before + render(found) + rest.split(END, 1)[1]
