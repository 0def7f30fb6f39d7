"""`audit check --format sarif|junit|github|json|text` and `--output FILE`."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from click.testing import CliRunner

from audit.cli import main
from tests.conftest import SEED, episode_text

SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0-subset.json"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A seed copy, a clean episode and an unparseable one, in a folder of their own (cwd)."""
    monkeypatch.chdir(tmp_path)
    eps = tmp_path / "episodes"
    eps.mkdir()
    shutil.copyfile(SEED, eps / "seed.txt")
    (eps / "clean.md").write_text(episode_text("title: Llama 4 is out\nsummary: Meta released Llama 4.\n"),
                                  encoding="utf-8")
    (eps / "broken.md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    return Path("episodes")


def run(*args):
    result = CliRunner().invoke(main, ["check", "--no-cache", *args])
    assert result.exit_code in (0, 1), result.output
    return result


def test_sarif_validates_and_lists_every_rule(corpus):
    result = run(str(corpus), "--format", "sarif")
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    assert doc["version"] == "2.1.0" and len(doc["runs"]) == 1
    run_ = doc["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids)) and {"M301", "U101", "S006"} <= set(ids)
    m301 = rules[ids.index("M301")]
    assert "## What it does" in m301["help"]["text"] and m301["defaultConfiguration"]["level"] == "error"
    results = run_["results"]
    assert results and all(ids[r["ruleIndex"]] == r["ruleId"] for r in results)
    lama = next(r for r in results if r["ruleId"] == "M301")
    loc = lama["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "episodes/seed.txt"
    region = loc["region"]
    assert region["startLine"] >= 1 and region["endColumn"] > region["startColumn"]
    # the region is the evidence itself, counted in code points as columnKind says
    line = (corpus / "seed.txt").read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == lama["properties"]["evidence"]
    fix = lama["fixes"][0]["artifactChanges"][0]
    assert fix["replacements"][0]["insertedContent"]["text"].startswith("Llama")
    assert any(r["ruleId"] == "S006" and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
               == "episodes/broken.md" for r in results)
    assert run_["columnKind"] == "unicodeCodePoints"


def test_sarif_rejects_what_the_schema_rejects():
    """The trimmed schema is strict enough to catch a malformed log (guards the test above)."""
    schema = json.loads(SCHEMA.read_text())
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "audit"}},
                                         "results": [{"ruleId": "M301", "level": "fatal", "message": {"text": "x"}}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_junit_one_case_per_file_one_failure_per_finding(corpus):
    result = run(str(corpus), "--format", "junit")
    root = ET.fromstring(result.stdout)
    assert root.tag == "testsuites"
    cases = root.findall("./testsuite/testcase")
    assert sorted(c.get("name") for c in cases) == ["episodes/broken.md", "episodes/clean.md", "episodes/seed.txt"]
    by_name = {c.get("name"): c for c in cases}
    js = json.loads(run(str(corpus), "--format", "json").stdout)
    per_file = {f["file"]: f["findings"] for f in js["files"]}
    for name, case in by_name.items():
        assert len(case.findall("failure")) == per_file[name]
    failures = by_name["episodes/seed.txt"].findall("failure")
    assert int(root.get("failures")) == js["summary"]["findings"]
    assert any(f.get("type").startswith("M301") and "Lama" in f.text for f in failures)
    assert by_name["episodes/broken.md"].find("failure").get("type").startswith("S006")


GITHUB = re.compile(r"^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+)(?:,endLine=\d+,endColumn=\d+)?,"
                    r"title=([A-Z]+\d+)::(.+)$")


def test_github_workflow_commands(corpus):
    result = run(str(corpus), "--format", "github")
    lines = result.stdout.splitlines()
    js = json.loads(run(str(corpus), "--format", "json").stdout)
    assert len(lines) == js["summary"]["findings"]
    for text, f in zip(lines, js["findings"]):
        m = GITHUB.match(text)
        assert m, text
        assert (m[2], int(m[3]), int(m[4]), m[5]) == (f["file"], f["line"], f["column"], f["rule"])
        assert "\n" not in m[6]


def test_github_escapes_properties_and_newlines():
    from audit.findings import Finding, Severity
    from audit.output.github import line

    f = Finding("a,b:c%.md", "M301", "known-misspelling", "misspelling", Severity.INFO, "title", 2, 3, 2, 7,
                "two\nlines 100%")
    assert line(f) == ("::notice file=a%2Cb%3Ac%25.md,line=2,col=3,endLine=2,endColumn=7,title=M301::"
                       "two%0Alines 100%25 [known-misspelling]")


def test_output_file_keeps_the_summary_on_the_terminal(corpus, tmp_path):
    out = tmp_path / "reports" / "audit.sarif"
    result = run(str(corpus), "--format", "sarif", "--output", str(out))
    assert result.exit_code == 1
    assert json.loads(out.read_text())["version"] == "2.1.0"
    assert result.stdout.startswith("Found ") and "audit.sarif" in result.stdout
    assert result.stdout.count("\n") == 1


def test_json_shape_unchanged(corpus):
    doc = json.loads(run(str(corpus), "--format", "json").stdout)
    assert list(doc) == ["version", "findings", "files", "summary"]
    assert list(doc["findings"][0]) == ["file", "rule", "name", "family", "severity", "field", "line", "column",
                                        "end_line", "end_column", "message", "evidence", "fix"]


def test_no_progress_bar_when_stderr_is_not_a_terminal(corpus):
    result = run(str(corpus))
    assert result.stderr == ""


def test_progress_bar_only_on_a_terminal():
    import io

    from audit.output.progress import progress_bar

    with progress_bar(1000, io.StringIO()) as advance:
        assert advance is None

    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    with progress_bar(1000, stream) as advance:
        assert advance is not None
        advance(1000)
    with progress_bar(3, stream) as advance:  # a short run gets no bar
        assert advance is None


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_streamed_formats_write_each_file_before_the_next_is_audited(fmt, tmp_path):
    """Memory stays flat over a corpus: a file's findings are out before the next file is read."""
    import io

    from audit.config import Settings
    from audit.engine import Auditor, discover
    from audit.output import writer
    from audit.output.tally import Tally

    for i in range(3):
        shutil.copyfile(SEED, tmp_path / f"ep{i}.md")
    auditor = Auditor(Settings(select=["M301"]))
    out, tally, written = io.StringIO(), Tally(), []

    def results():
        for r in auditor.run(discover([tmp_path], ["*.md"], [])):
            written.append(out.tell())  # how much was out before this result was handed over
            yield r

    writer(fmt)(results(), out, auditor.rules, {}, tally)
    assert written[0] < written[1] < written[2] < out.tell()
    assert (tally.files, tally.files_with_findings) == (3, 3)
    assert tally.findings == tally.by_severity["error"] > 0 and tally.findings % 3 == 0
    if fmt == "json":
        doc = json.loads(out.getvalue())
        assert doc["summary"]["findings"] == tally.findings == len(doc["findings"])
        assert [f["findings"] for f in doc["files"]] == [tally.findings // 3] * 3


def test_json_with_no_findings_and_no_files_is_valid(tmp_path):
    import io

    from audit.output import writer

    out = io.StringIO()
    writer("json")([], out)
    assert json.loads(out.getvalue()) == {"version": 1, "findings": [], "files": [],
                                          "summary": {"files": 0, "findings": 0, "by_severity": {},
                                                      "by_family": {}}}


def test_sarif_streams_results_as_they_arrive(corpus):
    """`write` puts each file's results out before the next file is audited (a run with 30,000
    findings peaked at 616 MB building the whole log, 123 MB streaming), and the log is the one
    `document` builds whole."""
    from io import StringIO

    from audit.config import Settings
    from audit.engine import Auditor, discover
    from audit.output import sarif

    auditor = Auditor(Settings())
    files = discover([str(corpus)], ["*.md", "*.txt"], [])
    results = list(auditor.run(files))
    assert sum(len(r.findings) for r in results) > 100
    out = StringIO()
    written_before_next = []

    def arriving():
        for r in results:
            yield r
            # the consumer has written this file's results before asking for the next file
            written_before_next.append(all(sarif.fingerprint(f) in out.getvalue() for f in r.findings))

    sarif.write(arriving(), out, rules=auditor.rules)
    assert written_before_next == [True] * len(results)
    streamed = json.loads(out.getvalue())
    assert streamed == sarif.document(results, rules=auditor.rules)
    jsonschema.validate(streamed, json.loads(SCHEMA.read_text()))
    assert [a["location"]["uri"] for a in streamed["runs"][0]["artifacts"]] == [r.file for r in results]


def test_sarif_of_no_files_is_a_valid_log(tmp_path):
    from io import StringIO

    from audit.output import sarif

    out = StringIO()
    sarif.write([], out, rules=[])
    doc = json.loads(out.getvalue())
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    assert doc["runs"][0]["results"] == [] and doc["runs"][0]["artifacts"] == []
