"""Run the selected rules over files: discovery, batching, parallel workers, results in file order."""

from __future__ import annotations

import fnmatch
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .checks import all_rules
from .checks.base import Rule
from .config import Settings, select_rules, severity_for
from .episode import Episode, load_episode
from .findings import Finding
from .ruleset import Knowledge, RuleSetError
from .tables import Batch


@dataclass
class FileResult:
    file: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # why the file could not be parsed, when it could not


def discover(paths: Iterable[str | Path], include: list[str], exclude: list[str]) -> list[tuple[Path, str]]:
    """(path, display name) of every episode file under `paths`, sorted, each once.

    A file named explicitly is always taken; folders are searched recursively for names matching
    `include` (skipping hidden folders), minus `exclude` globs (matched on the display path).
    """
    found: dict[str, Path] = {}
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise RuleSetError(f"{raw}: no such file or folder")
        if p.is_file():
            found.setdefault(str(p), p)
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if any(fnmatch.fnmatch(name, g) for g in include):
                    fp = Path(dirpath) / name
                    found.setdefault(str(fp), fp)
    out = []
    for display, p in sorted(found.items()):
        if any(fnmatch.fnmatch(display, g) or fnmatch.fnmatch(p.name, g) for g in exclude):
            continue
        out.append((p, display))
    return out


class Auditor:
    """The selected rules with their knowledge; audits batches of files."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.knowledge = Knowledge.load(settings.rules_dirs)
        self.rule_classes = all_rules(self.knowledge)
        self.rules: list[Rule] = [
            cls(severity=severity_for(cls, settings), options=settings.options.get(cls.code))
            for cls in select_rules(self.rule_classes, settings)
        ]
        self.codes = {r.code for r in self.rules}
        self.fail_threshold = settings.fail_threshold()

    def audit_episodes(self, episodes: list[Episode]) -> list[FileResult]:
        batch = Batch(episodes, self.knowledge)
        by_file: dict[str, list[Finding]] = {ep.path: [] for ep in episodes}
        for ep in episodes:
            by_file[ep.path].extend(f for f in ep.problems if f.rule in self.codes)
        if len(batch):
            for rule in self.rules:
                for f in rule.check(batch):
                    by_file[f.file].append(f)
        results = []
        for ep in episodes:
            findings = by_file[ep.path]
            for f in findings:
                if f.fix is not None:
                    f.extra["edit_positions"] = [(*ep.position(e.start), *ep.position(e.end))
                                                 for e in f.fix.edits]
            findings.sort(key=Finding.sort_key)
            error = None if ep.ok else next((p.message for p in ep.problems), "cannot be parsed")
            results.append(FileResult(ep.path, findings, error))
        return results

    def audit_files(self, files: list[tuple[Path, str]]) -> list[FileResult]:
        return self.audit_episodes([load_episode(p, d) for p, d in files])

    def run(self, files: list[tuple[Path, str]], jobs: int | None = None) -> Iterator[FileResult]:
        """Results for every file, in the order of `files`, from `jobs` worker processes."""
        jobs = max(1, jobs or self.settings.jobs)
        size = max(1, self.settings.batch_size)
        batches = [files[i:i + size] for i in range(0, len(files), size)]
        if jobs == 1 or len(batches) <= 1:
            for b in batches:
                yield from self.audit_files(b)
            return
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                 initargs=(self.settings,)) as pool:
            for results in pool.map(_work, batches):
                yield from results


_worker: Auditor | None = None


def _init_worker(settings: Settings) -> None:
    global _worker
    _worker = Auditor(settings)


def _work(files: list[tuple[Path, str]]) -> list[FileResult]:
    assert _worker is not None
    return _worker.audit_files(files)


def exit_code(results: Iterable[FileResult], auditor: Auditor) -> int:
    threshold = auditor.fail_threshold
    if threshold is None:
        return 0
    return int(any(f.severity >= threshold for r in results for f in r.findings))
