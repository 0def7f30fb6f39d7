"""Read an episode file: decode, split the front matter, compose YAML with positions, field paths.

`load_episode` never raises for bad input. What PyYAML would crash on or silently accept (an
undecodable byte, a binary file, a missing front matter, a syntax error, duplicate keys, custom
tags, alias-expansion bombs, a front matter that is not a mapping) becomes a file-level finding on
the returned `Episode`, and whatever could be read is still audited.

Every scalar of the front matter gets a field path (`companies[3].name`, 0-based) and a source span
(character offsets into the whole file's text), so checks can point at the offending text itself.
"""

from __future__ import annotations

import bisect
import errno
import functools
import operator
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from re import _constants, _parser
from typing import Any

import yaml
from yaml import MappingNode, ScalarNode, SequenceNode

from .findings import Finding, Severity
from . import regexcache

try:  # the C loader is 10-15x faster; the pure-Python one is only a fallback for odd builds
    _BaseLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """The safe loader with a quicker `resolve` for scalars, the one Python call per scalar.

    The C parser asks Python for each scalar's tag. PyYAML's `resolve` concatenates the
    resolvers of the first character and the wildcard ones on every call; here they are
    concatenated once per document, and a plain scalar's tag is remembered for the rest of the
    document (keys and enum values repeat). A plain scalar longer than any match of its first
    character's resolvers (`_longest_match`: "yes", "null" and ".inf" are short; numbers and
    dates are not bounded) is a string without a look-up: most long texts are plain scalars,
    and hashing each for the memo is wasted. Same resolvers, same order, same tags. The
    function is a closure over its tables, set on the instance: attribute look-ups on this
    loader (a subclass of the C parser) cost more than the rest of the call. Path resolvers
    (none are registered for the safe loader) take PyYAML's own way.
    """

    def __init__(self, stream):
        super().__init__(stream)
        if self.yaml_path_resolvers:
            return
        table = self.yaml_implicit_resolvers
        wildcard = list(table.get(None, []))
        by_first = {c: list(r) + wildcard for c, r in table.items() if c is not None}
        self.resolve = _resolver(by_first, wildcard, self.DEFAULT_SCALAR_TAG,
                                 self.DEFAULT_SEQUENCE_TAG, self.DEFAULT_MAPPING_TAG)
        # The composer calls these around every node to follow the path for path resolvers;
        # with none they do nothing. C functions taking the same arguments and ignoring
        # them cost a fraction of a Python method call.
        self.descend_resolver = operator.is_  # (parent, index)
        self.ascend_resolver = tuple  # ()


def _resolver(by_first: dict, wildcard: list, str_tag: str, seq_tag: str, map_tag: str):
    """`resolve(kind, value, implicit)` for one document (see `_Loader`)."""
    longest = {c: _longest_match(r) for c, r in by_first.items()}.get
    no_first = _longest_match(wildcard)
    resolvers_of = by_first.get
    memo: dict[str, str] = {}
    remembered = memo.get

    def resolve(kind, value, implicit):
        if kind is not ScalarNode:
            return seq_tag if kind is SequenceNode else map_tag
        if not implicit[0] or len(value) > longest(value[:1], no_first):
            return str_tag
        tag = remembered(value)
        if tag is None:
            tag = memo[value] = next((tag for tag, regexp in resolvers_of(value[:1], wildcard)
                                      if regexp.match(value)), str_tag)
        return tag

    return resolve


_UNBOUNDED = 1 << 62


@functools.lru_cache(maxsize=None)
def _pattern_width(pattern: str, flags: int) -> int:
    """The longest string `pattern` can match in full (`$` may leave a final line break out of
    the match, so one more), or _UNBOUNDED."""
    try:
        width = _parser.parse(pattern, flags).getwidth()[1]
    except Exception:  # noqa: BLE001 - a pattern this analysis cannot read: no bound
        return _UNBOUNDED
    return _UNBOUNDED if width >= _constants.MAXREPEAT else width + 1


def _longest_match(resolvers) -> int:
    """The longest plain scalar `resolvers` may give a tag other than str; -1 with none."""
    return max((_pattern_width(regexp.pattern, regexp.flags) for _, regexp in resolvers), default=-1)

# Tags SafeConstructor knows. Anything else (`!!python/object`, `!custom`) is reported and read
# as the plain scalar/sequence/mapping it is written as.
_SAFE_TAGS = {
    f"tag:yaml.org,2002:{t}"
    for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "binary",
              "omap", "pairs", "set", "merge", "value")
}
_DEFAULT_TAG = {
    ScalarNode: "tag:yaml.org,2002:str",
    SequenceNode: "tag:yaml.org,2002:seq",
    MappingNode: "tag:yaml.org,2002:map",
}
# An alias may legitimately repeat a small node; past this many nodes after expansion the
# document is an expansion bomb ("billion laughs") and is not constructed.
MAX_EXPANDED_NODES = 250_000
MAX_DEPTH = 200

