"""Control characters YAML does not allow, written raw into a front matter (not escaped).

Mojibake leaves them: UTF-8 read as Latin-1 turns "’" into "â\\x80\\x99", and a Windows-1252
decoder that keeps the bytes it has no character for turns "”" into "â€\\x9d". PyYAML's reader
stops at the first one, so a single damaged quote used to cost the whole file its audit: one S006
and nothing else. The loader now reports the first one (S006, with the count) and reads on, with
the values exactly as the file holds them.
"""

from __future__ import annotations

import json
import re

import ftfy
import pytest

from audit.episode import Episode, parse_episode
from tests.conftest import TESTDATA, audit_text

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")


def _cases(name: str, damaged: bool) -> list[dict]:
    cases = json.loads((TESTDATA / "ftfy-cases" / f"{name}.json").read_text(encoding="utf-8"))
    return [c for c in cases if CONTROL.search(c["original"])
            and (ftfy.fix_encoding(c["original"]) != c["original"]) == damaged]


def _front_matter(text: str) -> str:
    """`text` raw as the summary of an episode, in a literal block scalar (nothing escaped)."""
    body = "\n".join("  " + line for line in text.split("\n"))
    return f"---\ntitle: A talk\ndate: 2024-05-01\nsummary: |-\n{body}\nquotes:\n- text: We shipped it.\n---\nBody.\n"


WILD = _cases("in-the-wild", damaged=True) + _cases("synthetic", damaged=True)


def test_the_sets_hold_such_cases():
    assert len(_cases("in-the-wild", damaged=True)) >= 15
    assert len(_cases("synthetic", damaged=False)) >= 2


@pytest.mark.parametrize("case", WILD, ids=[c["label"][:40] for c in WILD])
def test_real_mojibake_written_raw_is_read_on_and_found(case):
    raw = _front_matter(case["original"])
    ep = parse_episode(raw.encode("utf-8"), Episode(path="x.md"))
    assert ep.ok  # read on, not given up
    assert ep.data["summary"] == case["original"].rstrip("\n")  # the characters put back as written
    assert ep.data["quotes"][0]["text"] == "We shipped it."
    [problem] = ep.problems
    first = CONTROL.search(raw)
    line = raw.count("\n", 0, first.start()) + 1
    assert (problem.rule, problem.line) == ("S006", line)
    assert f"U+{ord(first.group()):04X}" in problem.message and "read on" in problem.message
    findings = audit_text(raw)
    u101 = [f for f in findings if f.rule == "U101"]
    assert u101 and all(f.field == "summary" for f in u101), case["label"]
    for f in u101:  # each points at its damaged word, in the file as written
        assert raw[f.start:f.end] == f.evidence
    # and every control character of the text stands in one of them
    spans = [(f.start, f.end) for f in u101]
    for m in CONTROL.finditer(raw):
        assert any(a <= m.start() < b for a, b in spans), (case["label"], m.group())


@pytest.mark.parametrize("case", _cases("synthetic", damaged=False), ids=lambda c: c["label"][:40])
def test_a_control_character_that_is_no_mojibake_is_reported_once_and_nothing_else(case):
    raw = _front_matter(case["original"])
    findings = audit_text(raw, select=["S006", "U101"])
    assert [f.rule for f in findings] == ["S006"]
    assert parse_episode(raw.encode("utf-8"), Episode(path="x.md")).data["summary"] == case["original"]


def test_the_count_and_the_codec_are_named():
    raw = ("---\ntitle: \"He said \u00e2\u20ac\u0153hi\u00e2\u20ac\x9d to Meta\u00e2\x80\x99s team\"\n"
           "date: 2024-05-01\nsummary: plain\n---\n")
    findings = audit_text(raw)
    [s006] = [f for f in findings if f.rule == "S006"]
    assert "its 3 such characters" in s006.message and (s006.line, s006.column) == (2, 24)
    messages = {f.evidence: f.message for f in findings if f.rule == "U101"}
    # "â€œ" is Windows-1252 only, and 0x9D is one of the five bytes it has no character for
    assert "decoded as Windows-1252;" in messages["\u00e2\u20ac\u0153hi\u00e2\u20ac\x9d"]
    assert "decoded as Latin-1;" in messages["Meta\u00e2\x80\x99s"]  # 0x80 is the euro sign there


def test_aliases_and_keys_with_control_characters_are_put_back():
    raw = ("---\ntitle: &t \"Meta\u00e2\x80\x99s \x07 model\"\ndate: 2024-05-01\nsummary: *t\n"
           "tags:\n  k\x90ey: v\x9dalue\n---\n")
    ep = parse_episode(raw.encode("utf-8"), Episode(path="x.md"))
    assert ep.data["title"] == ep.data["summary"] == "Meta\u00e2\x80\x99s \x07 model"
    assert ep.data["tags"] == {"k\x90ey": "v\x9dalue"}


def test_a_front_matter_already_using_the_stand_ins_is_not_read_on():
    # the loader stands private-use characters U+E000-U+E0FF in for control characters; a file
    # that holds some itself could not be told apart, so it keeps the plain S006
    raw = "---\ntitle: icon \ue09d here\nsummary: Meta\u00e2\x80\x99s\n---\n"
    ep = parse_episode(raw.encode("utf-8"), Episode(path="x.md"))
    assert not ep.ok and [p.rule for p in ep.problems] == ["S006"]
    assert "read on" not in ep.problems[0].message


def test_audit_fix_write_repairs_the_file_and_leaves_it_valid_yaml(tmp_path):
    from click.testing import CliRunner

    from audit.cli import main

    path = tmp_path / "ep.md"
    raw = ("---\ntitle: \"He said \u00e2\u20ac\u0153hi\u00e2\u20ac\x9d to Meta\u00e2\u20ac\u2122s team\"\n"
           "date: 2024-05-01\nsummary: Caf\u00c3\u00a9 \u00e2\x80\x94 plain\n---\nBody.\n")
    path.write_text(raw, encoding="utf-8")
    result = CliRunner().invoke(main, ["fix", "--write", str(path)])
    assert result.exit_code == 0, result.output
    fixed = path.read_text(encoding="utf-8")
    assert not CONTROL.search(fixed)
    assert "He said \u201chi\u201d to Meta\u2019s team" in fixed and "Caf\u00e9 \u2014 plain" in fixed
    assert fixed.endswith("---\nBody.\n")
    assert CliRunner().invoke(main, ["check", "--no-cache", str(path)]).exit_code == 0


def test_a_nel_is_a_character_of_the_text_not_a_line_break():
    # "Ångström" read as Latin-1 is "Ã\x85ngstrÃ¶m": valid YAML, but YAML 1.1 takes U+0085 (NEL)
    # for a line break and folds it away. It is read as written (as YAML 1.2 does), with no S006.
    raw = "---\ntitle: A talk\ndate: 2024-05-01\nsummary: The \u00c3\x85ngstr\u00c3\u00b6m scale\n---\n"
    ep = parse_episode(raw.encode("utf-8"), Episode(path="x.md"))
    assert ep.problems == [] and ep.data["summary"] == "The \u00c3\x85ngstr\u00c3\u00b6m scale"
    [u101] = [f for f in audit_text(raw) if f.family in ("mojibake", "schema")]
    assert (u101.rule, u101.evidence, u101.fix.edits[0].replacement) == ("U101", "\u00c3\x85ngstr\u00c3\u00b6m", "\u00c5ngstr\u00f6m")
