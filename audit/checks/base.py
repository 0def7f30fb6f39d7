"""The Rule base class and the helpers checks share to point at text and propose edits."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import yaml
from typing import Any, ClassVar, Iterable

from ..episode import Episode
from ..findings import Edit, Finding, Fix, Severity
from ..tables import Batch
from .. import regexcache

try:
    _LOADER = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _LOADER = yaml.SafeLoader


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
    # Codes of rules whose finding on the same list item ("companies[3]") already reports this
    # rule's defect: where one of them fires, this rule's finding on that item is dropped.
    covered_by: ClassVar[tuple[str, ...]] = ()

    def __init__(self, severity: Severity | None = None, options: dict[str, Any] | None = None):
        if severity is not None:
            self.severity = severity  # instance override of the class default
        self.opts = {**self.options, **(options or {})}

    def check(self, batch: Batch) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def reported_though_covered(self, ep, finding: Finding, by: set[str]) -> bool:
        """Is `finding`, on an item where the `covered_by` rules `by` fired, reported all the same,
        because it tells what their findings do not? No, unless a rule says otherwise."""
        return False

    @classmethod
    def doc(cls) -> str:
        import inspect
        return inspect.cleandoc(cls.__doc__ or "")

    def __repr__(self) -> str:
        return f"<{self.code} {self.name}>"


# --- positions and edits ------------------------------------------------------------------------

_PLAIN_UNSAFE = regexcache.compile(r":(?:\s|$)|\s#|[\r\n]")
_FLOW_INDICATORS = regexcache.compile(r"[,\[\]{}]")  # would split or end a plain scalar in a flow collection
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _quote(value: str) -> str:
    """A one-line YAML double-quoted scalar for any string.

    Escapes what YAML would not read back as itself: quotes, backslashes, line breaks (YAML also
    breaks lines at U+0085, U+2028 and U+2029) and every non-printable character.
    """
    out = ['"']
    for c in value:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif c.isprintable() and c not in "\x85\u2028\u2029\ufeff":
            out.append(c)
        else:
            o = ord(c)
            out.append(f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}" if o < 0x10000 else f"\\U{o:08x}")
    out.append('"')
    return "".join(out)


@lru_cache(maxsize=64)
def _plain_safe(value: str) -> bool:
    """Does the plain scalar `value` hold nothing `_PLAIN_UNSAFE` finds (as a plain scalar read
    from YAML does)? Cached: a long summary gets many fixes, each checked against it."""
    return not _PLAIN_UNSAFE.search(value.replace("\n", " "))


def _plain_unsafe_edit(value: str, i: int, j: int, replacement: str) -> bool:
    """`_PLAIN_UNSAFE.search((value[:i] + replacement + value[j:]).replace("\n", " "))`.

    Every match is one or two characters long, so when `value` itself has none, a match of the
    new value overlaps the replacement or touches it: only the replacement and a character on
    either side are searched, not the whole value again for each of its fixes (a summary with
    thousands of fixes made that quadratic in its length).
    """
    if not _plain_safe(value):
        return bool(_PLAIN_UNSAFE.search((value[:i] + replacement + value[j:]).replace("\n", " ")))
    # the character before the replacement, the replacement, the character after it, and one more
    # (so that `$` means the true end); a match must start before that last one
    a = max(0, i - 1)
    window = (value[a:i] + replacement + value[j:j + 2]).replace("\n", " ")
    limit = i - a + len(replacement) + 1
    return any(m.start() < limit for m in _PLAIN_UNSAFE.finditer(window))


def _in_style(style: str | None, replacement: str, i: int, j: int, value: str) -> str | None:
    """`replacement` of value[i:j] written in the scalar's own style, or None when it cannot live there."""
    if "\n" in replacement or "\r" in replacement or not replacement.isprintable() and replacement:
        return None
    if style == "'":
        return replacement.replace("'", "''")
    if style == '"':
        return replacement if "\\" not in replacement and '"' not in replacement else None
    if style in ("|", ">"):
        return replacement
    # plain: the new scalar must still be read as the same kind of plain string
    if _PLAIN_UNSAFE.search(replacement) or _FLOW_INDICATORS.search(replacement):
        return None
    if i == 0 and replacement[:1] in "-?:,[]{}#&*!|>'\"%@`":
        return None
    if _plain_unsafe_edit(value, i, j, replacement):
        return None
    return replacement


