"""JSON output: the contract of DESIGN.md (version 1), stable keys, findings ordered.

Written as a stream, one finding per line, with the C encoder: a run over thousands of files
holds no finding once it is written, and encoding costs a fraction of pretty-printing.
"""

from __future__ import annotations

import json

from .tally import Tally

_encode = json.JSONEncoder(ensure_ascii=False).encode


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


def _items(out, key: str, rows, last: bool = False) -> None:
    """`"key": [` one JSON value per line `]`."""
    out.write(f'  "{key}": [')
    sep = "\n    "
    for row in rows:
        out.write(sep)
        out.write(_encode(row))
        sep = ",\n    "
    out.write("\n  ]" if sep != "\n    " else "]")
    out.write("\n" if last else ",\n")


def write(results, out, rules=None, meta=None, tally: Tally | None = None, **_options) -> None:
    tally = tally if tally is not None else Tally()
    out.write('{\n  "version": 1,\n')
    _items(out, "findings", (finding_dict(f) for r in tally.track(results) for f in r.findings))
    _items(out, "files", ({"file": file, "findings": n, "error": error} for file, n, error in tally.file_rows))
    summary = {
        "files": tally.files,
        "findings": tally.findings,
        "by_severity": dict(sorted(tally.by_severity.items())),
        "by_family": dict(sorted(tally.by_family.items())),
    }
    out.write('  "summary": ' + json.dumps(summary, ensure_ascii=False, indent=2).replace("\n", "\n  "))
    out.write("\n}\n")
