"""GitHub Actions workflow commands: `::error file=...,line=...,col=...,title=CODE::message`.

GitHub turns each line into an annotation on the file in the pull request. Values are escaped as
the runner expects (`%`, CR and LF everywhere; also `:` and `,` in properties).
"""

from __future__ import annotations

from .tally import Tally

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


def write(results, out, rules=None, meta=None, tally: Tally | None = None, **_options) -> None:
    tally = tally if tally is not None else Tally()
    for r in tally.track(results):
        out.write("".join(line(f) + "\n" for f in r.findings))
