"""Run the selected rules over files: discovery, batching, parallel workers, results in file order."""

from __future__ import annotations

import fnmatch
import gc
import itertools
import os
import sys
from collections import deque
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from . import suppress
from .config import Settings, matches, path_excluded, select_rules, severity_for
from .episode import Episode, load_episode, read_file_bytes
from .findings import Finding, Severity
from .ruleset import Knowledge, RuleSetError

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

# The rule modules (and pandas/pandera behind them) are imported only when a file has to be
# audited: a run served from the cache never pays for them.


@dataclass
class FileResult:
    file: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # why the file could not be parsed, when it could not


def discover(paths: Iterable[str | Path], include: list[str], exclude: list[str],
             root: Path | None = None) -> list[tuple[Path, str]]:
    """(path, display name) of every episode file under `paths`, sorted, each once.

    A file named explicitly is always taken; folders are searched recursively for names matching
    `include` (skipping hidden folders), minus `exclude` globs (matched on the display path, the
    path relative to `root` (the config's folder) and the file name).
    """
    found: dict[str, Path] = {}
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            why = "no such file or folder"
            if p.is_symlink():  # a link to nothing, or a loop of links
                try:
                    p.stat()
                except OSError as exc:
                    why = f"a symbolic link that cannot be followed ({exc.strerror})"
            raise RuleSetError(f"{raw}: {why}")
        if not p.is_dir():  # a file named explicitly; what cannot be read is reported (S001)
            found.setdefault(str(p), p)
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if any(fnmatch.fnmatch(name, g) for g in include):
                    fp = Path(dirpath) / name
                    found.setdefault(str(fp), fp)
    root = root or Path.cwd()
    return [(p, printable_path(display)) for display, p in sorted(found.items())
            if not path_excluded(display, exclude, root)]


