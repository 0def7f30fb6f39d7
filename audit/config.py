"""Settings of a run, the user's config file, and rule selection (by code, prefix, name or family).

Layered like yamllint's: defaults, then `[tool.audit]` in pyproject.toml or `audit.toml` (found by
walking up from the paths), then CLI flags (which win). Unknown keys, bad values and selectors that
match no rule are errors (exit 2) that name the file and the key.

    [tool.audit]                       # or, in audit.toml, the same keys at the top level
    select = ["ALL"]                   # codes, prefixes, names or families
    ignore = ["M303"]
    extend-select = []
    per-file-ignores = {"episodes/legacy/*" = ["N201", "entity-noise"]}
    severity = {M303 = "error", sponsor = "info"}
    fail-on = "warning"                # error | warning | info | never
    include = ["*.md", "*.txt"]        # file-name globs searched in folders
    exclude = ["drafts/*"]             # globs on the path (relative to the config file) or name
    rules = ["audit-rules"]            # extra rule-set folders, relative to the config file
    options = {M303 = {threshold = 90}}
    report-unused-suppressions = true  # S201: `# audit: ignore[...]` that silences nothing
    jobs = 4
    cache = true                       # results cached in .audit_cache/ next to the config
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .findings import FAMILIES, Severity
from .ruleset import RuleSetError

FAIL_ON = ("error", "warning", "info", "never")
CONFIG_NAMES = ("audit.toml", "pyproject.toml")  # audit.toml wins when a folder has both


@dataclass
class Settings:
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)  # glob -> selectors
    severity: dict[str, str] = field(default_factory=dict)  # rule code/prefix/name/family -> severity
    options: dict[str, dict] = field(default_factory=dict)  # rule code -> option overrides
    fail_on: str = "error"
    rules_dirs: list[Path] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: ["*.md", "*.txt"])
    exclude: list[str] = field(default_factory=list)
    report_unused_suppressions: bool = False
    jobs: int = 1
    batch_size: int = 16
    executor: str = "local"  # or "dask": a dask.distributed cluster (see audit/dask_executor.py)
    scheduler: str | None = None  # the Dask scheduler's address; None: a LocalCluster
    cache: bool = True
    root: Path | None = None  # folder of the config file (None: none found); anchors relative paths
    config_file: Path | None = None

    def fail_threshold(self) -> Severity | None:
        if self.fail_on not in FAIL_ON:
            raise RuleSetError(f"--fail-on: {self.fail_on!r} is not one of {', '.join(FAIL_ON)}")
        return None if self.fail_on == "never" else Severity.parse(self.fail_on)

    def project_root(self) -> Path:
        return self.root if self.root is not None else Path.cwd()

    def ignored_for(self, display: str) -> list[str]:
        """Selectors that `per-file-ignores` turns off for the file shown as `display`."""
        if not self.per_file_ignores:
            return []
        names = _match_names(display, self.project_root())
        out: list[str] = []
        for glob, selectors in self.per_file_ignores.items():
            if any(fnmatch.fnmatch(n, glob) for n in names):
                out.extend(selectors)
        return out

    def cache_key_data(self) -> dict:
        """What of the settings changes a file's findings (the cache keys on it)."""
        return {
            "select": self.select, "ignore": self.ignore, "extend_select": self.extend_select,
            "per_file_ignores": self.per_file_ignores, "severity": self.severity,
            "options": self.options, "report_unused_suppressions": self.report_unused_suppressions,
            "rules_dirs": [str(Path(d).resolve()) for d in self.rules_dirs],
            "root": str(self.project_root().resolve()),
        }


def resolved(path: str | Path) -> Path:
    """`Path(path).resolve()`, or the absolute path where a symbolic link loop stops resolving it
    (Python 3.11 raises RuntimeError there, later versions OSError): the loader then reports the
    file it cannot read (S001) instead of the run ending in a traceback."""
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError):
        return Path(os.path.abspath(path))


def _match_names(display: str, root: Path) -> list[str]:
    """The names a path glob is tried on: as shown, relative to the root, and the bare file name."""
    names = [display.replace(os.sep, "/"), Path(display).name]
    try:
        names.append(resolved(display).relative_to(resolved(root)).as_posix())
    except ValueError:
        pass
    return names


