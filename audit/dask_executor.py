"""`--executor dask`: the same audit on a dask.distributed cluster, for corpora beyond one machine.

The client (this process) discovers the files, plans the batches and renders the results; the
workers read the files themselves (they receive absolute paths, not contents, so the corpus must
be on a file system every worker sees) and each keeps one `Auditor` per thread, built on its
first batch. Results come back batch by batch in file order, with a bounded number of batches in
flight, so the client's memory does not grow with the corpus. Findings are identical to a local
run: the workers run the same code on the same settings.

Without `--scheduler`, a `LocalCluster` of `-j` single-threaded worker processes is started for
the run and closed after it. Needs the `dask` extra: `pip install 'audit[dask]'`.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import Iterator

from .config import Settings, resolved
from .ruleset import RuleSetError

_local = threading.local()


def audit_batch(settings: Settings, files: list[tuple[str, str]]) -> list:
    """Runs on a worker: audit `files` ((absolute path, display name) pairs) under `settings`."""
    from .engine import Auditor

    auditor = getattr(_local, "auditor", None)
    if auditor is None or _local.settings != settings:
        auditor = _local.auditor = Auditor(settings)
        _local.settings = settings
    return auditor.audit_files([(Path(p), display) for p, display in files])


def portable(settings: Settings) -> Settings:
    """`settings` with every path absolute, so a worker in another folder reads the same files."""
    root = settings.project_root().resolve()
    return dataclasses.replace(
        settings,
        rules_dirs=[Path(d).resolve() for d in settings.rules_dirs],
        root=root,
        config_file=Path(settings.config_file).resolve() if settings.config_file else None,
    )


class DaskRunner:
    """Submits batches to a Dask cluster; `map_ordered` yields their results in file order."""

    def __init__(self, settings: Settings, jobs: int):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise RuleSetError("--executor dask needs dask.distributed: pip install 'audit[dask]'") from None
        self.settings = portable(settings)
        self.cluster = None
        try:
            if settings.scheduler:
                self.client = Client(settings.scheduler, timeout="10s")
            else:
                self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                            dashboard_address=None)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            self.close()
            where = settings.scheduler or "a LocalCluster"
            raise RuleSetError(f"--executor dask: cannot connect to {where}: {exc}") from None
        threads = sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values())
        self.workers = max(1, threads or jobs)

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()

    def map_ordered(self, files) -> Iterator[list]:
        from .engine import in_order, plan_batches

        paths = [(str(resolved(p)), display) for p, display in files]
        settings = self.client.scatter(self.settings, broadcast=True)

        def submit(batch):
            lo, hi = batch
            return self.client.submit(audit_batch, settings, paths[lo:hi], pure=False)

        yield from in_order(submit, plan_batches(len(paths), self.settings.batch_size, self.workers),
                            window=self.workers * 3)