# File-level rules raised by the loader: code -> (name, family, message template).
LOADER_RULES: dict[str, tuple[str, str, str]] = {
    "E001": ("invalid-utf8", "encoding", "File is not valid UTF-8"),
    "S001": ("unreadable-file", "schema", "File cannot be read"),
    "S002": ("empty-file", "schema", "File is empty"),
    "S003": ("binary-file", "schema", "File is binary, not an episode"),
    "S004": ("missing-front-matter", "schema", "No YAML front matter"),
    "S005": ("unclosed-front-matter", "schema", "Front matter is not closed"),
    "S006": ("yaml-syntax-error", "schema", "Front matter is not valid YAML"),
    "S007": ("duplicate-key", "schema", "Duplicate key"),
    "S008": ("unsafe-tag", "schema", "Custom YAML tag"),
    "S009": ("alias-bomb", "schema", "Alias expansion too large"),
    "S010": ("front-matter-not-mapping", "schema", "Front matter is not a mapping"),
}

_FENCE_LINE = r"(?:---|\.\.\.)[ \t]*\r?$"
FENCE = regexcache.compile("^" + _FENCE_LINE, re.M)
# The line break before a fence line: a search for it scans for "\n" alone, where a search for
# FENCE tries every position of the (long) front matter.
_BEFORE_FENCE = regexcache.compile(r"\n(?=" + _FENCE_LINE + ")", re.M)
_OPENING = regexcache.compile(r"---[ \t]*\r?$", re.M)  # matched at the file start (after a BOM)


class LineIndex:
    """Offsets <-> 1-based line/column, by bisecting the line starts."""

    __slots__ = ("starts",)

    def __init__(self, text: str):
        # each line starts one past a "\n": the offsets of every "\n", found by numpy over the
        # text's code points (UTF-32, one unit per character), not by a Python loop. (numpy is
        # imported here, not with the module: a run whose results all come from the cache loads
        # no episode and needs no numpy.)
        import numpy as np

        units = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        self.starts = [0, *(np.flatnonzero(units == 10) + 1).tolist()]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1

    def line_start(self, line: int) -> int:
        return self.starts[min(line, len(self.starts)) - 1]


@dataclass(slots=True)
class Scalar:
    path: str
    value: Any  # the constructed value
    raw: str  # the scalar's text as the parser read it (escapes undone, lines folded), before typing
    style: str | None  # its YAML style: None or "" plain, "'" or '"' quoted, "|" or ">" block
    start: int  # offsets into the whole file's text
    end: int


@dataclass
class Episode:
    path: str  # as given / shown in findings
    text: str = ""
    data: dict | None = None  # constructed front matter (None when unreadable)
    fm_start: int = 0  # offset of the YAML text in `text`
    fm_end: int = 0
    body_start: int = 0
    scalars: dict[str, Scalar] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # every node's span, by path
    problems: list[Finding] = field(default_factory=list)
    _lines: LineIndex | None = None
    _alignments: dict = field(default_factory=dict)
    _sorted_paths: list[str] | None = None  # the paths of `spans`, sorted (see checks.base.item_removal)
    _body: str | None = None  # the body without comments and headings (checks.sponsor_body.body_text)
    _speech: str | None = None  # the transcript's words, labels left out ("" none: checks.sponsor_body.speech_text)

    @property
    def lines(self) -> LineIndex:
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines

    @property
    def ok(self) -> bool:
        return self.data is not None

    def position(self, offset: int) -> tuple[int, int]:
        return self.lines.position(offset)

    def value(self, path: str, default: Any = None) -> Any:
        sc = self.scalars.get(path)
        return sc.value if sc is not None else default

    def locate(self, path: str, i: int = 0, j: int | None = None) -> tuple[int, int, bool]:
        """Source span of `value[i:j]` of the string scalar at `path`.

        Returns (start, end, verbatim): `verbatim` is True when text[start:end] is exactly the
        substring, so an edit may replace it in place. Where the substring is not verbatim in the
        source (escapes, folding across lines) the span still covers it as well as it can, and
        falls back to the node start when the scalar cannot be aligned at all.
        """
        sc = self.scalars[path]
        value = sc.value if isinstance(sc.value, str) else sc.raw
        if j is None:
            j = len(value)
        amap = self._alignments.get(path)
        if amap is None:
            amap = _align(self.text, sc.start, sc.end, sc.style, value)
            self._alignments[path] = amap
        if not amap or j <= i:
            return sc.start, (sc.end if j > i else sc.start), False
        start = amap[i]
        end = amap[j - 1] + 1
        # A multi-byte escape (\u2019) maps its value char to the escape start; widen to cover it.
        return start, end, self.text[start:end] == value[i:j]

    def finding(self, rule, *, path: str | None, message: str, start: int, end: int,
                evidence: str = "", fix=None, severity: Severity | None = None) -> Finding:
        """Build a Finding of `rule` (a Rule) at text[start:end]."""
        lines = self.lines
        line, col = lines.position(start)
        end_line, end_col = lines.position(end)
        return Finding(
            file=self.path, rule=rule.code, name=rule.name, family=rule.family,
            severity=severity or rule.severity, field=path, line=line, column=col,
            end_line=end_line, end_column=end_col, message=message, evidence=evidence,
            fix=fix, start=start, end=end,
        )


