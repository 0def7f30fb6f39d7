"""Running totals over a stream of results: what summaries and the exit code need, no findings kept.

`audit check` renders results as they arrive and forgets them, so memory stays flat however many
files a run covers; the summary line, the JSON `files`/`summary` blocks and the exit code read a
`Tally` instead of the results.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Iterator


class Tally:
    def __init__(self) -> None:
        self.files = 0
        self.files_with_findings = 0
        self.findings = 0
        self.fixable = 0
        self.by_severity: Counter = Counter()
        self.by_family: Counter = Counter()
        self.worst = 0  # highest severity seen (0: none)
        self.hidden = 0  # findings a baseline held back (counted by `Baseline.filter`)
        self.file_rows: list[tuple[str, int, str | None]] = []  # (file, findings, error)

    @classmethod
    def of(cls, results: Iterable) -> Tally:
        tally = cls()
        for r in results:
            tally.add(r)
        return tally

    def add(self, result) -> None:
        findings = result.findings
        self.files += 1
        self.file_rows.append((result.file, len(findings), result.error))
        if not findings:
            return
        self.files_with_findings += 1
        self.findings += len(findings)
        for f in findings:
            sev = f.severity
            self.by_severity[str(sev)] += 1
            self.by_family[f.family] += 1
            if sev > self.worst:
                self.worst = int(sev)
            if f.fix is not None:
                self.fixable += 1

    def track(self, results: Iterable) -> Iterator:
        """Pass `results` through, counting each."""
        for r in results:
            self.add(r)
            yield r

    def fails(self, threshold) -> bool:
        """Whether a finding at or above `threshold` (a Severity, or None: never) was seen."""
        return threshold is not None and self.worst >= threshold