def printable_path(name: str) -> str:
    """A file name as every output can write it: the bytes of a name that is not UTF-8 (which
    Python holds as lone surrogates) as backslash escapes, `bad\\xffname.md`, as git quotes them."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


class Auditor:
    """The selected rules with their knowledge; audits batches of files."""

    def __init__(self, settings: Settings, cache=None, rule_index: dict | None = None):
        """`rule_index` (code -> cache.RuleInfo) selects rules without importing them; the real
        rules are loaded on the first file that has to be audited."""
        self.settings = settings
        self.cache = cache
        self.fail_threshold = settings.fail_threshold()
        self._knowledge: Knowledge | None = None
        self.light = rule_index is not None
        if rule_index is not None:
            self._check_rule_dirs()
            self._select(dict(rule_index))
        else:
            self._select(self._all_classes())

    @property
    def knowledge(self) -> Knowledge:
        if self._knowledge is None:
            self._knowledge = Knowledge.load(self.settings.rules_dirs)
        return self._knowledge

    def _check_rule_dirs(self) -> None:
        for d in self.settings.rules_dirs:
            if not Path(d).is_dir():
                raise RuleSetError(f"{d}: rule-set folder does not exist")

    def _all_classes(self) -> dict:
        from .checks import all_rules
        from .checks.suppression import UnusedSuppression

        classes = dict(all_rules(self.knowledge))
        classes.setdefault(UnusedSuppression.code, UnusedSuppression)
        return classes

    def _select(self, classes: dict) -> None:
        settings = self.settings
        self.rule_classes = classes
        self.rules = [cls(severity=severity_for(cls, settings), options=settings.options.get(cls.code))
                      for cls in select_rules(classes, settings)]
        self.by_code = {r.code: r for r in self.rules}
        self.codes = set(self.by_code)
        # rule -> the selected rules whose finding on an item covers its own there
        self.covering = {r.code: covering for r in self.rules
                         if (covering := tuple(c for c in getattr(r, "covered_by", ()) if c in self.codes))}

    def materialize(self) -> None:
        """Swap rule descriptions read from the cache for the real rules."""
        if self.light:
            self.light = False
            self._select(self._all_classes())

    def cache_context(self) -> dict:
        """What, besides a file's bytes and name, decides its findings (the cache key)."""
        from .cache import code_digest, rules_digest

        return {"knowledge": rules_digest(self.settings.rules_dirs), "code": code_digest(),
                "settings": self.settings.cache_key_data(),
                "rules": sorted((r.code, int(r.severity), sorted(r.opts.items(), key=str)) for r in self.rules)}

    def _postprocess(self, ep: Episode, findings: list[Finding]) -> list[Finding]:
        """per-file-ignores, then findings covered by another rule's on the same item, then inline
        suppressions (and S201 for those that silenced nothing)."""
        ignored = self.settings.ignored_for(ep.path)
        if ignored:
            findings = [f for f in findings if not any(matches(s, _Id(f)) for s in ignored)]
        if self.covering:
            findings = _drop_covered(ep, findings, self.covering, self.by_code)
        found = suppress.directives(ep)
        if found:
            findings = suppress.apply(ep, findings, found)
            s201 = self.by_code.get("S201")
            if s201 is not None and not any(matches(s, s201) for s in ignored):
                findings.extend(suppress.unused(ep, found, s201, self.codes, self.rule_classes.values()))
        return findings

    def audit_episodes(self, episodes: list[Episode]) -> list[FileResult]:
        from .tables import Batch

        self.materialize()
        batch = Batch(episodes, self.knowledge)
        by_file: dict[str, list[Finding]] = {ep.path: [] for ep in episodes}
        for ep in episodes:
            for f in ep.problems:
                rule = self.by_code.get(f.rule)
                if rule is not None:
                    f.severity = rule.severity  # a severity override applies to loader findings too
                    by_file[ep.path].append(f)
        if len(batch):
            for rule in self.rules:
                try:
                    for f in rule.check(batch):
                        by_file[f.file].append(f)
                except RuleSetError:
                    raise  # a bad rule-set file (parsed on first use) is the user's to fix: exit 2
                except Exception as exc:  # a bug in one rule must not lose the other rules' findings
                    _rule_crashed(rule, exc, batch, by_file)
        results = []
        for ep in episodes:
            findings = by_file[ep.path] = self._postprocess(ep, by_file[ep.path])
            for f in findings:
                if f.fix is not None:
                    f.extra["edit_positions"] = [(*ep.position(e.start), *ep.position(e.end))
                                                 for e in f.fix.edits]
            findings.sort(key=Finding.sort_key)
            error = None if ep.ok else next((p.message for p in ep.problems), "cannot be parsed")
            results.append(FileResult(ep.path, findings, error))
        return results

    def audit_files(self, files: list[tuple[Path, str]]) -> list[FileResult]:
        # A batch allocates hundreds of thousands of small objects (nodes, values, findings) and
        # creates no garbage cycles worth collecting mid-batch; the cyclic collector would walk the
        # whole heap again and again. It runs as usual between batches.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self.audit_episodes([load_episode(p, d) for p, d in files])
        finally:
            if enabled:
                gc.enable()

    def run(self, files: list[tuple[Path, str]], jobs: int | None = None,
            progress: Callable[[int], None] | None = None) -> Iterator[FileResult]:
        """Results for every file, in the order of `files`, from `jobs` worker processes.

        With a cache, each file's bytes are hashed first and a hit is returned without parsing;
        only the misses are audited (and stored). `progress(n)` is told of each n files done.
        """
        if self.cache is None:
            yield from self._audit_all(files, jobs, progress)
            return
        # Pass 1 only notes which files hit; pass 2 reads each hit as its turn comes, so a warm
        # run over any number of files holds one file's findings at a time.
        keys: list[tuple[str | None, bool]] = []
        misses: list[tuple[Path, str]] = []
        for path, display in files:
            try:
                raw = read_file_bytes(path)
            except OSError:
                keys.append((None, False))  # the loader reports why (S001); nothing to cache
                misses.append((path, display))
                continue
            key = self.cache.key(raw, display)
            hit = self.cache.has(key)
            keys.append((key, hit))
            if not hit:
                misses.append((path, display))
        computed = self._audit_all(misses, jobs, progress)
        for (key, hit), file in zip(keys, files):
            if hit:
                result = self.cache.get(key)
                if result is None:  # the entry went bad since pass 1: audit the file here
                    result = self.audit_files([file])[0]
                    self.cache.put(key, result)
                if progress:
                    progress(1)
                yield result
                continue
            result = next(computed)
            if key is not None:
                self.cache.put(key, result)
            yield result

    def _audit_all(self, files, jobs, progress) -> Iterator[FileResult]:
        jobs = max(1, jobs or self.settings.jobs)
        executor = self.settings.executor
        if executor == "local" and (jobs == 1 or len(files) <= 1):
            batches = (self.audit_files(files[lo:hi])
                       for lo, hi in plan_batches(len(files), self.settings.batch_size, 1))
            with closing(collector_paused(batches)) as paused:
                for results in paused:
                    if progress:
                        progress(len(results))
                    yield from results
            return
        if executor == "dask":
            from .dask_executor import DaskRunner

            runner = DaskRunner(self.settings, jobs)
        else:
            runner = LocalRunner(self, jobs)
        with runner:
            for results in runner.map_ordered(files):
                if progress:
                    progress(len(results))
                yield from results


