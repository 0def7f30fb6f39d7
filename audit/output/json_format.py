"""JSON output: the contract of DESIGN.md (version 1), stable keys, findings ordered.

Written as a stream, one finding per line, with the C encoder: a run over thousands of files
holds no finding once it is written, and encoding costs a fraction of pretty-printing.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _quote  # what JSONEncoder(ensure_ascii=False) quotes strings with

from ..findings import Severity
from .tally import Tally

_encode = json.JSONEncoder(ensure_ascii=False).encode
_SEVERITY = {s: _quote(str(s)) for s in Severity}


def finding_dict(f) -> dict:
    fix = None
    if f.fix is not None:
        positions = f.extra.get("edit_positions") or []
        fix = {
            "applicability": f.fix.applicability,
            "description": f.fix.description,
            "edits": [
                {"line": pos[0], "column": pos[1], "end_line": pos[2], "end_column": pos[3],
                 "replacement": e.replacement}
                for e, pos in zip(f.fix.edits, positions)
            ],
        }
    return {
        "file": f.file, "rule": f.rule, "name": f.name, "family": f.family,
        "severity": str(f.severity), "field": f.field, "line": f.line, "column": f.column,
        "end_line": f.end_line, "end_column": f.end_column, "message": f.message,
        "evidence": f.evidence, "fix": fix,
    }


def finding_json(f) -> str:
    """`_encode(finding_dict(f))`, the same text written out directly: a seed episode has 150
    findings, and building then encoding a dict for each cost 2 ms per episode, more than
    most rules. Anything but the usual types (str, None, int) takes the general way."""
    fix = f.fix
    if (type(f.line) is int and type(f.column) is int and type(f.end_line) is int and type(f.end_column) is int
            and type(f.severity) is Severity and (fix is None or type(fix.edits) is tuple)):
        try:
            if fix is None:
                fix_json = "null"
            else:
                edits = []
                for e, pos in zip(fix.edits, f.extra.get("edit_positions") or []):
                    if any(type(n) is not int for n in pos[:4]):
                        raise TypeError
                    edits.append(f'{{"line": {pos[0]}, "column": {pos[1]}, "end_line": {pos[2]}, '
                                 f'"end_column": {pos[3]}, "replacement": {_quote(e.replacement)}}}')
                fix_json = (f'{{"applicability": {_quote(fix.applicability)}, "description": '
                            f'{_quote(fix.description)}, "edits": [{", ".join(edits)}]}}')
            return (f'{{"file": {_quote(f.file)}, "rule": {_quote(f.rule)}, "name": {_quote(f.name)}, '
                    f'"family": {_quote(f.family)}, "severity": {_SEVERITY[f.severity]}, '
                    f'"field": {"null" if f.field is None else _quote(f.field)}, "line": {f.line}, '
                    f'"column": {f.column}, "end_line": {f.end_line}, "end_column": {f.end_column}, '
                    f'"message": {_quote(f.message)}, "evidence": {_quote(f.evidence)}, "fix": {fix_json}}}')
        except (TypeError, IndexError):  # a value of another type (None evidence, a bool position, ...)
            pass
    return _encode(finding_dict(f))


def _items(out, key: str, rows, last: bool = False, encode=_encode) -> None:
    """`"key": [` one JSON value per line `]`."""
    out.write(f'  "{key}": [')
    sep = "\n    "
    for row in rows:
        out.write(sep + encode(row))
        sep = ",\n    "
    out.write("\n  ]" if sep != "\n    " else "]")
    out.write("\n" if last else ",\n")


def write(results, out, rules=None, meta=None, tally: Tally | None = None, **_options) -> None:
    tally = tally if tally is not None else Tally()
    out.write('{\n  "version": 1,\n')
    _items(out, "findings", (f for r in tally.track(results) for f in r.findings), encode=finding_json)
    _items(out, "files", ({"file": file, "findings": n, "error": error} for file, n, error in tally.file_rows))
    summary = {
        "files": tally.files,
        "findings": tally.findings,
        "by_severity": dict(sorted(tally.by_severity.items())),
        "by_family": dict(sorted(tally.by_family.items())),
    }
    out.write('  "summary": ' + json.dumps(summary, ensure_ascii=False, indent=2).replace("\n", "\n  "))
    out.write("\n}\n")
