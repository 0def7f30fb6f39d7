"""SARIF 2.1.0, as GitHub code scanning reads it: one run, every rule with its help, fixes.

Columns are counted in Unicode code points (`columnKind`), as every other output of audit counts
them; `endColumn` is exclusive in SARIF too. Paths are URIs relative to the folder the run started
in (`%SRCROOT%`), which is the repository root in the documented CI workflow.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from .tally import Tally

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFO_URI = "https://github.com/audit/audit"


def artifact_uri(file: str) -> str:
    p = Path(file)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return p.resolve().as_uri()
    return quote(p.as_posix().removeprefix("./"))


def fingerprint(f) -> str:
    """Stable identity of a finding for code scanning: file, rule, field shape, evidence."""
    field = re.sub(r"\[\d+\]", "[]", f.field or "")
    blob = "\0".join((f.file.replace(os.sep, "/"), f.rule, field, f.evidence))
    return hashlib.sha256(blob.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def rule_descriptor(rule) -> dict:
    doc = rule.doc() if hasattr(rule, "doc") else ""
    summary = rule.summary or rule.name
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": doc.split("\n\n")[0] if doc else summary},
        "help": {"text": doc or summary, "markdown": doc or summary},
        "defaultConfiguration": {"level": LEVELS[str(rule.severity)]},
        "properties": {"family": rule.family, "tags": [rule.family], "fixable": rule.fixable or "no"},
    }


def _region(line, column, end_line, end_column) -> dict:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def result(f, index: dict) -> dict:
    uri = artifact_uri(f.file)
    location = {"uriBaseId": "%SRCROOT%", "uri": uri}
    out = {
        "ruleId": f.rule,
        "level": LEVELS[str(f.severity)],
        "message": {"text": f.message},
        "locations": [{
            "physicalLocation": {"artifactLocation": dict(location),
                                 "region": _region(f.line, f.column, f.end_line, f.end_column)},
        }],
        "partialFingerprints": {"auditFinding/v1": fingerprint(f)},
        "properties": {"family": f.family, "evidence": f.evidence},
    }
    if f.rule in index:
        out["ruleIndex"] = index[f.rule]
    if f.field:
        out["locations"][0]["logicalLocations"] = [{"fullyQualifiedName": f.field, "kind": "member"}]
    positions = f.extra.get("edit_positions") or []
    if f.fix is not None and len(positions) == len(f.fix.edits):
        out["fixes"] = [{
            "description": {"text": f"{f.fix.description} ({f.fix.applicability})"},
            "artifactChanges": [{
                "artifactLocation": dict(location),
                "replacements": [{"deletedRegion": _region(*pos), "insertedContent": {"text": e.replacement}}
                                 for e, pos in zip(f.fix.edits, positions)],
            }],
        }]
    return out


def _run_head(rules) -> dict:
    """The run's members before its results: the tool and its rules, the base URI, invocations."""
    return {
        "tool": {"driver": {"name": "audit", "version": __version__, "semanticVersion": __version__,
                            "informationUri": INFO_URI, "rules": [rule_descriptor(r) for r in rules]}},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": True}],
    }


def _artifact(file: str) -> dict:
    return {"location": {"uriBaseId": "%SRCROOT%", "uri": artifact_uri(file)}}


def document(results, rules=None, meta=None) -> dict:
    """The whole SARIF log as one object (what `write` streams)."""
    rules = list(rules or [])
    index = {r.code: i for i, r in enumerate(rules)}
    results = list(results)
    run = _run_head(rules)
    run["results"] = [result(f, index) for r in results for f in r.findings]
    run["artifacts"] = [_artifact(r.file) for r in results]
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _pretty(value, indent: str) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def write(results, out, rules=None, meta=None, tally: Tally | None = None, **_options) -> None:
    """The SARIF log of `results`, written as they arrive: one result per line, so memory stays
    flat however many findings a run has. The run's `artifacts` (every file, in order) follow its
    `results`; `document` builds the same log as one object."""
    tally = tally if tally is not None else Tally()
    rules = list(rules or [])
    index = {r.code: i for i, r in enumerate(rules)}
    out.write(f'{{\n  "$schema": {json.dumps(SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {{\n')
    for key, value in _run_head(rules).items():
        out.write(f'      "{key}": {_pretty(value, "      ")},\n')
    out.write('      "results": [')
    sep = "\n        "
    for r in tally.track(results):
        for f in r.findings:
            out.write(sep + json.dumps(result(f, index), ensure_ascii=False))
            sep = ",\n        "
    out.write("\n      ],\n" if sep != "\n        " else "],\n")
    out.write('      "artifacts": [')
    sep = "\n        "
    for file, _, _ in tally.file_rows:
        out.write(sep + json.dumps(_artifact(file), ensure_ascii=False))
        sep = ",\n        "
    out.write("\n      ]\n" if sep != "\n        " else "]\n")
    out.write("    }\n  ]\n}\n")
