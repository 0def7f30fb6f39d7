"""Finding, Fix, Edit and Severity: the plain data every check produces and every renderer reads.

Positions are kept twice, as DESIGN.md asks: 0-based character offsets into the file's text
(`start`, `end`, used by edits and highlighting) and 1-based line/column for people (`line`,
`column`, `end_line`, `end_column`; `end_column` is exclusive).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

FAMILIES = (
    "schema",
    "encoding",
    "mojibake",
    "misspelling",
    "attribution",
    "not-mentioned",
    "entity-noise",
    "duplicate",
    "truncation",
    "sponsor",
    "grounding",
    "consistency",
    "custom",
)


class Severity(enum.IntEnum):
    """Ordered so that `severity >= fail_on` decides the exit code."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:  # "error", as in the JSON contract
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] with `replacement` (insert when start == end, delete when empty)."""

    start: int
    end: int
    replacement: str

    def __reduce__(self):  # pickled by value: dataclasses' generic __setstate__ is slow
        return Edit, (self.start, self.end, self.replacement)


@dataclass(frozen=True, slots=True)
class Fix:
    applicability: str  # "safe" | "unsafe"
    description: str
    edits: tuple[Edit, ...]
    # Field paths whose values the fix is allowed to change (verified after applying).
    fields: tuple[str, ...] = ()

    @property
    def is_safe(self) -> bool:
        return self.applicability == "safe"

    def __reduce__(self):
        return Fix, (self.applicability, self.description, self.edits, self.fields)


@dataclass(slots=True)
class Finding:
    file: str
    rule: str
    name: str
    family: str
    severity: Severity
    field: str | None
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    evidence: str = ""
    fix: Fix | None = None
    start: int = 0  # character offsets into the file's text
    end: int = 0
    extra: dict = field(default_factory=dict)

    def __reduce__(self):
        # Workers send findings to the main process by the thousand: rebuilding one through
        # __init__ costs a fraction of dataclasses' generic __setstate__.
        return Finding, (self.file, self.rule, self.name, self.family, self.severity, self.field,
                         self.line, self.column, self.end_line, self.end_column, self.message,
                         self.evidence, self.fix, self.start, self.end, self.extra)

    def sort_key(self) -> tuple:
        return (self.file, self.line, self.column, self.rule, self.field or "", self.end)

    def fingerprint(self) -> tuple[str, str, str]:
        """Identity that survives line shifts: rule + field + evidence (used by baselines)."""
        return (self.rule, self.field or "", self.evidence)
