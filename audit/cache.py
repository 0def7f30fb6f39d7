"""Per-file result cache in `.audit_cache/`, keyed on everything that can change a file's findings.

Key = sha256 of (file bytes, display path, knowledge digest, settings, rule selection, audit
version). A hit skips reading YAML altogether, which is what makes a warm run cheap. Entries are
JSON (never pickle: a cache folder in a work tree must not be able to run code), written to a
temporary file and moved into place with `os.replace`, so two runs sharing the folder never see a
half-written entry; an unreadable or foreign entry is a miss.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

from . import __version__
from .findings import Edit, Finding, Fix, Severity
from .atomic import write_text_atomic
from .ruleset import RuleSetError, default_rules_dir

CACHE_DIR = ".audit_cache"
FORMAT = 2  # 2: findings stored as arrays
_code_digest: str | None = None


def code_digest() -> str:
    """Hash of the package's own source, so a changed rule never serves stale cached results."""
    global _code_digest
    if _code_digest is None:
        h = hashlib.sha256()
        root = Path(__file__).resolve().parent
        for p in sorted(root.rglob("*.py")):
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
        _code_digest = h.hexdigest()[:16]
    return _code_digest


def rules_digest(extra_dirs) -> str:
    """Hash of every rule-set file the run would load (without parsing them)."""
    h = hashlib.sha256()
    for d in [default_rules_dir(), *[Path(x) for x in extra_dirs]]:
        if not d.is_dir():
            raise RuleSetError(f"{d}: rule-set folder does not exist")
        h.update(str(d.resolve()).encode())
        for p in sorted(d.glob("*.yaml")) + sorted(d.glob("*.yml")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


class RuleInfo:
    """A rule as the cache remembers it: enough to select rules, key the cache and render SARIF
    without importing the rule modules. Called like a rule class, it returns a configured copy."""

    def __init__(self, d: dict):
        self.code, self.name, self.family = d["code"], d["name"], d["family"]
        self.severity = Severity(d["severity"])
        self.summary, self.fixable = d["summary"], d["fixable"]
        self.options = d["options"]
        self.opt_in, self.opt_in_setting = d["opt_in"], d["opt_in_setting"]
        self._doc = d["doc"]
        self.opts = dict(self.options)

    def __call__(self, severity=None, options=None) -> RuleInfo:
        view = copy.copy(self)
        if severity is not None:
            view.severity = severity
        view.opts = {**self.options, **(options or {})}
        return view

    def doc(self) -> str:
        return self._doc


def _index_path(folder: Path, extra_dirs) -> Path:
    return Path(folder) / f"v{FORMAT}" / f"rules-{__version__}-{code_digest()}-{rules_digest(extra_dirs)}.json"


def load_rule_index(folder: Path, extra_dirs) -> dict | None:
    try:
        data = json.loads(_index_path(folder, extra_dirs).read_text(encoding="utf-8"))
        return {d["code"]: RuleInfo(d) for d in data}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_rule_index(folder: Path, extra_dirs, rule_classes: dict) -> None:
    try:
        data = [{"code": c.code, "name": c.name, "family": c.family, "severity": int(c.severity),
                 "summary": c.summary, "fixable": c.fixable, "options": dict(c.options),
                 "opt_in": bool(getattr(c, "opt_in", False)), "opt_in_setting": getattr(c, "opt_in_setting", ""),
                 "doc": c.doc()} for c in rule_classes.values()]
        blob = json.dumps(data, ensure_ascii=False)
        if json.loads(blob) != json.loads(json.dumps(data, ensure_ascii=False, default=str)):
            return
    except (TypeError, ValueError):
        return  # an option default JSON cannot hold: always load the real rules
    prepare(Path(folder))
    _write_atomic(_index_path(folder, extra_dirs), blob)


def _write_atomic(path: Path, blob: str) -> None:
    try:
        write_text_atomic(path, blob)
    except OSError:
        pass  # a read-only or full disk only costs speed


class Cache:
    def __init__(self, folder: Path, context: dict):
        self.folder = Path(folder) / f"v{FORMAT}"
        blob = json.dumps({"version": __version__, "format": FORMAT, **context}, sort_keys=True, default=str)
        self.salt = hashlib.sha256(blob.encode()).digest()
        self.hits = self.misses = 0
        self._ready = False

    def key(self, raw: bytes, display: str) -> str:
        h = hashlib.sha256(self.salt)
        h.update(display.encode("utf-8", "surrogateescape"))
        h.update(b"\0")
        h.update(raw)
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        """Whether an entry for `key` exists (`get` still checks that it is readable and ours)."""
        return self._path(key).is_file()

    def get(self, key: str):
        from .engine import FileResult
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            if data.get("key") != key:
                raise ValueError("foreign entry")
            result = FileResult(data["file"], [_finding(d) for d in data["findings"]], data["error"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, result) -> None:
        path = self._path(key)
        data = {"key": key, "file": result.file, "error": result.error,
                "findings": [_finding_data(f) for f in result.findings]}
        try:
            blob = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError):
            return  # a rule put something in `extra` that JSON cannot hold: not cached
        if not self._ready:
            self._prepare()
        _write_atomic(path, blob)

    def _prepare(self) -> None:
        prepare(self.folder.parent)
        self._ready = True


def prepare(root: Path) -> None:
    """Create the cache folder, tagged as a cache and ignored by git (so --changed-since and
    `git status` never see it)."""
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    for name, text in (("CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n"
                                        "# This folder is a cache of `audit check` results.\n"),
                       (".gitignore", "# created by audit\n*\n")):
        p = root / name
        if not p.exists():
            try:
                p.write_text(text, encoding="utf-8")
            except OSError:
                pass


# A finding is stored as a list in Finding's field order (a JSON array decodes faster than an
# object and needs no keys), its fix as [applicability, description, [[start, end, text]...], fields].

def _finding_data(f: Finding) -> list:
    fix = None
    if f.fix is not None:
        fix = [f.fix.applicability, f.fix.description, [[e.start, e.end, e.replacement] for e in f.fix.edits],
               list(f.fix.fields)]
    return [f.file, f.rule, f.name, f.family, int(f.severity), f.field, f.line, f.column, f.end_line,
            f.end_column, f.message, f.evidence, fix, f.start, f.end, f.extra]


_SEVERITY = {int(s): s for s in Severity}


def _finding(d: list) -> Finding:
    (file, rule, name, family, severity, field, line, column, end_line, end_column, message, evidence,
     fix, start, end, extra) = d
    if fix is not None:
        fix = Fix(fix[0], fix[1], tuple(Edit(*e) for e in fix[2]), tuple(fix[3]))
    if not isinstance(extra, dict):
        raise TypeError("extra")
    if "edit_positions" in extra:
        extra["edit_positions"] = [tuple(p) for p in extra["edit_positions"]]
    return Finding(file, rule, name, family, _SEVERITY[severity], field, line, column, end_line, end_column,
                   message, evidence, fix, start, end, extra)
