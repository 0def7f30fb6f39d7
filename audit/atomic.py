"""Write a file whole or not at all: a temporary file in the same folder, then `os.replace`.

The file gets the permissions a plain `open(path, "w")` would give it: those of the file it
replaces, or the process's umask applied to 0o666 for a new file (`mkstemp` alone makes 0o600).
A symbolic link stays a link to the replaced file; a device or a pipe is written to directly.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import Iterator, TextIO


@contextlib.contextmanager
def atomic_text_file(path: Path) -> Iterator[TextIO]:
    """A text file to write `path` through: it replaces `path` only when the block ends normally.

    On any failure (an exception, Ctrl-C) the old file, or no file, stays and no temporary is left.
    """
    path = Path(path)
    try:
        st = os.stat(path)  # through a symbolic link
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        # a device or a pipe (`-o /dev/null`, `-o /dev/stdout`) is written to, never replaced:
        # run as root, a rename over /dev/null would have made it a regular file
        with open(path, "w", encoding="utf-8") as fh:
            yield fh
        return
    if path.is_symlink():
        path = path.resolve()  # the file the link names is replaced; the link stays a link
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix or ".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _mode_for(path: Path) -> int:
    """The permission bits `open(path, "w")` leaves on `path`."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text`; on any failure the old file (or no file) stays, no temp is left."""
    with atomic_text_file(path) as fh:
        fh.write(text)
