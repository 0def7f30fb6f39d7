"""The loader: positions of scalars, and every kind of bad input as a finding, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from audit.episode import Episode, load_episode, parse_episode
from tests.conftest import SEED, TESTDATA, audit_text


def parse(text: str) -> Episode:
    return parse_episode(text.encode("utf-8"), Episode(path="t.md"))


@pytest.mark.parametrize("source,value_sub", [
    ("title: plain Lama here\n", "Lama"),
    ("title: 'single ''q'' Lama'\n", "Lama"),
    ('title: "double \\u00e9 Lama"\n', "Lama"),
    ("title: folded plain\n  across Lama lines\n", "Lama"),
    ("title: >\n  folded block\n  with Lama\n", "Lama"),
    ("title: |\n  literal\n  Lama\n", "Lama"),
    ("title: 'quoted\n  folded Lama'\n", "Lama"),
])
def test_locate_points_at_the_substring(source, value_sub):
    ep = parse("---\n" + source + "---\n")
    value = ep.data["title"]
    i = value.index(value_sub)
    start, end, verbatim = ep.locate("title", i, i + len(value_sub))
    assert ep.text[start:end] == value_sub and verbatim


def test_locate_across_a_fold_is_not_verbatim():
    ep = parse("---\ntitle: word\n  next\n---\n")
    start, end, verbatim = ep.locate("title", 2, 7)  # "rd ne" spans the folded break
    assert not verbatim and ep.text[start:end].startswith("rd") and ep.text[start:end].endswith("ne")


def test_paths_spans_and_crlf_bom():
    text = "\ufeff---\r\ntitle: x\r\ncompanies:\r\n- name: A\r\n  confidence: low\r\n---\r\nbody"
    ep = parse(text)
    assert ep.ok and ep.data["companies"][0]["name"] == "A"
    sc = ep.scalars["companies[0].confidence"]
    assert ep.text[sc.start:sc.end] == "low"
    assert ep.position(sc.start) == (5, 15)
    assert "companies[0]" in ep.spans


@pytest.mark.parametrize("raw,code", [
    (b"", "S002"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "S003"),
    (b"no front matter\n", "S004"),
    (b"---\ntitle: x\n", "S005"),
    (b"---\ntitle: [x\n---\n", "S006"),
    (b"---\ntitle: a\ntitle: b\n---\n", "S007"),
    (b"---\ntitle: !!python/object:os.system x\n---\n", "S008"),
    (b"---\na: &a [*a]\n---\n", "S009"),
    (b"---\n- a\n---\n", "S010"),
    (b"---\n" + b"[" * 500 + b"]" * 500 + b"\n---\n", None),
    (b"---\ntitle: caf\xe9\n---\n", "E001"),
])
def test_bad_input_is_a_finding(raw, code):
    ep = parse_episode(raw, Episode(path="bad.md"))
    assert ep.problems, raw
    if code:
        assert code in {p.rule for p in ep.problems}
    for p in ep.problems:
        assert p.line >= 1 and p.column >= 1 and p.family in ("schema", "encoding")


def test_invalid_utf8_reports_byte_offset_and_keeps_auditing():
    findings = audit_text(b"---\ntitle: Lama 4 caf\xe9\n---\n", select=["E001", "M301"])
    assert [(f.rule, f.line, f.column) for f in findings] == [("M301", 2, 8), ("E001", 2, 18)]
    assert "byte offset 21" in findings[1].message


def test_unreadable_file(tmp_path):
    # A folder where a file is expected cannot be read, even by root (chmod 000 would not stop root).
    ep = load_episode(tmp_path, "folder.md")
    assert [(x.rule, x.family, x.line) for x in ep.problems] == [("S001", "schema", 1)]
    assert "directory" in ep.problems[0].message.lower()


def test_alias_bomb_is_refused_quickly():
    levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev, cur = chr(96 + i), chr(97 + i)
        levels.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 10) + "]")
    ep = parse("---\n" + "\n".join(levels) + "\n---\n")
    assert [p.rule for p in ep.problems] == ["S009"] and ep.data is None


def test_directory_run_continues_past_bad_files(tmp_path):
    (tmp_path / "a.md").write_bytes(b"\x00\x01binary")
    (tmp_path / "b.md").write_text("---\ntitle: [\n---\n")
    (tmp_path / "c.md").write_text((SEED.read_text(encoding="utf-8")))
    proc = subprocess.run([sys.executable, "-m", "audit", "check", "--format", "json", str(tmp_path)],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    doc = json.loads(proc.stdout)
    errors = {os.path.basename(f["file"]): f["error"] for f in doc["files"]}
    assert errors["a.md"] and errors["b.md"] and errors["c.md"] is None
    assert any(f["family"] == "misspelling" for f in doc["findings"] if f["file"].endswith("c.md"))


# --- the YAML test suite, every case wrapped as a front matter ------------------------------------

# libyaml accepts these invalid documents (its known leniencies); they still get schema findings
# (missing required fields), with lines, but no syntax error.
LIBYAML_LENIENT = {"DK95/01", "S98Z", "SU5Z", "X4QW"}


def _suite():
    path = TESTDATA / "yaml-test-suite.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_yaml_test_suite_through_the_cli(tmp_path):
    cases = _suite()
    assert len(cases) == 402 and sum(c["error"] for c in cases) == 94
    names = {}
    for n, case in enumerate(cases):
        body = case["yaml"] if case["yaml"].endswith("\n") else case["yaml"] + "\n"
        name = f"{n:03d}.md"
        (tmp_path / name).write_text("---\n" + body + "---\n", encoding="utf-8")
        names[name] = case
    proc = subprocess.run([sys.executable, "-m", "audit", "check", "--format", "json", str(tmp_path)],
                          capture_output=True, text=True)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    doc = json.loads(proc.stdout)
    by_file: dict[str, list] = {}
    for f in doc["findings"]:
        by_file.setdefault(os.path.basename(f["file"]), []).append(f)
    lenient = set()
    for name, case in names.items():
        if not case["error"]:
            continue
        schema = [f for f in by_file.get(name, []) if f["family"] == "schema" and f["line"] >= 1]
        assert schema, case["id"]
        if not any(f["rule"].startswith("S0") for f in schema):
            lenient.add(case["id"])
    assert lenient <= LIBYAML_LENIENT


def test_items_repeated_by_alias_have_paths_of_their_own():
    # `- *first` repeats a whole entity: rules reach companies[1].name by index, so it needs a path
    # and a span (the anchor's text) like companies[0].name. Before, M301 crashed with a KeyError on
    # `companies[1].name` and every file of the batch lost its misspelling findings.
    text = ("---\ntitle: Two entities\ndate: 2024-05-01\nsummary: Openai said so.\ncompanies:\n"
            "- &first\n  name: Openai\n  category: ai_company\n  confidence: high\n  context: Openai said so.\n"
            "- *first\n---\n")
    ep = parse(text)
    assert ep.problems == [] and ep.data["companies"][1]["name"] == "Openai"
    assert ep.spans["companies[1].name"] == ep.spans["companies[0].name"]
    assert ep.scalars["companies[1].context"].value == "Openai said so."
    findings = audit_text(text)
    assert not [f for f in findings if "nternal error" in f.message]
    names = {(f.rule, f.field) for f in findings}
    assert {("M301", "companies[0].name"), ("M301", "companies[1].name")} <= names
    assert ("D601", "companies[1].name") in names  # the same entity twice


@pytest.mark.parametrize("raw,char", [
    ("---\ntitle: café Metaâ\x80\x99s model\nsummary: ok\n---\n", "\x80"),  # Latin-1 mojibake, raw
    ("---\ntitle: ok\nsummary: a bell \x07 rang\n---\n", "\x07"),
])
def test_a_character_yaml_forbids_is_reported_where_it_stands(raw, char):
    ep = parse_episode(raw.encode(), Episode(path="x.md"))
    [problem] = ep.problems
    at = raw.index(char)
    line = raw.count("\n", 0, at) + 1
    assert (problem.rule, problem.line, problem.column) == ("S006", line, at - raw.rfind("\n", 0, at))
    assert f"U+{ord(char):04X}" in problem.message
    assert ("Latin-1" in problem.message) == (char == "\x80")
    assert char in problem.evidence and " " not in problem.evidence
