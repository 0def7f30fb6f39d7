"""Compiled regular expressions kept between runs, as Python keeps bytecode in `__pycache__`.

audit builds some 470 patterns from its rule sets when it starts, many of them large alternations
generated from the glossary; compiling them took about 0.5 s of a one-file `audit check` (1.4 s).
Python's `re` compiles in two steps: the pattern is parsed and turned into the regex engine's code
in Python (nearly all of the time), then `_sre.compile` builds the pattern object from that code
in C. `compile` here does the first step once per pattern and machine: the code is kept in one
file in the user's cache folder (`$XDG_CACHE_HOME/audit`, else `~/.cache/audit`) and later runs
hand it straight to `_sre.compile`.

The file's name carries the interpreter's cache tag and the engine's `MAGIC`, so another Python
never reads it; it is JSON (loading it cannot run code) and the engine checks the code it is given.
Anything unexpected -- an interpreter whose internals differ (checked once at import against
`re.compile`), a damaged or foreign file, a cache folder that cannot be written -- falls back to
`re.compile`, silently: the cache only ever saves time. `AUDIT_REGEX_CACHE=0` turns it off.

It is meant for the patterns built from the rule sets and the glossary, the same on every run.
Patterns built from an episode's own data (a name, the sponsors it mentions) go to `re.compile`
and its bounded cache: kept here they would be remembered for ever and written to the file. Past
`MAX_PATTERNS` in one run, `compile` is `re.compile` too.

A run that compiles a new pattern rewrites the file with the patterns it used, and keeps the
others the file held until `KEEP_SAVES` rewrites in a row have not used them: runs with other rule
sets (a `--rules` folder, another project, another version of audit) take turns without evicting
each other's patterns, and what no run uses any more drops out. A row's code is decoded only when
a run asks for its pattern.
"""

from __future__ import annotations

import atexit
import base64
import json
import os
import re
import sys
from array import array
from itertools import islice
from pathlib import Path

from .atomic import write_text_atomic

try:  # the engine's internals: present in CPython 3.11-3.13, checked by `_works` below
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another implementation
    _sre = _compiler = _parser = None

FORMAT = 2  # rows: pattern, is_bytes, flags, final flags, code (base64), groups, groupindex, indexgroup, age
MAX_PATTERNS = 4096  # the rule sets make ~500; a run never holds more than this many here
KEEP_SAVES = 3  # a pattern no run used in this many rewrites of the file in a row is dropped
# and the patterns of other runs are kept only up to this size (~2 rule sets: the shipped ones make
# 42.3M since session 61's 5,600-odd glossary names (30.4M at session 57), a --rules glossary adds
# about as much again)
MAX_FILE_CHARS = 100_000_000
_Key = tuple  # (pattern, is_bytes, flags)

_loaded: dict[_Key, list] = {}  # what the cache file held: its rows as read, decoded when asked for
_used: dict[_Key, list] = {}  # what this run compiled, with its code (saved at exit if new)
_compiled: dict[_Key, re.Pattern] = {}  # the pattern objects this run made
_state = {"loaded": False, "dirty": False, "path": None}


def cache_folder() -> Path | None:
    """`$XDG_CACHE_HOME/audit` (else `~/.cache/audit`), or None when off (`AUDIT_REGEX_CACHE=0`)
    or when the home folder is unknown (no cache rather than one in the current folder)."""
    if os.environ.get("AUDIT_REGEX_CACHE", "1") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "audit" if os.path.isabs(base) else None


def cache_path() -> Path | None:
    """The cache file for this interpreter, or None when the cache is off or unusable."""
    folder = cache_folder()
    if folder is None or _sre is None:
        return None
    tag = sys.implementation.cache_tag or "unknown"
    return folder / f"regex-{tag}-{_sre.MAGIC}-{_sre.CODESIZE}.json"


def read_json(path: Path | None):
    """The JSON in cache file `path`, or None when there is none or it cannot be read."""
    if path is None:
        return None
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None


def write_json(path: Path, data) -> None:
    """Replace cache file `path` with `data` as JSON, whole or not at all; a failure to write
    (read-only home, full disk) is ignored: a cache only saves time."""
    try:
        write_text_atomic(path, json.dumps(data))  # ASCII: a lone surrogate cannot fail the write
    except (OSError, ValueError, OverflowError):
        pass


