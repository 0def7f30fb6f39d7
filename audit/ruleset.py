"""Load the YAML rule sets (the knowledge in `rules/`) and validate them loudly.

Rule-set folders are layered: the defaults shipped inside the package first, then each folder the
user adds (`--rules DIR` or config). A file of the same name in a later folder extends the earlier
one: mappings merge, lists extend, scalars override. Every knowledge file is typed on load by the
module that uses it (see `Knowledge.get`), and a bad file stops the run with its file and key.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml

from . import regexcache


class RuleSetError(Exception):
    """A rule set or config that cannot be used. The CLI prints it on one line and exits 2."""


def default_rules_dir() -> Path:
    """The rule sets shipped with the package: `audit/rules` when installed (package data mapped
    from the top-level `rules/` folder), `rules/` beside the package in a checkout or editable install."""
    here = Path(__file__).resolve().parent
    installed = here / "rules"
    if (installed / "glossary.yaml").is_file():
        return installed
    return here.parent / "rules"


def read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleSetError(f"{path}: cannot read: {exc}") from None
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    cached = _parsed_files().get(key)
    if cached is not None:
        _used_files[key] = cached[0]
        return json.loads(cached[0])
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()  # parsed once: checked for repeated keys, then constructed
        repeated = _repeated_key(node)
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RuleSetError(f"{path}{where}: invalid YAML: {problem}") from None
    finally:
        loader.dispose()
    if repeated is not None:
        # (YAML would let the second replace the first silently: a list of words lost)
        raise RuleSetError(f"{path}:{repeated.start_mark.line + 1}:{repeated.start_mark.column + 1}: "
                           f"key {repeated.value!r} appears twice in one mapping")
    _remember(key, data)
    return data


def _repeated_key(node) -> yaml.Node | None:
    """The second occurrence of a key in a mapping of the document `node`, or None (parsed files
    only: the JSON cache holds files that had none)."""
    stack = [node] if node is not None else []
    visited: set[int] = set()  # (an alias is the same node again: each is walked once)
    while stack:
        n = stack.pop()
        if id(n) in visited:
            continue
        visited.add(id(n))
        if isinstance(n, yaml.MappingNode):
            seen = set()
            for k, v in n.value:
                if isinstance(k, yaml.ScalarNode):
                    if k.value in seen:
                        return k
                    seen.add(k.value)
                stack.append(v)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return None


# Rule-set files as parsed before, by the SHA-256 of their text: the shipped rule sets take ~0.1 s
# to read as YAML on every run, a few ms as JSON. Kept in one file beside the compiled regular
# expressions (see regexcache: the same folder, the same off switch and the same policy: a run
# that parses a new file rewrites it with the files it read, and keeps the others until
# `regexcache.KEEP_SAVES` rewrites in a row have not read them). Only data that JSON gives back
# exactly is kept: a file with a YAML date or a key that is no string is read from its YAML every time.
_FILES_FORMAT = 2  # {hash: [JSON text, rewrites since a run read it]}
_MAX_FILES_CHARS = 4_000_000
_files: dict[str, list] | None = None  # what the cache file held
_used_files: dict[str, str] = {}  # what this run read
_new_files: list[str] = []  # hashes this run parsed from YAML


def _files_path() -> Path | None:
    folder = regexcache.cache_folder()
    return None if folder is None else folder / f"rulesets-{_FILES_FORMAT}.json"


def _parsed_files() -> dict[str, list]:
    global _files
    if _files is None:
        _files = {}
        data = regexcache.read_json(_files_path())
        if isinstance(data, dict) and all(isinstance(v, list) and len(v) == 2 and isinstance(v[0], str)
                                          and isinstance(v[1], int) for v in data.values()):
            _files = data  # (missing or damaged: the YAML is read, and the file rewritten at exit)
    return _files


def _remember(key: str, data: Any) -> None:
    try:
        text = json.dumps(data, ensure_ascii=False)
        if json.loads(text) != data:
            return
    except (TypeError, ValueError, RecursionError):
        return
    if not _new_files:
        atexit.register(_save_files)
    _new_files.append(key)
    _used_files[key] = text


def _save_files() -> None:
    path = _files_path()
    if path is None or not _new_files:
        return
    _new_files.clear()
    out = {key: [text, 0] for key, text in _used_files.items()}
    old = ((key, age, text, len(text)) for key, (text, age) in (_files or {}).items())
    for key, text, age in regexcache.carried_over(old, out, sum(len(t) for t in _used_files.values()), _MAX_FILES_CHARS):
        out[key] = [text, age]
    regexcache.write_json(path, out)


# Knowledge loaded in this process, by its folders and the SHA-256 of each file's bytes (see
# `Knowledge.load`); the oldest goes when more are kept.
_loaded: dict[tuple, Knowledge] = {}
_KEEP_LOADED = 4


def _file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # (read_yaml says why the file cannot be read)


def merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return extra


@dataclass
class Knowledge:
    """All rule-set files of the run, merged across folders, parsed on first use."""

    dirs: list[Path]
    raw: dict[str, Any] = field(default_factory=dict)  # file name -> merged YAML
    sources: dict[str, list[Path]] = field(default_factory=dict)
    _parsed: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, extra_dirs: list[Path | str] = ()) -> Knowledge:
        """The rule sets of the shipped folder and `extra_dirs`. Loading the same folders with the
        same files again (another Auditor in one process: a test suite, a program auditing in a loop)
        gives the same Knowledge back, with the tables its rules built from it (the glossary's
        matchers take ~0.5 s to build); a file changed, added or removed gives a new one."""
        dirs = [default_rules_dir(), *[Path(d) for d in extra_dirs]]
        files = []
        for d in dirs:
            if not d.is_dir():
                raise RuleSetError(f"{d}: rule-set folder does not exist")
            files.extend(sorted(d.glob("*.yaml")) + sorted(d.glob("*.yml")))
        key = (tuple(map(str, dirs)), tuple((str(p), _file_digest(p)) for p in files))
        known = _loaded.get(key)
        if known is not None:
            return known
        kn = cls(dirs=dirs)
        for path in files:
            data = read_yaml(path)
            if data is None:
                continue
            name = path.stem
            kn.raw[name] = merge(kn.raw[name], data) if name in kn.raw else data
            kn.sources.setdefault(name, []).append(path)
        if len(_loaded) >= _KEEP_LOADED:
            _loaded.pop(next(iter(_loaded)))
        _loaded[key] = kn
        return kn

    def where(self, name: str) -> str:
        return ", ".join(str(p) for p in self.sources.get(name, [])) or f"{name}.yaml"

    def get(self, name: str, parse: Callable[[Any, str], Any], required: bool = True) -> Any:
        """The typed content of rule file `name`, parsed once by `parse(data, where)`."""
        if name not in self._parsed:
            if name not in self.raw:
                if required:
                    raise RuleSetError(f"{name}.yaml: rule-set file not found in {', '.join(map(str, self.dirs))}")
                self._parsed[name] = parse({}, name + ".yaml")
            else:
                self._parsed[name] = parse(self.raw[name], self.where(name))
        return self._parsed[name]

    def digest(self) -> str:
        """Stable hash of every rule-set file (for caches and the report footer)."""
        h = hashlib.sha256()
        for name in sorted(self.sources):
            for p in self.sources[name]:
                h.update(p.name.encode())
                h.update(p.read_bytes())
        return h.hexdigest()[:16]

    def version(self) -> str:
        meta = self.raw.get("glossary") or {}
        return f"{meta.get('version', 1)}-{self.digest()[:8]}"


# --- small typed-access helpers for parse functions -------------------------------------------

def expect(data: Any, kind: type | tuple, where: str, key: str) -> Any:
    if not isinstance(data, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise RuleSetError(f"{where}: {key}: expected {names}, got {type(data).__name__}")
    return data


def known_keys(data: dict, allowed: set[str], where: str, key: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise RuleSetError(f"{where}: {key}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")


def str_list(data: Any, where: str, key: str) -> list[str]:
    if data is None:
        return []
    expect(data, list, where, key)
    for i, item in enumerate(data):
        expect(item, str, where, f"{key}[{i}]")
    return list(data)


def regex_list(patterns: list[str], where: str, key: str, flags=re.I) -> re.Pattern:
    """The regexes of a rule file's list `key`, each checked (an invalid one is a RuleSetError
    naming its index), as the alternatives of one pattern; a pattern that matches nothing when the
    list is empty."""
    for i, p in enumerate(patterns):
        try:
            regexcache.compile(p)
        except re.error as exc:
            raise RuleSetError(f"{where}: {key}[{i}]: invalid regular expression: {exc}") from None
    return regexcache.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", flags)
