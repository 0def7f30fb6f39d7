"""A rich progress bar on stderr for long runs, only when stderr is a terminal (CI logs stay clean)."""

from __future__ import annotations

import contextlib
import sys
from typing import Callable, Iterator

MIN_FILES = 20  # shorter runs finish before a bar would help


@contextlib.contextmanager
def progress_bar(total: int, stream=None) -> Iterator[Callable[[int], None] | None]:
    """Yields `advance(n)` for a bar over `total` files, or None when no bar is shown."""
    stream = stream or sys.stderr
    if total < MIN_FILES or not _isatty(stream):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(file=stream)
    with Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("audit", total=total)
        yield lambda n: bar.advance(task, n)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
