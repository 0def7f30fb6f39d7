"""JSON output: the contract of DESIGN.md (version 1), stable keys, findings ordered."""

from __future__ import annotations

import json
from collections import Counter


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


def document(results, meta=None) -> dict:
    findings = [f for r in results for f in r.findings]
    return {
        "version": 1,
        "findings": [finding_dict(f) for f in findings],
        "files": [{"file": r.file, "findings": len(r.findings), "error": r.error} for r in results],
        "summary": {
            "files": len(results),
            "findings": len(findings),
            "by_severity": dict(sorted(Counter(str(f.severity) for f in findings).items())),
            "by_family": dict(sorted(Counter(f.family for f in findings).items())),
        },
    }


def render(results, rules=None, meta=None) -> str:
    return json.dumps(document(results, meta), ensure_ascii=False, indent=2) + "\n"