def _reads_as(ep: Episode, sc, start: int, end: int, piece: str, expected: str) -> bool:
    """Does the scalar's source, with text[start:end] replaced by `piece`, read as `expected`?

    The edited scalar is parsed on its own after a `k: ` (continuation lines of the original are
    indented, so they stay continuation lines), which catches folding, chomping, escapes and
    plain scalars that would resolve to another type (`true`, `1.0`).
    """
    if (start > sc.start and end < sc.end and sc.style in (None, "", "'", '"')
            and not _UNSAFE_IN_PLACE.search(piece) and not _UNSAFE_IN_PLACE.search(ep.text[start:end])
            and piece[:1] not in " -" and piece[-1:] != " " and not _NUMBERISH.fullmatch(expected)):
        # A word swapped inside a scalar, on one line, with nothing YAML treats specially on either
        # side of the edit: the scalar keeps its style and reads as the new value (the general check
        # below parses the whole scalar, costly for a long summary fixed many times).
        return True
    if sc.style in ("|", ">") and _inside_block_line(ep.text, sc, start, end, piece):
        return True
    snippet = ep.text[sc.start:start] + piece + ep.text[end:sc.end]
    if not snippet.endswith("\n"):
        snippet += "\n"
    return _snippet_reads_as(snippet, expected)


def _inside_block_line(text: str, sc, start: int, end: int, piece: str) -> bool:
    """Is text[start:end] of a block scalar (| or >) strictly inside one of its content lines, with
    a `piece` of no line break? Such a line is taken as it stands: the edit changes the value by
    itself alone, and neither the indentation (its first character stays), nor the folding of `>`
    (a line's first and last characters and its emptiness stay), nor the chomping (the last line
    keeps its end) can change. (The general check parses the whole scalar once per fix: a long
    Markdown summary with thousands of fixes took a minute.)"""
    if not piece.isprintable() or start <= sc.start or end >= sc.end:
        return False
    line_start = text.rfind("\n", sc.start, start) + 1
    line_end = text.find("\n", end, sc.end)
    if line_start == 0 or line_end == -1 or text.find("\n", start, end) != -1 or "\r" in text[start:end]:
        return False  # the header line, the last line (no line break after it), or across a break
    content = line_start + len(text[line_start:start]) - len(text[line_start:start].lstrip(" "))
    last = line_end  # one past the line's last character that is no blank
    while last > end and text[last - 1] in "\r \t":
        last -= 1
    return content < start and end < last


_UNSAFE_IN_PLACE = regexcache.compile(r"[:#'\"\\\r\n\t{}\[\],&*!|>%@`]")
_NUMBERISH = regexcache.compile(r"[\d.+\-eE_ :]*|(?i:true|false|yes|no|on|off|null|~)")


@lru_cache(maxsize=4096)
def _snippet_reads_as(snippet: str, expected: str) -> bool:
    try:
        data = yaml.load("k: " + snippet, Loader=_LOADER)
    except (yaml.YAMLError, ValueError):
        return False
    return isinstance(data, dict) and len(data) == 1 and type(data.get("k")) is str and data["k"] == expected


def _folds_to(source: str, value: str, style: str | None) -> bool:
    """Is `source` the text of `value` except for line breaks and indentation folded to spaces?"""
    if style not in (None, "", "'") or "\n" not in source:
        return False
    if style == "'":
        source = source.replace("''", "'")
    return re.sub(r"\s+", " ", source) == re.sub(r"\s+", " ", value)


