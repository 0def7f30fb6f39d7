"""One parametrised runner for the good/bad cases of every rule (tests/rules/cases/<CODE>.yaml).

A case file:

    rule: M301
    cases:
      - name: lama-with-version            # unique within the file
        front_matter: |                    # YAML between the '---' lines (file line 2 is its first line)
                                           # (or `text:` for the whole file, for structure rules,
                                           #  or `bytes:` for raw bytes, each character one byte)
          title: Lama 4 is out
        expect:                            # every finding of this rule, in order; [] for a good case
          - {field: title, line: 2, column: 8, evidence: Lama}
        fixed: |                           # optional: the front matter after applying this rule's fixes
          title: Llama 4 is out
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from audit.checks import builtin_rules
from audit.fix import apply_edits
from tests.conftest import audit_text, episode_text

CASES_DIR = Path(__file__).parent / "cases"


def _load_cases():
    out = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            out.append(pytest.param(data["rule"], case, id=f"{path.stem}-{case['name']}"))
    return out


CASES = _load_cases()


@pytest.mark.parametrize("code,case", CASES)
def test_rule_case(code, case):
    text = case.get("text", case.get("bytes")) or episode_text(case["front_matter"])
    findings = audit_text(case["bytes"].encode("latin-1") if "bytes" in case else text, select=[code])
    got = [{"field": f.field, "line": f.line, "column": f.column, "evidence": f.evidence} for f in findings]
    want = [{k: e.get(k) for k in ("field", "line", "column", "evidence")} for e in case["expect"]]
    # keys a case leaves out are not compared
    got = [{k: g[k] for k in w if w[k] is not None} for g, w in zip(got, want)] if len(got) == len(want) else got
    want = [{k: v for k, v in w.items() if v is not None} for w in want]
    assert got == want, "\n".join(f"{f.line}:{f.column} {f.rule} {f.message}" for f in findings)
    if "fixed" in case:
        edits = [e for f in findings if f.fix for e in f.fix.edits]
        new_text, _ = apply_edits(text, edits)
        assert new_text == (case["fixed"] if "text" in case else episode_text(case["fixed"]))


def test_every_rule_has_docs_and_cases():
    """Meta-test: every built-in rule documents itself in ruff's sections and has good and bad cases."""
    covered = {}
    for param in CASES:
        code, case = param.values
        covered.setdefault(code, set()).add(bool(case["expect"]))
    missing_docs, missing_cases = [], []
    for code, cls in builtin_rules().items():
        if code == "S001":  # an unreadable file cannot be a text case: tests/test_loader.py covers it
            covered[code] = {True, False}
        doc = cls.doc()
        if not all(s in doc for s in ("## What it does", "## Why it matters", "## Example", "## Fix safety")):
            missing_docs.append(code)
        if covered.get(code) != {True, False}:
            missing_cases.append(code)
    assert not missing_docs, f"rules without the four doc sections: {missing_docs}"
    assert not missing_cases, f"rules without both a good and a bad case: {missing_cases}"
