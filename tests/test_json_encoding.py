"""The JSON writer's direct encoding of a finding (`finding_json`) is, character for character, the
C encoder's text of the finding's dict (`finding_dict`, the contract of DESIGN.md): on every
finding of the examples and of generated episodes, and on findings with odd values."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.config import Settings
from audit.engine import Auditor, discover
from audit.findings import Edit, Finding, Fix, Severity
from audit.output.json_format import _encode, finding_dict, finding_json
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from run import generate  # noqa: E402


def _same(f: Finding) -> None:
    assert finding_json(f) == _encode(finding_dict(f))


def test_every_finding_of_real_and_generated_episodes(tmp_path):
    generate(30, tmp_path, seed=11)
    files = discover([ROOT / "examples", tmp_path], ["*.md", "*.txt"], [])
    findings = [f for r in Auditor(Settings()).run(files, jobs=1) for f in r.findings]
    assert len(findings) > 1000 and any(f.fix is not None for f in findings) and any(f.fix is None for f in findings)
    assert any(not f.message.isascii() or not f.evidence.isascii() for f in findings)
    for f in findings:
        _same(f)


text = st.text(st.characters(codec="utf-8", exclude_categories=()), max_size=12) | st.sampled_from(
    ["", '"', "\\", "\n\t\r\x00\x1f\x7f", "\u2028\u2029", "Metaâ€™s", "é—“”", "\ud83d", "😀"])
number = st.integers(min_value=0, max_value=10**6)
odd = st.one_of(text, st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False))


@st.composite
def findings(draw):
    edits = tuple(Edit(draw(number), draw(number), draw(text)) for _ in range(draw(st.integers(0, 3))))
    fix = draw(st.none() | st.just(Fix(draw(st.sampled_from(["safe", "unsafe"])), draw(text), edits)))
    positions = [tuple(draw(st.one_of(number, st.booleans())) for _ in range(4)) for _ in range(draw(st.integers(0, 4)))]
    return Finding(
        file=draw(text), rule=draw(text), name=draw(text), family=draw(text),
        severity=draw(st.sampled_from(list(Severity))), field=draw(st.none() | text),
        line=draw(st.one_of(number, st.booleans())), column=draw(number), end_line=draw(number),
        end_column=draw(number), message=draw(text), evidence=draw(st.one_of(text, odd)), fix=fix,
        extra={"edit_positions": positions} if draw(st.booleans()) else {},
    )


@settings(max_examples=400, deadline=None)
@given(findings())
def test_any_finding(f):
    _same(f)