def plan_batches(n: int, size: int, workers: int) -> list[tuple[int, int]]:
    """(lo, hi) slices of n files: batches of `size` for one worker; for several, guided
    scheduling -- each batch a share of what is left, down to 1 -- so that workers finish together
    instead of one worker running a last full batch while the others idle."""
    size = max(1, size)
    out, lo = [], 0
    while lo < n:
        step = size if workers <= 1 else max(1, min(size, (n - lo) // (workers * 3)))
        out.append((lo, min(n, lo + step)))
        lo += step
    return out


class LocalRunner:
    """Worker processes on this machine, results in submission order, a bounded number in flight.

    Where the platform can fork, the workers are forked from this process after it has loaded the
    rules and their knowledge (and audited a first file, which warms every lazy table), so a
    worker starts in milliseconds instead of importing pandas and parsing the rule sets again.
    """

    def __init__(self, auditor: Auditor, jobs: int):
        self.auditor = auditor
        self.workers = jobs
        self.pool: ProcessPoolExecutor | None = None
        self.forked = False

    def __enter__(self) -> LocalRunner:
        return self

    def __exit__(self, *exc) -> None:
        global _worker
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        if self.forked:
            _worker = None
            gc.unfreeze()

    def map_ordered(self, files) -> Iterator[list[FileResult]]:
        """Results of `files`, batch by batch, in order."""
        global _worker
        if not files:
            return
        import multiprocessing  # only for workers: -j 1 does not load it (30 ms)
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        settings = self.auditor.settings
        # fork only on Linux: macOS frameworks are not fork-safe (and Windows has no fork)
        self.forked = sys.platform.startswith("linux")
        if self.forked:
            yield self.auditor.audit_files(files[:1])  # loads and warms what the workers inherit
            files = files[1:]
            _worker = self.auditor
            gc.collect()
            gc.freeze()  # what the workers inherit stays shared: no collector pass touches its pages
            self.pool = ProcessPoolExecutor(max_workers=self.workers,
                                            mp_context=multiprocessing.get_context("fork"))
        else:
            self.pool = ProcessPoolExecutor(max_workers=self.workers, initializer=_init_worker,
                                            initargs=(settings,))
        pool = self.pool
        # This process now only unpickles the workers' results and writes them out while the
        # workers use every core: its collector passes over the findings it unpickles (~1,000
        # containers per episode) took 1-2 ms per episode from the workers.
        batches = in_order(lambda b: pool.submit(_work, files[b[0]:b[1]]),
                           plan_batches(len(files), settings.batch_size, self.workers),
                           window=self.workers * 3)
        try:
            with closing(collector_paused(batches)) as paused:
                yield from paused
        except BrokenProcessPool:
            raise RuleSetError("a worker process died (killed, or out of memory?); "
                               "try fewer workers (-j) or -j 1") from None


def collector_paused(batches: Iterator[list[FileResult]], every: int = 32) -> Iterator[list[FileResult]]:
    """`batches`, with Python's cyclic garbage collector off meanwhile (and on again afterwards,
    also when the consumer stops early), and a full collection every `every` batches.

    A batch allocates hundreds of thousands of container objects and its results (~1,000 per
    episode) live until written out: left on, the collector starts a pass after nearly every
    batch and walks them all again, 0.5-1 s of a 1,000-episode run. What a batch leaves behind
    is freed by reference counting (results hold no cycles); the periodic collection bounds
    anything else.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        for n, results in enumerate(batches, 1):
            yield results
            if n % every == 0:
                gc.collect()
    finally:
        if enabled:
            gc.enable()


def in_order(submit, items, window: int) -> Iterator:
    """Submit `items` with at most `window` in flight; yield their results in submission order."""
    pending: deque = deque()
    items = iter(items)
    for item in itertools.islice(items, window):
        pending.append(submit(item))
    while pending:
        result = pending.popleft().result()
        for item in itertools.islice(items, 1):
            pending.append(submit(item))
        yield result


def _item(path: str | None) -> str | None:
    """The list item a field path lies in: "companies[3]" of "companies[3].context"."""
    if path is None or (end := path.find("]")) < 0:
        return None
    return path[:end + 1]


def _drop_covered(ep: Episode, findings: list[Finding], covering: dict[str, tuple[str, ...]], rules: dict) -> list[Finding]:
    """Without the findings of a rule whose `covered_by` rule fired on the same list item, unless
    the rule reports it all the same (`Rule.reported_though_covered`)."""
    fired: dict[str, set[str]] = {}
    for f in findings:
        if (item := _item(f.field)) is not None:
            fired.setdefault(item, set()).add(f.rule)

    def covered(f: Finding) -> bool:
        item = _item(f.field)
        by = fired.get(item, set()).intersection(covering.get(f.rule, ())) if item is not None else ()
        return bool(by) and not rules[f.rule].reported_though_covered(ep, f, by)
    return [f for f in findings if not covered(f)]


def _rule_crashed(rule, exc: Exception, batch, by_file: dict) -> None:
    """Report a rule that raised as an error finding on every file of its batch, and on stderr."""
    import traceback

    where = traceback.extract_tb(exc.__traceback__)[-1]
    detail = f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"
    print(f"audit: internal error: rule {rule.code} failed on a batch: {detail}", file=sys.stderr)
    for ep in batch.episodes:
        by_file[ep.path].append(Finding(
            file=ep.path, rule=rule.code, name=rule.name, family=rule.family,
            severity=Severity.ERROR, field=None, line=1, column=1, end_line=1, end_column=1,
            message=f"Internal error: rule {rule.code} could not check this file ({detail}); "
                    "its findings are missing. Please report this.",
        ))


class _Id:
    """A finding seen as a rule (code, name, family), for selector matching."""

    __slots__ = ("code", "name", "family")

    def __init__(self, f: Finding):
        self.code, self.name, self.family = f.rule, f.name, f.family


_worker: Auditor | None = None


def _init_worker(settings: Settings) -> None:
    global _worker
    _worker = Auditor(settings)


def _work(files: list[tuple[Path, str]]) -> list[FileResult]:
    assert _worker is not None
    gc.enable()  # a worker forked while the main process had its collector off (map_ordered)
    return _worker.audit_files(files)


def exit_code(results: Iterable[FileResult], auditor: Auditor) -> int:
    threshold = auditor.fail_threshold
    if threshold is None:
        return 0
    return int(any(f.severity >= threshold for r in results for f in r.findings))
