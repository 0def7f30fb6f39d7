"""`audit baseline` and `audit check --baseline`: only new findings are reported and gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from tests.conftest import episode_text

FM = """title: Lama 4 is out
companies:
- name: Meta
  context: Meta shipped Lama 4.
- name: OpenAI
  context: OpenAI was not mentioned.
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "eps").mkdir()
    (tmp_path / "eps" / "a.md").write_text(episode_text(FM), encoding="utf-8")
    (tmp_path / "eps" / "b.md").write_text(episode_text("title: Fine\nsummary: OPENai ships.\n"), encoding="utf-8")
    return tmp_path


def invoke(*args):
    return CliRunner().invoke(main, [*args])


def gate(*args, baseline=".audit-baseline.json"):
    result = invoke("check", "--no-cache", "--select", "M301,M302", "--format", "json", "eps",
                    "--baseline", baseline, *args)
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, [(f["file"], f["rule"], f["evidence"]) for f in json.loads(result.stdout)["findings"]]


def record():
    result = invoke("baseline", "--no-cache", "--select", "M301,M302", "eps", "-o", ".audit-baseline.json")
    assert result.exit_code == 0, result.output
    return json.loads(Path(".audit-baseline.json").read_text())


def write(name, fm):
    Path("eps", name).write_text(episode_text(fm), encoding="utf-8")


def test_baseline_hides_todays_findings(project):
    doc = record()
    assert doc["version"] == 1 and sum(e["count"] for e in doc["findings"]) == 3
    assert {e["file"] for e in doc["findings"]} == {"eps/a.md", "eps/b.md"}
    assert all("line" not in e for e in doc["findings"])  # identity never holds a line
    assert gate() == (0, [])
    text = invoke("check", "--no-cache", "--select", "M301,M302", "eps", "--baseline", ".audit-baseline.json")
    assert text.exit_code == 0 and "All clear" in text.stdout and "3 more in the baseline" in text.stdout


def test_survives_line_shifts_and_edits_elsewhere(project):
    record()
    shifted = "date: '2025-01-01'\ntags:\n- ai\n" + FM.replace("- name: Meta", "- name: Google\n  context: Google too.\n- name: Meta")
    write("a.md", shifted)
    assert gate() == (0, [])


def test_new_defects_are_reported_even_with_the_same_text(project):
    record()
    write("a.md", FM + "summary: Lama and Lama again.\n")
    code, new = gate()
    assert code == 1 and new == [("eps/a.md", "M301", "Lama"), ("eps/a.md", "M301", "Lama")]
    write("a.md", FM.replace("Meta shipped Lama 4.", "Meta shipped Lama 4 and Lama 3."))
    code, new = gate()  # one more "Lama" in the same kind of field: the count grew by one
    assert code == 1 and new == [("eps/a.md", "M301", "Lama")]


def test_fixed_findings_drop_out(project):
    record()
    write("a.md", FM.replace("Lama", "Llama"))
    assert gate() == (0, [])
    doc = record()
    assert {e["file"] for e in doc["findings"]} == {"eps/b.md"}
    write("a.md", FM)  # the old defect comes back: it is new again
    code, new = gate()
    assert code == 1 and len(new) == 2


def test_paths_are_relative_to_the_baseline_file(project, monkeypatch):
    record()
    monkeypatch.chdir(project / "eps")
    result = invoke("check", "--no-cache", "--select", "M301,M302", ".", "--baseline", "../.audit-baseline.json")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("content,needle", [
    (None, "cannot read"),
    ("{not json", "not JSON"),
    ('{"version": 7, "findings": []}', "not an audit baseline"),
    ('{"version": 1, "findings": [{"rule": "M301"}]}', "findings[0]"),
])
def test_bad_baseline_exits_2(project, content, needle):
    if content is not None:
        (project / "bad.json").write_text(content)
    result = invoke("check", "--no-cache", "eps", "--baseline", "bad.json")
    assert result.exit_code == 2 and needle in result.stderr and "Traceback" not in result.stderr
