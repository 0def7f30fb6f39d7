"""Text output: `path:line:col: CODE [severity] message`, a fix line, and a summary; colour on a terminal."""

from __future__ import annotations

from collections import Counter

import click

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def summary_line(results, hidden: int = 0) -> str:
    """One line: counts by severity, files, fixes (and findings a baseline hid, when any)."""
    findings = [f for r in results for f in r.findings]
    tail = f" {hidden} more in the baseline." if hidden else ""
    if not findings:
        return f"All clear: no findings in {len(results)} file{'s' * (len(results) != 1)}.{tail}"
    sev = Counter(str(f.severity) for f in findings)
    parts = ", ".join(f"{sev[s]} {s}{'s' * (sev[s] != 1)}" for s in ("error", "warning", "info") if sev[s])
    fixable = sum(1 for f in findings if f.fix is not None)
    files = sum(1 for r in results if r.findings)
    return (f"Found {len(findings)} finding{'s' * (len(findings) != 1)} ({parts}) in {files} of "
            f"{len(results)} file{'s' * (len(results) != 1)}; {fixable} with a fix (`audit fix`).{tail}")


def render(results, rules=None, meta=None, color: bool = False) -> str:
    lines = []
    for r in results:
        for f in r.findings:
            sev = str(f.severity)
            loc = f"{f.file}:{f.line}:{f.column}:"
            tag = f"[{sev}]"
            if color:
                loc = click.style(loc, bold=True)
                tag = click.style(tag, fg=_COLOURS.get(sev))
            lines.append(f"{loc} {f.rule} {tag} {f.message}")
            if f.fix is not None:
                lines.append(f"    fix ({f.fix.applicability}): {f.fix.description}")
    lines.append(summary_line(results, (meta or {}).get("baseline_hidden", 0)))
    return "\n".join(lines) + "\n"