def path_excluded(display: str, globs: list[str], root: Path) -> bool:
    if not globs:
        return False
    names = _match_names(display, root)
    return any(fnmatch.fnmatch(n, g) for n in names for g in globs)


# --- the config file ------------------------------------------------------------------------------

_KEYS = {
    "select", "ignore", "extend-select", "per-file-ignores", "severity", "fail-on", "include",
    "exclude", "rules", "options", "report-unused-suppressions", "jobs", "cache",
}


def find_config(paths: Iterable[str | Path]) -> Path | None:
    """The nearest audit.toml, or pyproject.toml with a [tool.audit] table, above the paths."""
    paths = [Path(p) for p in paths] or [Path.cwd()]
    absolute = [resolved(p) for p in paths]
    start = Path(os.path.commonpath([str(p) for p in absolute])) if absolute else Path.cwd()
    if start.is_file() or not start.exists():
        start = start.parent
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml":
                if _read_toml(candidate).get("tool", {}).get("audit") is None:
                    continue
            return candidate
    return None


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise RuleSetError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleSetError(f"{path}: invalid TOML: {exc}") from None


def load_config(path: Path, settings: Settings | None = None) -> Settings:
    """Settings from a config file (audit.toml, or the [tool.audit] table of pyproject.toml)."""
    settings = settings or Settings()
    data = _read_toml(path)
    if path.name != "audit.toml":  # pyproject.toml or any other TOML given with --config
        data = data.get("tool", {}).get("audit", {})
        where = f"{path}: [tool.audit]"
    else:
        where = str(path)
    if not isinstance(data, dict):
        raise RuleSetError(f"{where}: expected a table")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise RuleSetError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_KEYS))})")
    root = path.resolve().parent
    settings.root, settings.config_file = root, path

    def str_list(key: str) -> list[str]:
        value = data[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise RuleSetError(f"{where}: {key}: expected a list of strings, got {value!r}")
        return [v.strip() for v in value]

    for key, attr in (("select", "select"), ("ignore", "ignore"), ("extend-select", "extend_select"),
                      ("include", "include"), ("exclude", "exclude")):
        if key in data:
            setattr(settings, attr, str_list(key))
    if "rules" in data:
        settings.rules_dirs = [root / d for d in str_list("rules")]
    if "fail-on" in data:
        if data["fail-on"] not in FAIL_ON:
            raise RuleSetError(f"{where}: fail-on: {data['fail-on']!r} is not one of {', '.join(FAIL_ON)}")
        settings.fail_on = data["fail-on"]
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict):
            raise RuleSetError(f"{where}: severity: expected a table of rule = severity")
        for key, value in sev.items():
            try:
                Severity.parse(value)
            except ValueError as exc:
                raise RuleSetError(f"{where}: severity.{key}: {exc}") from None
        settings.severity = {k: str(v) for k, v in sev.items()}
    if "per-file-ignores" in data:
        pfi = data["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise RuleSetError(f"{where}: per-file-ignores: expected a table of glob = [rules]")
        out = {}
        for glob, value in pfi.items():
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise RuleSetError(f"{where}: per-file-ignores.{glob!r}: expected a list of rules")
            out[glob] = value
        settings.per_file_ignores = out
    if "options" in data:
        opts = data["options"]
        if not isinstance(opts, dict) or not all(isinstance(v, dict) for v in opts.values()):
            raise RuleSetError(f"{where}: options: expected tables of rule options ([options.M303])")
        settings.options = {k.upper(): dict(v) for k, v in opts.items()}
    for key, attr in (("report-unused-suppressions", "report_unused_suppressions"), ("cache", "cache")):
        if key in data:
            if not isinstance(data[key], bool):
                raise RuleSetError(f"{where}: {key}: expected true or false, got {data[key]!r}")
            setattr(settings, attr, data[key])
    if "jobs" in data:
        jobs = data["jobs"]
        if not isinstance(jobs, int) or isinstance(jobs, bool) or not 1 <= jobs <= 256:
            raise RuleSetError(f"{where}: jobs: expected a number from 1 to 256, got {jobs!r}")
        settings.jobs = jobs
    return settings


# --- rule selection ---------------------------------------------------------------------------------

def matches(selector: str, rule) -> bool:
    s = selector.strip()
    if s.upper() == "ALL":
        return True
    return rule.code.startswith(s.upper()) or s == rule.name or s == rule.family


def _names(selector: str, rule) -> bool:
    """An explicit choice of one rule: its code or its name (opt-in rules need one)."""
    s = selector.strip()
    return s.upper() == rule.code or s == rule.name


def check_selectors(rule_classes: dict, selectors: Iterable[str], where: str) -> None:
    classes = list(rule_classes.values())
    for s in selectors:
        if not any(matches(s, r) for r in classes) and s not in FAMILIES:
            raise RuleSetError(f"{where}: {s!r} matches no rule (see `audit rules`)")


def select_rules(rule_classes: dict, settings: Settings) -> list:
    """Rule classes enabled by select/extend-select minus ignore; unknown selectors are errors.

    An opt-in rule (`opt_in = True`, e.g. S201 unused-suppression) is only chosen when named by its
    code or name, or when its setting turns it on; `ALL`, a prefix or a family do not enable it.
    """
    classes = list(rule_classes.values())
    check_selectors(rule_classes, settings.select, "select")
    check_selectors(rule_classes, settings.extend_select, "extend-select")
    check_selectors(rule_classes, settings.ignore, "ignore")
    for glob, selectors in settings.per_file_ignores.items():
        check_selectors(rule_classes, selectors, f"per-file-ignores.{glob!r}")
    for key, value in settings.severity.items():
        if not any(matches(key, r) for r in classes):
            raise RuleSetError(f"severity: {key!r} matches no rule")
        try:
            Severity.parse(value)
        except ValueError as exc:
            raise RuleSetError(f"severity.{key}: {exc}") from None
    for code, opts in settings.options.items():
        cls = rule_classes.get(code.upper())
        if cls is None:
            raise RuleSetError(f"options: {code!r} is not a rule code")
        unknown = sorted(set(opts) - set(cls.options))
        if unknown:
            allowed = ", ".join(sorted(cls.options)) or "none"
            raise RuleSetError(f"options.{code}: unknown option {unknown[0]!r} (allowed: {allowed})")
    wanted = [*settings.select, *settings.extend_select]
    chosen = []
    for r in classes:
        if any(matches(s, r) for s in settings.ignore):
            continue
        if getattr(r, "opt_in", False):
            on = any(_names(s, r) for s in wanted) or bool(getattr(settings, r.opt_in_setting, False))
        else:
            on = any(matches(s, r) for s in wanted)
        if on:
            chosen.append(r)
    return chosen


def severity_for(rule_cls, settings: Settings) -> Severity | None:
    """The override for a rule: by code, then name, then the longest matching prefix, then family."""
    sev = settings.severity
    if not sev:
        return None
    key = None
    for k in (rule_cls.code, rule_cls.name):
        if k in sev:
            key = k
            break
    if key is None:
        prefixes = [k for k in sev if k.upper() != "ALL" and rule_cls.code.startswith(k.upper())]
        if prefixes:
            key = max(prefixes, key=len)
        elif rule_cls.family in sev:
            key = rule_cls.family
        elif "ALL" in sev:
            key = "ALL"
    if key is None:
        return None
    try:
        return Severity.parse(sev[key])
    except ValueError as exc:
        raise RuleSetError(f"severity.{key}: {exc}") from None


def merge_cli(settings: Settings, *, select=None, ignore=None, extend_select=None,
              fail_on=None, jobs=None, rules_dirs=None) -> Settings:
    """CLI flags over the config: `--select` replaces the config's selection (its select, ignore and
    extend-select); `--ignore`, `--extend-select` and `--rules` add to it; the rest override."""
    if select:
        settings.select = list(select)
        settings.ignore, settings.extend_select = [], []
    if ignore:
        settings.ignore = [*settings.ignore, *ignore]
    if extend_select:
        settings.extend_select = [*settings.extend_select, *extend_select]
    if fail_on:
        settings.fail_on = fail_on
    if jobs:
        settings.jobs = jobs
    if rules_dirs:
        settings.rules_dirs = [*settings.rules_dirs, *[Path(d) for d in rules_dirs]]
    return settings
