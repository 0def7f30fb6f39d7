"""GitHub Actions workflow commands: `::error file=...,line=...,col=...,title=CODE::message`.

GitHub turns each line into an annotation on the file in the pull request. Values are escaped as
the runner expects (`%`, CR and LF everywhere; also `:` and `,` in properties).
"""

from __future__ import annotations

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def line(f) -> str:
    props = [f"file={_prop(f.file)}", f"line={f.line}", f"col={f.column}"]
    if f.end_line != f.line or f.end_column != f.column:
        props += [f"endLine={f.end_line}", f"endColumn={f.end_column}"]
    props.append(f"title={_prop(f.rule)}")
    message = f"{f.message} [{f.name}]"
    if f.fix is not None:
        message += f"\nfix ({f.fix.applicability}): {f.fix.description}"
    return f"::{COMMANDS[str(f.severity)]} {','.join(props)}::{_data(message)}"


def render(results, rules=None, meta=None) -> str:
    out = [line(f) for r in results for f in r.findings]
    return "\n".join(out) + "\n" if out else ""
