"""The Rule base class and the helpers checks share to point at text and propose edits."""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar, Iterable

from ..episode import Episode
from ..findings import Edit, Finding, Fix, Severity
from ..tables import Batch


class Rule:
    """A check: identity attributes, options with defaults, and one `check(batch)` generator.

    The class docstring is the rule's documentation, in the sections *What it does*, *Why it
    matters*, *Example* and *Fix safety* (`audit rules CODE` prints it; a test enforces them).
    """

    code: ClassVar[str]
    name: ClassVar[str]
    family: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    summary: ClassVar[str] = ""  # one line for `audit rules`
    options: ClassVar[dict[str, Any]] = {}  # option name -> default value
    fixable: ClassVar[str | None] = None  # "safe", "unsafe", "sometimes" or None

    def __init__(self, severity: Severity | None = None, options: dict[str, Any] | None = None):
        if severity is not None:
            self.severity = severity  # instance override of the class default
        self.opts = {**self.options, **(options or {})}

    def check(self, batch: Batch) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    @classmethod
    def doc(cls) -> str:
        import inspect
        return inspect.cleandoc(cls.__doc__ or "")

    def __repr__(self) -> str:
        return f"<{self.code} {self.name}>"


# --- positions and edits ------------------------------------------------------------------------

_PLAIN_UNSAFE = re.compile(r":(?:\s|$)|\s#|[\r\n]")


def _quote(value: str) -> str:
    """A one-line YAML double-quoted scalar for any string (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def scalar_edit(ep: Episode, path: str, i: int, j: int, replacement: str) -> list[Edit]:
    """Edits that make the string at `path` read value[:i] + replacement + value[j:].

    Replaces the substring in place when it stands verbatim in the source and the replacement can
    live in the scalar's style; otherwise rewrites the whole scalar as a double-quoted string.
    """
    sc = ep.scalars[path]
    value = sc.value if isinstance(sc.value, str) else sc.node.value
    start, end, verbatim = ep.locate(path, i, j)
    style = sc.node.style
    if verbatim:
        if style == "'":
            return [Edit(start, end, replacement.replace("'", "''"))]
        if style == '"':
            if "\\" not in replacement and '"' not in replacement and replacement.isprintable():
                return [Edit(start, end, replacement)]
        elif style in ("|", ">"):
            if "\n" not in replacement:
                return [Edit(start, end, replacement)]
        elif not _PLAIN_UNSAFE.search(replacement) and not (i == 0 and replacement[:1] in "-?:,[]{}#&*!|>'\"%@`"):
            # plain: the new scalar must still be read as the same kind of plain string
            new_value = value[:i] + replacement + value[j:]
            if not _PLAIN_UNSAFE.search(new_value.replace("\n", " ")):
                return [Edit(start, end, replacement)]
    new_value = value[:i] + replacement + value[j:]
    if style in ("|", ">"):
        return []  # rewriting a block scalar whole would change its layout; no fix offered
    return [Edit(sc.start, sc.end, _quote(new_value))]


def text_finding(rule: Rule, ep: Episode, path: str, i: int, j: int, message: str, *,
                 replacement: str | None = None, applicability: str = "safe",
                 description: str | None = None, severity: Severity | None = None) -> Finding:
    """A finding on value[i:j] of the string at `path`, with a replace fix when one is given."""
    start, end, _ = ep.locate(path, i, j)
    value = ep.scalars[path].value
    evidence = value[i:j] if isinstance(value, str) else ""
    fix = None
    if replacement is not None:
        edits = scalar_edit(ep, path, i, j, replacement)
        if edits:
            fix = Fix(applicability, description or f"Replace with {replacement!r}", tuple(edits), (path,))
    return ep.finding(rule, path=path, message=message, start=start, end=end, evidence=evidence,
                      fix=fix, severity=severity)


def item_removal(ep: Episode, item_path: str) -> list[Edit]:
    """Edits removing the list item at `item_path` (`companies[4]`): exactly its lines."""
    if item_path not in ep.spans:
        return []
    start, end = ep.spans[item_path]
    lines = ep.lines
    line, _ = lines.position(start)
    first = lines.line_start(line)
    dash = ep.text.rfind("-", first, start)
    if dash == -1 or ep.text[first:dash].strip():
        return []  # a flow sequence or an item sharing its line: no line-wise removal
    # the item ends where the next item (or the next key) begins: the start of the line after
    # its last character, keeping trailing comments of that line with it
    end_line, end_col = lines.position(end)
    if end_col == 1 and end > start:
        stop = end
    else:
        nl = ep.text.find("\n", end)
        stop = len(ep.text) if nl == -1 else nl + 1
    stop = min(stop, ep.fm_end)
    return [Edit(first, stop, "")]
