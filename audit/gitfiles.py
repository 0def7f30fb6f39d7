"""Files changed since a git ref: added, copied, modified or renamed (committed, staged or in the
work tree), plus untracked files that are not ignored. Used by `audit check --changed-since REF`."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .config import resolved
from .ruleset import RuleSetError


def _git(args: list[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise RuleSetError("--changed-since: git is not installed") from None
    if proc.returncode != 0:
        raise _GitError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"git {args[0]} failed")
    return proc.stdout


class _GitError(Exception):
    pass


def changed_files(ref: str, where: Path | None = None) -> set[Path]:
    """Resolved paths of the files changed since `ref` in the repository holding `where`."""
    where = resolved(where or Path.cwd())
    if where.is_file():
        where = where.parent
    try:
        top = Path(_git(["rev-parse", "--show-toplevel"], where).strip())
    except _GitError:
        raise RuleSetError(f"--changed-since: {where} is not inside a git repository") from None
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
    except _GitError:
        raise RuleSetError(f"--changed-since: {ref!r} is not a commit in {top}") from None
    try:
        diff = _git(["diff", "--name-only", "-z", "--diff-filter=ACMRT", "--no-renames", ref, "--"], top)
        untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    except _GitError as exc:
        raise RuleSetError(f"--changed-since: {exc}") from None
    names = [n for n in (diff + untracked).split("\0") if n]
    return {resolved(top / n) for n in names}


def only_changed(files: list[tuple[Path, str]], ref: str, where: Path | None = None) -> list[tuple[Path, str]]:
    changed = changed_files(ref, where)
    return [(p, d) for p, d in files if resolved(p) in changed]