def _problem(ep: Episode, code: str, detail: str = "", offset: int = 0, end: int | None = None,
             line_col: tuple[int, int] | None = None, evidence: str = "", path: str | None = None) -> None:
    name, family, base = LOADER_RULES[code]
    if line_col is None:
        line_col = ep.position(offset) if ep.text else (1, 1)
    end = offset if end is None else end
    end_lc = ep.position(end) if ep.text and end != offset else line_col
    ep.problems.append(Finding(
        file=ep.path, rule=code, name=name, family=family, severity=Severity.ERROR,
        field=path, line=line_col[0], column=line_col[1], end_line=end_lc[0], end_column=end_lc[1],
        message=f"{base}: {detail}" if detail else base, evidence=evidence, start=offset, end=end,
    ))


_NOT_REGULAR = {stat.S_IFIFO: "a named pipe", stat.S_IFCHR: "a character device",
                stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a directory"}


def read_file_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file. Anything else named like an episode raises OSError without
    being read: a named pipe would block the run until something writes to it, a device might
    never end. (Opened non-blocking, so even a pipe's open returns at once.)"""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = _NOT_REGULAR.get(stat.S_IFMT(mode), "not a regular file")
            raise OSError(errno.EINVAL, f"it is {kind}, not a regular file")
        return fh.read()


def load_episode(path: str | Path, display: str | None = None) -> Episode:
    """Read and parse one episode file. Never raises for bad content."""
    ep = Episode(path=display or str(path))
    try:
        raw = read_file_bytes(path)
    except OSError as exc:
        _problem(ep, "S001", exc.strerror or str(exc))
        return ep
    return parse_episode(raw, ep)


def parse_episode(raw: bytes | str, ep: Episode) -> Episode:
    if isinstance(raw, str):
        text = raw
    else:
        if not raw or raw.isspace():  # `not raw.strip()` without copying the file
            _problem(ep, "S002")
            return ep
        if b"\x00" in raw[:8192]:
            _problem(ep, "S003", f"NUL byte at byte offset {raw.index(0)}")
            return ep
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            # Report the first bad byte with its line, then read on with replacement characters
            # so the rest of the file is still audited.
            line = raw.count(b"\n", 0, exc.start) + 1
            col_start = raw.rfind(b"\n", 0, exc.start) + 1
            column = len(raw[col_start:exc.start].decode("utf-8", "replace")) + 1
            bad = raw[exc.start:exc.end]
            _problem(ep, "E001", f"byte 0x{bad.hex()} at byte offset {exc.start} ({exc.reason})",
                     line_col=(line, column), evidence=bad.decode("latin-1"))
            text = raw.decode("utf-8", "replace")
            ep.problems[-1].start = ep.problems[-1].end = len(raw[:exc.start].decode("utf-8", "replace"))
    ep.text = text
    if not text or text.isspace():
        _problem(ep, "S002")
        return ep
    begin = 1 if text.startswith("\ufeff") else 0
    first = _OPENING.match(text, begin)
    if not first:
        _problem(ep, "S004", "the file must start with a '---' line", offset=begin)
        return ep
    fm_start = text.find("\n", first.end())
    fm_start = len(text) if fm_start == -1 else fm_start + 1
    closing = closing_fence(text, fm_start)
    if not closing:
        _problem(ep, "S005", "no closing '---' line", offset=begin, end=first.end())
        return ep
    ep.fm_start, ep.fm_end = fm_start, closing.start()
    ep.body_start = closing.end()
    _compose(ep)
    return ep


def closing_fence(text: str, pos: int) -> re.Match | None:
    """`FENCE.search(text, pos)`: a fence line at `pos`, or after the first line break before one."""
    closing = FENCE.match(text, pos)
    if closing is None:
        before = _BEFORE_FENCE.search(text, pos)
        closing = FENCE.match(text, before.end()) if before else None
    return closing


def _compose(ep: Episode) -> None:
    source = ep.text[ep.fm_start:ep.fm_end]
    base = ep.fm_start
    try:
        root = _read_root(ep, source, base)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        offset = base + (mark.index if mark else 0)
        detail = " ".join(filter(None, [exc.context, exc.problem])) or "syntax error"
        _problem(ep, "S006", detail, offset=offset)
        return
    except yaml.reader.ReaderError as exc:
        _reader_error(ep, source, base, exc.character, exc.reason)
        return
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        _problem(ep, "S006", str(exc).splitlines()[0] if str(exc) else type(exc).__name__, offset=base)
        return
    if root is None:
        _problem(ep, "S010", "it is empty", offset=base)
        return
    if not isinstance(root, MappingNode):
        kind = "a sequence" if isinstance(root, SequenceNode) else "a scalar"
        _problem(ep, "S010", f"it is {kind}", offset=base + root.start_mark.index)
        return
    walker = _Walker(ep, base)
    # Most documents have no alias of a collection: their size is their node count, and one pass
    # can check depth and size while it builds the values. Anything unusual starts over below.
    data = walker.walk_tree(root)
    if data is not _UNSET:
        ep.data = data
        return
    try:
        size = walker.size(root, 0)
    except RecursionError:
        size = -1
    if size < 0:
        _problem(ep, "S009", walker.why or "nesting too deep", offset=base + walker.where)
        return
    if size > MAX_EXPANDED_NODES:
        _problem(ep, "S009", f"{size:,} nodes after expanding aliases (limit {MAX_EXPANDED_NODES:,})",
                 offset=base + walker.first_alias)
        return
    try:
        data = walker.walk(root, "")
    except _Fallback:
        data = None  # merge keys, !!set, !!omap...: let PyYAML's constructor build the values
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        _construct_error(ep, base, exc)
        return
    if data is None:
        try:
            data = yaml.constructor.SafeConstructor().construct_document(root)
        except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
            _construct_error(ep, base, exc)
            return
        if not isinstance(data, dict):  # `--- !!set` / `!!omap`: not a mapping of fields
            _problem(ep, "S010", f"it is {type(data).__name__}", offset=base + root.start_mark.index)
            return
        _attach_values(ep, data)
    ep.data = data


# The characters below U+0100 that YAML does not allow: C0 controls but tab and line breaks, DEL,
# C1 controls but NEL. C1 controls are what UTF-8 punctuation becomes when read as Latin-1 ("’"
# is "â\\x80\\x99"), or as Windows-1252 where it has no character for a byte ("”" is "â€\\x9d").
# A front matter holding them is read with each one replaced by a private-use character of the
# same length (U+E000 + its code), then put back into the values: positions do not move, and the
# values are what the file holds. A front matter that already uses those private-use characters
# is not read on (it gets the plain S006).
_NOT_ALLOWED_CHARS = [c for c in range(0x100) if not (c in (0x09, 0x0A, 0x0D, 0x85) or 0x20 <= c <= 0x7E or c >= 0xA0)]
_NOT_ALLOWED = regexcache.compile("[" + "".join(f"\\x{c:02x}" for c in _NOT_ALLOWED_CHARS) + "]")
_STAND_IN_RANGE = regexcache.compile("[\\ue000-\\ue0ff]")
# NEL (U+0085) is allowed, but YAML 1.1 reads it as a line break, where YAML 1.2 and editors see a
# character: in an episode it is mojibake too ("Å" is "Ã\\x85" read as Latin-1), and it is read
# as written the same way.
_TO_STAND_IN = {c: 0xE000 + c for c in _NOT_ALLOWED_CHARS + [0x85]}
_FROM_STAND_IN = {0xE000 + c: c for c in _NOT_ALLOWED_CHARS + [0x85, 0x3A]}  # and ':' (`_read_root`)


_COLON_STAND_IN = "\ue03a"  # ':' (U+003A) standing in for itself, as `_TO_STAND_IN` maps
MAX_COLONS_READ_ON = 20  # colons in plain values read as written, at most, before the file is given up


def _read_root(ep: Episode, source: str, base: int):
    """The root node of the front matter `source`, read on past two mistakes of hand-made YAML
    whose meaning is plain, each reported (S006) where it stands: control characters (see
    `_NOT_ALLOWED`; the first is reported, with the count) and NELs are read as characters of the
    text, and a ': ' inside a plain value ("title: Episode 5: The Future", which YAML takes for a
    second key) as part of the value. Each is composed as a private-use character of the same
    length, put back into the values after. A front matter that holds such characters itself is
    read as it is. Raises what PyYAML raises for anything else."""
    text, as_written = source, False

    def usable() -> bool:  # (a scan of the whole front matter: only once something needs a stand-in)
        return not _STAND_IN_RANGE.search(source)

    if "\x85" in source and usable():
        text, as_written = _controls_stood_in(ep, text, base), True
    colons = 0
    while True:
        try:
            root = yaml.compose(text, Loader=_Loader)
            break
        except yaml.reader.ReaderError:
            if as_written or not _NOT_ALLOWED.search(text) or not usable():
                raise
            text, as_written = _controls_stood_in(ep, text, base), True
        except yaml.MarkedYAMLError as exc:
            i = exc.problem_mark.index if exc.problem_mark is not None else -1
            if (colons >= MAX_COLONS_READ_ON or text[i:i + 1] != ":"
                    or not str(exc.problem).startswith("mapping values are not allowed")
                    or (not as_written and not usable())):
                raise
            a, b = text.rfind("\n", 0, i) + 1, text.find("\n", i)
            line = text[a:b if b != -1 else len(text)].strip().translate(_FROM_STAND_IN)
            _problem(ep, "S006", "a ': ' inside a plain value, which YAML reads as another key (the value "
                     "needs quotes); the value was read on as written", offset=base + i, end=base + i + 1,
                     evidence=line)
            text, as_written, colons = text[:i] + _COLON_STAND_IN + text[i + 1:], True, colons + 1
    if as_written:
        _restore_stand_ins(root)
    return root


def _controls_stood_in(ep: Episode, text: str, base: int) -> str:
    """`text` with its control characters and NELs as their stand-ins, the first control
    character reported once (S006, with the count)."""
    bad = _NOT_ALLOWED.search(text)
    if bad is not None:
        _reader_error(ep, text, base, ord(bad.group()), "control characters are not allowed",
                      len(_NOT_ALLOWED.findall(text)))
    return text.translate(_TO_STAND_IN)


def _restore_stand_ins(root) -> None:
    """Put the control characters back into the scalars of the tree at `root` (aliases share
    nodes, and a node may hold itself: each is visited once)."""
    seen: set[int] = set()
    todo = [root]
    while todo:
        node = todo.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            if isinstance(node.value, str) and _STAND_IN_RANGE.search(node.value):
                node.value = node.value.translate(_FROM_STAND_IN)
        elif isinstance(node, SequenceNode):
            todo.extend(node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                todo.append(key)
                todo.append(value)


def _reader_error(ep: Episode, source: str, base: int, char: Any, reason: str, read_on: int = 0) -> None:
    """S006 for a character YAML does not allow (`char`, its code), at that character;
    `read_on` is the number of such characters the front matter was read with (see
    `_NOT_ALLOWED`), 0 when it was not.

    The C reader gives a byte offset; the character is found instead, as its first occurrence
    (the reader stops at the first character it does not allow). For a C1 control character
    (U+0080-U+009F) the message says what usually leaves one: mojibake.
    """
    char = char if isinstance(char, int) else None
    at = source.find(chr(char)) if char is not None and 0 <= char < 0x110000 else -1
    if at == -1:
        _problem(ep, "S006", f"a character is not allowed in YAML ({reason})", offset=base)
        return
    detail = f"character U+{char:04X} is not allowed in YAML ({reason})"
    if 0x80 <= char <= 0x9F:
        detail += "; UTF-8 text decoded as Latin-1 or Windows-1252 leaves such characters (mojibake)"
    if read_on:
        detail += (f"; the front matter was read on with {'it' if read_on == 1 else f'its {read_on} such characters'}"
                   " as written")
    a = at
    while a > 0 and not source[a - 1].isspace():
        a -= 1
    b = at + 1
    while b < len(source) and not source[b].isspace():
        b += 1
    _problem(ep, "S006", detail, offset=base + at, end=base + at + 1, evidence=source[a:b])


def _construct_error(ep: Episode, base: int, exc: Exception) -> None:
    mark = getattr(exc, "problem_mark", None)
    _problem(ep, "S006", str(getattr(exc, "problem", None) or exc).splitlines()[0],
             offset=base + (mark.index if mark else 0))


class _Fallback(Exception):
    """The document uses a construct our single pass does not build itself."""


class _Restart(Exception):
    """walk_tree met what size() must judge: nesting deeper than MAX_DEPTH, or an alias of a
    collection (its expanded size is not the node count)."""


_UNSET = object()


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_INT = "tag:yaml.org,2002:int"


class _Walker:
    """One pass over the node tree: sizes (alias bombs), paths, spans, duplicate keys, tags."""

    def __init__(self, ep: Episode, base: int):
        self.ep, self.base = ep, base
        self.memo: dict[int, int] = {}
        self.values: dict[int, Any] = {}
        self.constructor = yaml.constructor.SafeConstructor()
        self.first_alias = 0
        self.why = ""
        self.where = 0
        self.count = 1  # nodes walked, keys included (= size() when there is no alias); the root
        self.shared = True  # False in walk_tree: an alias of a collection restarts
        self.retagged: list = []  # (node, tag) changed by neutralise, to undo on a restart

    def size(self, node, depth: int) -> int:
        key = id(node)
        if key in self.memo:
            if self.memo[key] == -2:  # still being sized: a recursive alias
                self.why, self.where = "recursive alias", node.start_mark.index
                return -1
            if not self.first_alias:
                self.first_alias = node.start_mark.index
            return self.memo[key]
        if depth > MAX_DEPTH:
            self.why, self.where = f"nested deeper than {MAX_DEPTH} levels", node.start_mark.index
            return -1
        self.memo[key] = -2
        total = 1
        if isinstance(node, SequenceNode):
            for child in node.value:
                n = self.size(child, depth + 1)
                if n < 0:
                    return -1
                total += n
        elif isinstance(node, MappingNode):
            for k, v in node.value:
                a, b = self.size(k, depth + 1), self.size(v, depth + 1)
                if a < 0 or b < 0:
                    return -1
                total += a + b
        self.memo[key] = total
        return total

    def walk_tree(self, root):
        """walk() without size() first, for a document without aliases of collections.

        Checks depth and counts nodes on the way. Returns the data, or _UNSET after undoing
        everything when the general path (size(), then walk() or PyYAML's constructor) must
        decide: an alias of a collection, too deep, too large, or a construct walk() does not build.
        """
        ep = self.ep
        problems = len(ep.problems)
        self.shared = False
        try:
            data = self.walk(root, "", 0)
        except (_Restart, _Fallback, yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError):
            data = _UNSET
        if data is _UNSET or self.count > MAX_EXPANDED_NODES:
            del ep.problems[problems:]
            ep.spans.clear()
            ep.scalars.clear()
            for node, tag in reversed(self.retagged):
                node.tag = tag
            self.retagged.clear()
            self.values.clear()
            self.shared = True
            return _UNSET
        return data

    def walk(self, node, path: str, depth: int = 0):
        """Record paths, spans and problems, and build the node's value, in one pass.

        Plain strings (most of a front matter) are taken as they are; other scalars go through
        PyYAML's SafeConstructor, so values are exactly what `yaml.safe_load` gives. A
        collection counts its children (and keys) in `count`; the caller counts the root.
        """
        if depth > MAX_DEPTH:
            raise _Restart  # only from walk_tree: otherwise size() has checked the depth
        ep, base = self.ep, self.base
        if node.tag not in _SAFE_TAGS:
            self.neutralise(node, path)
        span = ep.spans[path] = (base + node.start_mark.index, base + node.end_mark.index)
        if not self.shared and type(node) is ScalarNode:
            # An alias of a scalar counts one node, as in size(), and PyYAML's constructor gives
            # it the same value: nothing to remember for scalars.
            value = node.value if node.tag == _STR else self.construct(node)
            ep.scalars[path] = Scalar(path, value, node.value, node.style, span[0], span[1])
            return value
        key = id(node)
        if key in self.values:  # an alias: the same value; a collection's paths are known already
            if not self.shared:
                raise _Restart
            value = self.values[key]
            if isinstance(node, ScalarNode):
                ep.scalars[path] = Scalar(path, value, node.value, node.style, *span)
            else:
                self.alias_paths(node, path)
            return value
        if isinstance(node, ScalarNode):
            value = node.value if node.tag == _STR else self.construct(node)
            self.values[key] = value
            ep.scalars[path] = Scalar(path, value, node.value, node.style, *span)
            return value
        # Children that are plain strings (most nodes) are recorded here rather than in a call of
        # their own, as the scalar branch above would record them, in walk_tree's pass.
        inline = not self.shared and depth < MAX_DEPTH
        spans, scalars = ep.spans, ep.scalars
        if isinstance(node, SequenceNode):
            if node.tag != _SEQ:
                raise _Fallback
            items: list = []
            self.values[key] = items
            self.count += len(node.value)
            for i, child in enumerate(node.value):
                child_path = f"{path}[{i}]"
                if inline and child.tag == _STR and type(child) is ScalarNode:
                    start, end = spans[child_path] = (base + child.start_mark.index, base + child.end_mark.index)
                    scalars[child_path] = Scalar(child_path, child.value, child.value, child.style, start, end)
                    items.append(child.value)
                else:
                    items.append(self.walk(child, child_path, depth + 1))
            return items
        if node.tag != _MAP:
            raise _Fallback
        mapping: dict = {}
        self.values[key] = mapping
        self.count += 2 * len(node.value)  # keys and values
        keys: dict[Any, Any] = {}
        for k, v in node.value:
            if k.tag == _STR and type(k) is ScalarNode:
                name = kvalue = k.value
            else:
                if k.tag not in _SAFE_TAGS:
                    self.neutralise(k, path)
                if not isinstance(k, ScalarNode) or k.tag == "tag:yaml.org,2002:merge":
                    raise _Fallback  # complex keys and `<<` merges: PyYAML's constructor decides
                name = k.value
                kvalue = name if k.tag == _STR else self.construct(k)
            if name in keys:
                first = keys[name]
                _problem(ep, "S007",
                         f"{name!r} is defined again (first on line {first.start_mark.line + 1}); "
                         "the last value wins and the first is lost",
                         offset=base + k.start_mark.index, end=base + k.end_mark.index,
                         evidence=name, path=_join(path, name))
            else:
                keys[name] = k
            child_path = f"{path}.{name}" if path else name
            if inline and v.tag == _STR and type(v) is ScalarNode:
                start, end = spans[child_path] = (base + v.start_mark.index, base + v.end_mark.index)
                scalars[child_path] = Scalar(child_path, v.value, v.value, v.style, start, end)
                mapping[kvalue] = v.value
            else:
                mapping[kvalue] = self.walk(v, child_path, depth + 1)
        return mapping

    def alias_paths(self, node, path: str) -> None:
        """Record the paths below an alias of a collection (`- *first` makes `companies[9].name` as
        real as `companies[0].name`), spanning the text where the anchor wrote them; rules reach
        items by index. Bounded: size() has counted these nodes."""
        ep, base, values = self.ep, self.base, self.values
        stack = [(node, path)]
        while stack:
            node, path = stack.pop()
            span = ep.spans[path] = (base + node.start_mark.index, base + node.end_mark.index)
            if isinstance(node, ScalarNode):
                ep.scalars[path] = Scalar(path, values[id(node)], node.value, node.style, *span)
            elif isinstance(node, SequenceNode):
                stack.extend((child, f"{path}[{i}]") for i, child in enumerate(node.value))
            else:
                stack.extend((v, _join(path, k.value)) for k, v in node.value)

    def construct(self, node):
        """SafeConstructor's value of a scalar that is not a string. A short plain decimal integer
        (NER positions, scores: most of them) is read directly, as construct_yaml_int reads it;
        the rest, including whatever could fail, is left to the constructor."""
        value = node.value
        if (node.tag == _INT and len(value) <= 18 and value.isascii() and value.isdigit()
                and (value[0] != "0" or value == "0")):
            return int(value)
        try:
            return self.constructor.construct_object(node)
        except (ValueError, OverflowError) as exc:
            # A date that is no date ("2024-02-30"), or another scalar its type cannot hold: the
            # text, as a string, for the schema rules to judge (S105, S102), not the whole file
            # lost. PyYAML leaves the node marked as being built: unmark it.
            self.constructor.recursive_objects.pop(node, None)
            if node.tag != "tag:yaml.org,2002:timestamp":
                raise
            return value

    def neutralise(self, node, path: str) -> None:
        base = self.base
        self.retagged.append((node, node.tag))
        _problem(self.ep, "S008", f"{node.tag!r} is not a safe type; read as plain data",
                 offset=base + node.start_mark.index, end=base + node.end_mark.index,
                 evidence=node.tag, path=path or None)
        node.tag = _DEFAULT_TAG[type(node)]


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else str(key)


def _attach_values(ep: Episode, data: dict) -> None:
    """Set each Scalar.value to the constructed value found at its path."""
    stack: list[tuple[str, Any]] = [("", data)]
    scalars = ep.scalars
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            for k, v in value.items():
                stack.append((_join(path, k if isinstance(k, str) else str(k)), v))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                stack.append((f"{path}[{i}]", v))
        else:
            sc = scalars.get(path)
            if sc is not None:
                sc.value = value


def _align(text: str, start: int, end: int, style: str | None, value: str) -> list[int] | range | Alignment | None:
    """Map each character of a scalar's value to its offset in the source text.

    Walks value and source together: equal characters map one to one; source indentation and
    line breaks that folding turned into a space are skipped; `''` in single-quoted and escapes
    in double-quoted scalars map to their first source character. Returns None when the two
    cannot be aligned (the caller then falls back to the node start), and a range when the
    value stands verbatim in the source (most scalars).
    """
    s = start
    if style in ("'", '"'):
        s += 1
    elif style in ("|", ">"):
        nl = text.find("\n", s, end)
        if nl == -1:
            return None
        s = nl + 1
    n = len(value)
    limit = end
    # the one source character the per-character steps below treat specially in this style
    special = "'" if style == "'" else "\\" if style == '"' else ""
    if s + n <= limit and text.startswith(value, s) and not (special and special in value):
        return range(s, s + n)
    if style in ("", None, "'"):
        lines = _align_lines(text, s, limit, value, special)
        if lines is not None:
            return lines
    out = [0] * n
    vi = 0
    while vi < n:
        if s >= limit:
            return None
        c, sc = value[vi], text[s]
        if sc == c and c != special:
            # a run of characters equal in source and value (no special one) maps one to one
            stop = value.find(special, vi) if special else -1
            run = _common_length(text, s, value, vi, min(n if stop == -1 else stop, vi + limit - s) - vi)
            out[vi:vi + run] = range(s, s + run)
            vi += run
            s += run
        elif style == "'" and c == "'" and text.startswith("''", s):
            out[vi] = s
            vi += 1
            s += 2
        elif style == '"' and sc == "\\":
            nxt = text[s + 1] if s + 1 < limit else ""
            if nxt in "\r\n":  # escaped line break: joins lines, no value char
                s += 2
                while s < limit and text[s] in " \t\r\n":
                    s += 1
                continue
            width = {"x": 4, "u": 6, "U": 10}.get(nxt, 2)
            out[vi] = s
            vi += 1
            s += width
        elif sc == c:
            out[vi] = s
            vi += 1
            s += 1
        elif sc in " \t\r\n":
            # indentation or a folded line break: skipped up to the next character of the value
            # (c stays the same, so no other branch could apply in between)
            s += 1
            while s < limit and text[s] != c and text[s] in " \t\r\n":
                s += 1
        elif c in " \n":
            out[vi] = s  # a folded break with no indentation left in the source
            vi += 1
        else:
            return None
    return out


# A line break of a plain or single-quoted scalar with the white space after it: the blank lines
# and the indentation of the next line (matched at the line feed, found with str.find: a pattern
# starting with optional white space would be tried at every position of the scalar).
_LINE_BREAK = regexcache.compile(r"\n(?:[ \t\r]*\n)*[ \t]*")


def _align_lines(text: str, s: int, limit: int, value: str, special: str) -> Alignment | None:
    """`_align`'s walk for a plain or single-quoted scalar over several lines, a line at a time.

    Each line's text stands verbatim in the value (a single-quoted one's `''` as one `'`, mapped
    to its first quote), and each line break with its white space (`_LINE_BREAK`) became either
    one space or, with blank lines, one line feed per blank line. The walk maps such a space to
    the first space of the break (to the next line's first character if there is none) and the
    n-th line feed to the break's n-th line feed. None where the value is not made that way
    (the caller then walks character by character).
    """
    out = Alignment(len(value))
    n, vi = len(value), 0
    match = _LINE_BREAK.match
    while (nl := text.find("\n", s, limit)) != -1:
        a, b = nl, match(text, nl, limit).end()
        while a > s and text[a - 1] in " \t\r":
            a -= 1  # the line's trailing white space belongs to the break
        vi = out.verbatim(text, s, a, value, vi, special)
        if vi < 0 or vi >= n:
            return None
        feeds = text.count("\n", a, b) - 1
        if not feeds:
            if value[vi] != " ":
                return None
            space = text.find(" ", a, b)
            out.add(vi, 1, b if space == -1 else space)
            vi += 1
        else:
            if not value.startswith("\n" * feeds, vi):
                return None
            at = a - 1
            for _ in range(feeds):
                at = text.find("\n", at + 1, b)
                out.add(vi, 1, at)
                vi += 1
        s = b
    # the last line: the value's rest, then (single-quoted) the closing quote
    if special:
        vi = out.verbatim(text, s, limit - 1, value, vi, special)
    elif s + n - vi == limit:
        vi = out.verbatim(text, s, limit, value, vi, special)
    else:
        return None
    return out if vi == n else None


class Alignment:
    """The offsets of a scalar value's characters in the source, as runs: value[v:v + k] stands at
    text[o:o + k] for each run (v, o); `alignment[i]` is the offset of value[i].

    What `_align`'s list gives, without an int object per character (a folded quote of 300
    characters made 300 of them, most of its cost).
    """

    __slots__ = ("n", "values", "offsets")

    def __init__(self, n: int):
        self.n = n
        self.values: list[int] = []  # run starts in the value, increasing
        self.offsets: list[int] = []  # where each run starts in the text

    def add(self, v: int, k: int, o: int) -> None:
        if k:
            self.values.append(v)
            self.offsets.append(o)

    def verbatim(self, text: str, s: int, a: int, value: str, vi: int, special: str) -> int:
        """Map text[s:a], one line, onto value[vi:]: the value index after it, or -1 if it differs."""
        if special and text.find("''", s, a) != -1:
            for piece in text[s:a].split("''")[:-1]:
                if not value.startswith(piece + "'", vi):
                    return -1
                self.add(vi, len(piece) + 1, s)  # the value's ' maps to the first quote
                vi += len(piece) + 1
                s += len(piece) + 2
        if special and text.find("'", s, a) != -1:
            return -1  # a lone quote: the walk decides
        if not value.startswith(text[s:a], vi):
            return -1
        self.add(vi, a - s, s)
        return vi + a - s

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> int:
        if not 0 <= i < self.n:
            raise IndexError(i)
        k = bisect.bisect_right(self.values, i) - 1
        return self.offsets[k] + i - self.values[k]

    def __iter__(self):
        ends = [*self.values[1:], self.n]
        for v, o, e in zip(self.values, self.offsets, ends):
            yield from range(o, o + e - v)


def _common_length(text: str, s: int, value: str, vi: int, cap: int) -> int:
    """Length of the common prefix of text[s:] and value[vi:], at most `cap`; text[s] == value[vi].

    Folding makes most runs end at the source's next line break, which is tried first; then the
    run is bracketed by doubling steps and bisected, comparing slices.
    """
    if cap == 1 or text[s + 1] != value[vi + 1]:
        return 1
    nl = text.find("\n", s, s + cap)
    if nl != -1 and text.startswith(value[vi:vi + nl - s], s) and text[nl] != value[vi + nl - s]:
        return nl - s
    known, step = 2, 16  # text[s:s + known] == value[vi:vi + known]
    while True:
        probe = min(known + step, cap)
        if not text.startswith(value[vi + known:vi + probe], s + known):
            break
        known = probe
        if known == cap:
            return cap
        step *= 2
    while probe - known > 1:  # the prefix of `known` chars is equal, of `probe` chars is not
        mid = (known + probe) // 2
        if text.startswith(value[vi + known:vi + mid], s + known):
            known = mid
        else:
            probe = mid
    return known
