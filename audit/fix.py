"""Apply edits to source text, verify, write atomically, diff."""

from __future__ import annotations

from .findings import Edit


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, list[Edit]]:
    """Apply non-overlapping edits back to front; returns (new text, edits skipped as overlapping)."""
    applied: list[Edit] = []
    skipped: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if applied and e.start < applied[-1].end:
            skipped.append(e)
            continue
        applied.append(e)
    for e in reversed(applied):
        text = text[:e.start] + e.replacement + text[e.end:]
    return text, skipped
