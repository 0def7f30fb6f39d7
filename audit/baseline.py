"""Baselines: record today's findings, then report and gate only new ones.

A finding's identity is its file, rule, field shape and evidence (`Finding.fingerprint()` with the
list indexes of the field dropped: `companies[].name`), never its line: it survives lines shifting
and edits elsewhere in the file, even an item inserted before it. Identities are counted, so a
second "Lama" in the same kind of field of the same file is new. A fixed finding drops out.
Files are recorded relative to the baseline file's folder, so it works from any working folder.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

from . import __version__
from .atomic import write_text_atomic
from .config import resolved
from .ruleset import RuleSetError

FORMAT = 1


def _file_key(file: str, base: Path) -> str:
    try:
        return Path(os.path.relpath(resolved(file), base)).as_posix()
    except ValueError:  # another drive on Windows
        return resolved(file).as_posix()


def identity(f, base: Path) -> tuple[str, str, str, str]:
    rule, field, evidence = f.fingerprint()
    return (_file_key(f.file, base), rule, re.sub(r"\[\d+\]", "[]", field), evidence)


def write(results, path: Path) -> int:
    """Write the baseline of `results` to `path` (atomically); returns the number of findings."""
    path = Path(path)
    base = resolved(path).parent
    counts = Counter(identity(f, base) for r in results for f in r.findings)
    entries = [{"file": k[0], "rule": k[1], "field": k[2], "evidence": k[3], "count": n}
               for k, n in sorted(counts.items())]
    doc = {"version": FORMAT, "tool": f"audit {__version__}", "findings": entries}
    write_text_atomic(path, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    return sum(counts.values())


class Baseline:
    def __init__(self, path: Path, counts: Counter):
        self.path = Path(path)
        self.base = resolved(self.path).parent
        self.counts = counts
        self.hidden = 0  # findings `filter` held back

    @classmethod
    def load(cls, path: Path) -> Baseline:
        path = Path(path)
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise RuleSetError(f"--baseline: {path}: cannot read: {exc.strerror or exc}") from None
        except ValueError as exc:
            raise RuleSetError(f"--baseline: {path}: not JSON: {exc}") from None
        if not isinstance(doc, dict) or doc.get("version") != FORMAT or not isinstance(doc.get("findings"), list):
            raise RuleSetError(f"--baseline: {path}: not an audit baseline (write one with `audit baseline`)")
        counts: Counter = Counter()
        for i, e in enumerate(doc["findings"]):
            try:
                counts[(e["file"], e["rule"], e["field"], e["evidence"])] += int(e.get("count", 1))
            except (KeyError, TypeError, ValueError):
                raise RuleSetError(f"--baseline: {path}: findings[{i}]: expected file, rule, field, evidence") from None
        return cls(path, counts)

    def filter(self, results, tally=None):
        """The results with only the findings not in the baseline, as a stream; `self.hidden`
        (and `tally.hidden`, given a Tally) count the findings held back so far."""
        left = Counter(self.counts)
        self.hidden = 0
        for r in results:
            kept = []
            for f in r.findings:
                k = identity(f, self.base)
                if left[k] > 0:
                    left[k] -= 1
                    self.hidden += 1
                    if tally is not None:
                        tally.hidden += 1
                else:
                    kept.append(f)
            yield type(r)(r.file, kept, r.error)