def _generate(pattern, flags: int) -> list:
    """[flags, code, groups, groupindex, indexgroup]: what `re` hands `_sre.compile` (the slow step)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return [flags | p.state.flags, code, p.state.groups - 1, groupindex, indexgroup]


def _build(pattern, parts: list) -> re.Pattern:
    final, code, groups, groupindex, indexgroup = parts
    return _sre.compile(pattern, final, code, groups, groupindex, tuple(indexgroup))


def _works() -> bool:
    """Whether this interpreter's `re` compiles the way `_generate` and `_build` assume: the
    patterns they make must equal `re.compile`'s (equal patterns have equal code and flags)."""
    if _sre is None or array("I").itemsize != _sre.CODESIZE:
        return False  # the file stores the code as unsigned ints of the engine's code size
    try:
        for pattern, flags in ((r"(?P<a>x+)(y)?(?:z|\w{2,}?)\b", re.IGNORECASE), (rb"(?i)[a-c]+$", 0)):
            if _build(pattern, _generate(pattern, flags)) != re.compile(pattern, flags):
                return False
            if _build(pattern, _generate(pattern, flags)).groupindex != re.compile(pattern, flags).groupindex:
                return False
    except Exception:  # noqa: BLE001 - any difference in the internals means: do not use them
        return False
    return True


_ENABLED = _works()


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's name
    """`re.compile(pattern, flags)`, from the cache file's code when it has this pattern; the same
    object again for the same pattern (as `re`'s own cache gives)."""
    if not _ENABLED or isinstance(pattern, re.Pattern):
        return re.compile(pattern, flags)
    flags = int(flags)
    key = (pattern, isinstance(pattern, bytes), flags)
    compiled = _compiled.get(key)
    if compiled is not None:
        return compiled
    if len(_compiled) >= MAX_PATTERNS:
        return re.compile(pattern, flags)
    if not _state["loaded"]:
        _load()
    row = _loaded.get(key)
    if row is not None:
        try:
            parts = _decode(row)
            compiled = _build(pattern, parts)
        except Exception:  # noqa: BLE001 - a damaged entry: compile it afresh
            compiled = None
    if compiled is None:
        try:
            parts = _generate(pattern, flags)
        except re.error:
            return re.compile(pattern, flags)  # raises the same error, with re's message
        compiled = _build(pattern, parts)
        if _state["path"] is not None and not _state["dirty"]:
            _state["dirty"] = True
            atexit.register(save)
    _used[key] = parts
    _compiled[key] = compiled
    return compiled


def _load() -> None:
    _state["loaded"] = True
    _state["path"] = cache_path()
    data = read_json(_state["path"])
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("patterns"), list):
        return  # none, damaged or foreign: compiled afresh and rewritten at exit
    try:
        for row in data["patterns"]:
            pat, is_bytes, flags = row[:3]
            if len(row) != 9 or not isinstance(pat, str) or not isinstance(row[8], int):
                continue  # a damaged row: its pattern is compiled afresh if a run asks for it
            _loaded[(base64.b64decode(pat) if is_bytes else pat, bool(is_bytes), flags)] = row
    except (ValueError, TypeError, KeyError, AttributeError):
        _loaded.clear()  # damaged or foreign: compiled afresh and rewritten at exit


def _decode(row: list) -> list:
    """A file row's [final flags, code, groups, groupindex, indexgroup] (see `_generate`)."""
    final, code, groups, groupindex, indexgroup = row[3:8]
    words = array("I")
    words.frombytes(base64.b64decode(code))
    return [final, words.tolist(), groups, groupindex, indexgroup]


def save() -> None:
    """Write the patterns this run used to the cache file (whole or not at all), if any was new,
    and the file's other patterns that a recent rewrite used (see the module's docstring).

    Called at exit; a failure to write (read-only home, full disk) is ignored.
    """
    path = _state["path"]
    if not _state["dirty"] or path is None:
        return
    _state["dirty"] = False
    rows = []
    for (pat, is_bytes, flags), (final, code, groups, groupindex, indexgroup) in _used.items():
        words = array("I", code)
        rows.append([base64.b64encode(pat).decode() if is_bytes else pat, is_bytes, flags, final,
                     base64.b64encode(words.tobytes()).decode(), groups, groupindex, indexgroup, 0])
    old = ((key, row[8], row, len(row[0]) + len(row[4])) for key, row in _loaded.items())
    kept = carried_over(old, _used, sum(len(r[0]) + len(r[4]) for r in rows), MAX_FILE_CHARS)
    rows += [[*row[:8], age] for _, row, age in islice(kept, max(0, 2 * MAX_PATTERNS - len(rows)))]
    write_json(path, {"format": FORMAT, "python": sys.version, "patterns": rows})


def carried_over(old, used, size: int, limit: int):
    """The entries of an old cache file to write again beside this run's (whose keys are `used`):
    those fewer than `KEEP_SAVES` rewrites in a row have left unused, in the file's order (the
    most recently used first), while the file stays within `limit` characters (`size` taken).

    `old` gives (key, age, item, characters); the result (key, item, age + 1). The rule sets'
    cache (`ruleset._save_files`) keeps its entries by the same policy.
    """
    for key, age, item, chars in old:
        if key in used or age + 1 >= KEEP_SAVES:
            continue
        size += chars
        if size > limit:
            return
        yield key, item, age + 1