def scalar_edit(ep: Episode, path: str, i: int, j: int, replacement: str) -> list[Edit]:
    """Edits that make the string at `path` read value[:i] + replacement + value[j:].

    Replaces the substring in place when it stands verbatim in the source and the replacement can
    live in the scalar's style; otherwise rewrites the whole scalar as a double-quoted string.
    Either way the edited scalar is re-read to check it says exactly the new value; a block
    scalar (| or >) is never rewritten whole, and no edit is offered when nothing reads right.
    """
    sc = ep.scalars[path]
    value = sc.value if isinstance(sc.value, str) else sc.raw
    new_value = value[:i] + replacement + value[j:]
    start, end, verbatim = ep.locate(path, i, j)
    style = sc.style
    if verbatim or _folds_to(ep.text[start:end], value[i:j], style):
        # in place; a span across a folded line break is joined onto one line
        piece = _in_style(style, replacement, i, j, value)
        if piece is not None and _reads_as(ep, sc, start, end, piece, new_value):
            return [Edit(start, end, piece)]
    if style in ("|", ">"):
        return []  # rewriting a block scalar whole would change its layout; no fix offered
    if ep.text[sc.start:sc.start + 1] in ("&", "!"):
        return []  # an anchor or a tag would be lost with the old text
    quoted = _quote(new_value)
    if _reads_as(ep, sc, sc.start, sc.end, quoted, new_value):
        return [Edit(sc.start, sc.end, quoted)]
    return []


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
    """Edits removing the list item at `item_path` (`companies[4]`): exactly its lines.

    The item runs from the start of its `- ` line to the end of the line holding its last
    character (with that line's trailing comment); comment and blank lines after it belong to
    what follows and stay. Removing the only item of a block list leaves `[]` in its place, so
    the key still holds an (empty) list. A flow list or an item sharing its line gets no edit.
    """
    span = ep.spans.get(item_path)
    parent, bracket, index = item_path[:-1].rpartition("[")
    if span is None or not bracket or item_path[-1] != "]" or not index.isdigit():
        return []
    text = ep.text
    start, end = span
    lines = ep.lines
    line, _ = lines.position(start)
    first = lines.line_start(line)
    dash = text.rfind("-", first, start)
    if dash == -1 or text[first:dash].strip() or text[dash + 1:start].strip():
        return []  # a flow sequence or an item sharing its line: no line-wise removal
    # A block collection's node ends where the next token begins (after trailing comments), so
    # the item's last character is the end of its last descendant scalar or flow collection.
    last = _last_descendant_end(ep, item_path)
    if last == -1:
        last = end
    while last > start and text[last - 1] in " \t\r\n":
        last -= 1  # block scalars end after their line breaks
    nl = text.find("\n", last)
    stop = len(text) if nl == -1 else nl + 1
    stop = min(stop, ep.fm_end)
    if index == "0" and f"{parent}[1]" not in ep.spans:
        eol = "\r\n" if text[stop - 2:stop] == "\r\n" else "\n"
        return [Edit(first, stop, text[first:dash] + "  []" + eol)]
    return [Edit(first, stop, "")]


def _last_descendant_end(ep: Episode, item_path: str) -> int:
    """End of the last descendant scalar or flow collection of the item at `item_path` (-1: none).

    Descendants are the paths under `item_path.` and `item_path[`, found by bisecting the
    episode's sorted paths (sorted once per episode). A descendant counts only when its span lies
    inside the item's span: an alias's nodes sit at their anchor, elsewhere.
    """
    paths = ep._sorted_paths
    if paths is None:
        paths = ep._sorted_paths = sorted(ep.spans)
    text, spans, scalars = ep.text, ep.spans, ep.scalars
    first, stop = spans[item_path]
    last = -1
    for prefix in (item_path + ".", item_path + "["):
        k = bisect.bisect_left(paths, prefix)
        while k < len(paths) and paths[k].startswith(prefix):
            p = paths[k]
            s, e = spans[p]
            if e > last and first <= s and e <= stop and (p in scalars or text[e - 1:e] in ("]", "}")):
                last = e
            k += 1
    return last
