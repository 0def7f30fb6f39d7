"""JUnit XML for CI dashboards: one test case per episode file, one failure per finding."""

from __future__ import annotations

import os
from xml.etree import ElementTree as ET

from .tally import Tally


def _classname(file: str) -> str:
    parent = os.path.dirname(file.replace(os.sep, "/")).strip("./")
    return "audit." + parent.replace("/", ".") if parent else "audit"


def _render(results, rules=None, meta=None) -> str:
    results = list(results)
    failures = sum(len(r.findings) for r in results)
    suites = ET.Element("testsuites", name="audit", tests=str(len(results)), failures=str(failures),
                        errors="0", time="0")
    suite = ET.SubElement(suites, "testsuite", name="audit", tests=str(len(results)),
                          failures=str(failures), errors="0", skipped="0", time="0")
    for r in results:
        case = ET.SubElement(suite, "testcase", classname=_classname(r.file), name=r.file, file=r.file, time="0")
        for f in r.findings:
            body = f"{f.file}:{f.line}:{f.column}: {f.rule} [{f.severity}] {f.message}"
            if f.field:
                body += f"\nfield: {f.field}"
            if f.evidence:
                body += f"\nevidence: {f.evidence}"
            if f.fix is not None:
                body += f"\nfix ({f.fix.applicability}): {f.fix.description}"
            failure = ET.SubElement(case, "failure", message=f"{f.rule} {f.name}: {f.message}"[:1000],
                                    type=f"{f.rule} {f.severity}")
            failure.text = body
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def write(results, out, rules=None, meta=None, tally: Tally | None = None, **_options) -> None:
    """One document over all results: collected first."""
    tally = tally if tally is not None else Tally()
    out.write(_render(list(tally.track(results)), rules, meta))
