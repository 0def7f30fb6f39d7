"""Text output: `path:line:col: CODE [severity] message`, a fix line, and a summary; colour on a terminal."""

from __future__ import annotations

import click

from .tally import Tally

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def summary_line(tally: Tally) -> str:
    """One line: counts by severity, files, fixes (and findings a baseline hid, when any)."""
    if not isinstance(tally, Tally):
        tally = Tally.of(tally)  # a list of results
    tail = f" {tally.hidden} more in the baseline." if tally.hidden else ""
    n, files = tally.findings, tally.files
    if not n:
        return f"All clear: no findings in {files} file{'s' * (files != 1)}.{tail}"
    sev = tally.by_severity
    parts = ", ".join(f"{sev[s]} {s}{'s' * (sev[s] != 1)}" for s in ("error", "warning", "info") if sev[s])
    return (f"Found {n} finding{'s' * (n != 1)} ({parts}) in {tally.files_with_findings} of "
            f"{files} file{'s' * (files != 1)}; {tally.fixable} with a fix (`audit fix`).{tail}")


def write(results, out, rules=None, meta=None, tally: Tally | None = None, color: bool = False,
          **_options) -> None:
    tally = tally if tally is not None else Tally()
    for r in tally.track(results):
        lines = []
        for f in r.findings:
            sev = str(f.severity)
            loc = f"{f.file}:{f.line}:{f.column}:"
            tag = f"[{sev}]"
            if color:
                loc = click.style(loc, bold=True)
                tag = click.style(tag, fg=_COLOURS.get(sev))
            lines.append(f"{loc} {f.rule} {tag} {f.message}\n")
            if f.fix is not None:
                lines.append(f"    fix ({f.fix.applicability}): {f.fix.description}\n")
        out.write("".join(lines))
    out.write(summary_line(tally) + "\n")
