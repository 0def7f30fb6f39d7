"""Values derived from the rule sets, kept between runs as `regexcache` keeps compiled patterns.

Before its first episode a run derives values from the rule sets and the glossary that take
longer to build than to read: the trie of a list of names (`textmatch.trie_pattern`), the literal
strings every match of a pattern holds (`prefilter.Gated`). Together they cost a fresh process
about 600M instructions (0.1-0.2 s). `remembered(kind, key, compute)` returns `compute()` the
first time a key is asked on a machine, and the stored value after that.

Values are JSON (loading the file cannot run code). The file is in regexcache's cache folder and
named with this module's `FORMAT`. A key is hashed with the source of the module whose code derives
its values (`owner`): a new version of that code never reads an older version's values. The file is
rewritten at exit when a run derived something new, keeping the other values by regexcache's policy
(what a few rewrites in a row have not used drops out). Like that cache, it only ever saves time:
a missing, damaged or unwritable file means values are derived again, and `AUDIT_REGEX_CACHE=0`
turns it off.
"""

from __future__ import annotations

import atexit
import hashlib
import sys
from typing import Any, Callable

from . import regexcache

FORMAT = 1
MAX_FILE_CHARS = 4_000_000

_loaded: dict[str, list] = {}  # key -> [value, age], as the file held them
_used: dict[str, Any] = {}  # key -> value, of this run
_owners: dict[str, str] = {}  # module name -> hash of its source
_state = {"loaded": False, "dirty": False, "path": None}


def remembered(owner: str, kind: str, key: str, compute: Callable[[], Any]) -> Any:
    """compute(), a JSON value, from the cache file when it holds `key` of `kind` as derived by
    the present source of module `owner` (e.g. "audit.prefilter")."""
    code = _owner_hash(owner)
    if code is None:
        return compute()
    digest = hashlib.sha256(f"{kind}\0{code}\0{key}".encode("utf-8", "surrogatepass")).hexdigest()
    if digest in _used:
        return _used[digest]
    if not _state["loaded"]:
        _load()
    entry = _loaded.get(digest)
    if entry is not None:
        value = entry[0]
    else:
        value = compute()
        if _state["path"] is not None and not _state["dirty"]:
            _state["dirty"] = True
            atexit.register(save)
    _used[digest] = value
    return value


def _owner_hash(owner: str) -> str | None:
    code = _owners.get(owner)
    if code is None:
        try:
            with open(sys.modules[owner].__file__, "rb") as fh:
                code = hashlib.sha256(fh.read()).hexdigest()
        except (KeyError, TypeError, OSError):
            return None  # no source to tell versions apart: derive every time
        _owners[owner] = code
    return code


def cache_path():
    folder = regexcache.cache_folder()
    return None if folder is None else folder / f"derived-{FORMAT}.json"


def _load() -> None:
    _state["loaded"] = True
    _state["path"] = cache_path()
    data = regexcache.read_json(_state["path"])
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("values"), dict):
        return  # none, damaged or foreign: derived afresh and rewritten at exit
    for digest, entry in data["values"].items():
        if isinstance(entry, list) and len(entry) == 2 and isinstance(entry[1], int):
            _loaded[digest] = entry


def save() -> None:
    """Write this run's values and the recently used others (see the module's docstring)."""
    path = _state["path"]
    if not _state["dirty"] or path is None:
        return
    _state["dirty"] = False
    values = {digest: [value, 0] for digest, value in _used.items()}
    size = sum(len(repr(v)) for v in _used.values())
    old = ((digest, entry[1], entry, len(repr(entry[0]))) for digest, entry in _loaded.items())
    for digest, entry, age in regexcache.carried_over(old, _used, size, MAX_FILE_CHARS):
        values[digest] = [entry[0], age]
    regexcache.write_json(path, {"format": FORMAT, "values": values})
