"""Where the work runs: batches planned for the workers, local worker processes, a Dask cluster.

Every executor must give the findings of a plain one-process run, in file order.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from audit.engine import collector_paused, in_order, plan_batches

from .conftest import EXAMPLES, IN_CI, SEED


def _need_dask() -> None:
    """Skip without the dask extra, except in CI, which installs it: there a missing Dask fails."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        if IN_CI:
            raise
        pytest.skip("the dask extra is not installed: pip install -e '.[dask]'")


@pytest.mark.parametrize("n,size,workers", [(0, 16, 1), (1, 16, 2), (7, 16, 1), (200, 16, 2), (1000, 16, 8),
                                            (33, 4, 3)])
def test_batches_cover_every_file_once_in_order(n, size, workers):
    batches = plan_batches(n, size, workers)
    assert [i for lo, hi in batches for i in range(lo, hi)] == list(range(n))
    assert all(1 <= hi - lo <= size for lo, hi in batches)
    if workers > 1 and n >= 100:
        # guided: the tail is made of single files, so no worker is left with a long last batch
        assert batches[-1][1] - batches[-1][0] == 1
        assert max(hi - lo for lo, hi in batches) == size


def test_in_order_keeps_order_and_bounds_what_is_in_flight():
    in_flight, seen = [], []

    class Done:
        def __init__(self, value):
            self.value = value
            in_flight.append(value)

        def result(self):
            in_flight.remove(self.value)
            return self.value

    for value in in_order(Done, range(10), window=3):
        assert len(in_flight) <= 3
        seen.append(value)
    assert seen == list(range(10))


def _corpus(tmp_path):
    """Nine real episode files that differ: the seed, its copies with lines dropped, the examples."""
    folder = tmp_path / "episodes"
    folder.mkdir()
    lines = SEED.read_text(encoding="utf-8").split("\n")
    for i in range(5):  # drop one company entry's worth of lines per copy: different findings per file
        cut = 20 + 7 * i
        (folder / f"seed_{i}.md").write_text("\n".join(lines[:cut] + lines[cut + 7:]), encoding="utf-8")
    for p in sorted(EXAMPLES.iterdir()):
        shutil.copyfile(p, folder / p.name)
    return folder


def _check(folder, *extra):
    proc = subprocess.run([sys.executable, "-m", "audit", "check", "--format", "json", "--no-cache",
                           *extra, str(folder)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout)


def test_local_workers_match_one_process(tmp_path):
    folder = _corpus(tmp_path)
    one = _check(folder, "-j", "1")
    assert len({f["file"] for f in one["findings"]}) >= 6  # the copies are real, varied work
    assert _check(folder, "-j", "2") == one
    assert _check(folder, "-j", "3", "--executor", "local") == one


def test_dask_local_cluster_gives_the_same_findings(tmp_path):
    _need_dask()
    folder = _corpus(tmp_path)
    local = _check(folder, "-j", "1")
    dask = _check(folder, "--executor", "dask", "-j", "2")
    assert dask == local
    assert [f["file"] for f in dask["files"]] == sorted(str(p) for p in folder.iterdir())


def test_unreachable_dask_scheduler_is_a_usage_error(tmp_path):
    _need_dask()
    shutil.copyfile(SEED, tmp_path / "ep.md")
    proc = subprocess.run([sys.executable, "-m", "audit", "check", "--no-cache", "--scheduler",
                           "tcp://127.0.0.1:9", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "cannot connect to tcp://127.0.0.1:9" in proc.stderr and "Traceback" not in proc.stderr


def test_a_worker_that_dies_is_a_clear_error_not_a_traceback(tmp_path, monkeypatch):
    """A worker killed mid-run (the OOM killer, say): one line and exit 2, no traceback."""
    import os

    from click.testing import CliRunner

    from audit import engine
    from audit.cli import main

    for i in range(4):
        shutil.copyfile(SEED, tmp_path / f"ep{i}.md")
    parent, audit_files = os.getpid(), engine.Auditor.audit_files

    def dies_in_a_worker(self, files):
        if os.getpid() != parent:
            os._exit(9)
        return audit_files(self, files)

    monkeypatch.setattr(engine.Auditor, "audit_files", dies_in_a_worker)  # forked workers inherit it
    result = CliRunner().invoke(main, ["check", "--no-cache", "-j", "2", str(tmp_path)])
    assert result.exit_code == 2
    assert "a worker process died" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_the_main_process_does_not_collect_while_workers_run_and_workers_do(tmp_path, monkeypatch):
    """While forked workers audit, the main process only unpickles and writes their results: its
    cyclic collector is off then (and on again afterwards, also when the run stops early), while
    the workers collect between batches as a one-process run does."""
    import gc
    import os

    from audit import engine
    from audit.config import Settings

    for i in range(6):
        shutil.copyfile(SEED, tmp_path / f"ep{i}.md")
    files = engine.discover([tmp_path], ["*.md"], [])
    parent, audit_files = os.getpid(), engine.Auditor.audit_files

    def reports_gc_in_workers(self, batch):
        results = audit_files(self, batch)
        if os.getpid() != parent:
            results[0].error = f"worker gc enabled: {gc.isenabled()}"  # travels back with the result
        return results

    monkeypatch.setattr(engine.Auditor, "audit_files", reports_gc_in_workers)
    auditor = engine.Auditor(Settings())
    assert gc.isenabled()
    seen = []
    for result in auditor.run(files, jobs=2):
        seen.append((result.error, gc.isenabled()))
    assert gc.isenabled()
    assert seen[0] == (None, True)  # the first file: audited here, before the workers start
    assert ("worker gc enabled: True", False) in seen[1:]
    assert all(enabled is False for _, enabled in seen[1:])

    run = auditor.run(files, jobs=2)
    next(run), next(run)
    assert not gc.isenabled()
    run.close()  # a consumer that stops early (a broken pipe, say)
    assert gc.isenabled()


def test_collector_paused_while_batches_stream_with_a_full_collection_every_few(monkeypatch):
    import gc

    collections = []
    monkeypatch.setattr(gc, "collect", lambda *a: collections.append(a) or 0)
    assert gc.isenabled()
    seen = [(batch, gc.isenabled()) for batch in collector_paused(iter([[i] for i in range(10)]), every=4)]
    assert seen == [([i], False) for i in range(10)]
    assert len(collections) == 2  # after the 4th and the 8th batch
    assert gc.isenabled()

    stream = collector_paused(iter([[1], [2], [3]]))
    next(stream)
    assert not gc.isenabled()
    stream.close()  # the consumer stopped early
    assert gc.isenabled()

    gc.disable()  # a caller that had it off keeps it off
    try:
        assert list(collector_paused(iter([[1]]))) == [[1]]
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_one_process_run_streams_with_the_collector_paused(tmp_path):
    import gc

    from audit import engine
    from audit.config import Settings

    for i in range(3):
        shutil.copyfile(SEED, tmp_path / f"ep{i}.md")
    files = engine.discover([tmp_path], ["*.md"], [])
    run = engine.Auditor(Settings()).run(files, jobs=1)
    first = next(run)
    assert first.findings and not gc.isenabled()
    run.close()
    assert gc.isenabled()
