"""Inline suppressions (`# audit: ignore[...]`, `# audit: ignore-file[...]`) and S201 unused-suppression."""

from __future__ import annotations

import json

from click.testing import CliRunner

from audit.cli import main
from audit.fix import apply_edits
from tests.conftest import audit_text, episode_text


def codes(findings):
    return sorted((f.line, f.rule) for f in findings)


FM = "title: Lama 4 is out{c1}\nsummary: OPENai and Lama shipped it.{c2}\n"


def fm(c1="", c2=""):
    return episode_text(FM.format(c1=c1, c2=c2))


def test_without_comments_everything_is_reported():
    assert codes(audit_text(fm(), select=["M3"])) == [(2, "M301"), (3, "M301"), (3, "M302")]


def test_line_suppression_silences_only_its_codes_on_its_line():
    got = audit_text(fm(c2="  # audit: ignore[M302]"), select=["M3"])
    assert codes(got) == [(2, "M301"), (3, "M301")]
    got = audit_text(fm(c2="  # audit: ignore[M301, known-misspelling]"), select=["M3"])
    assert codes(got) == [(2, "M301"), (3, "M302")]


def test_bare_ignore_and_family_and_prefix():
    assert codes(audit_text(fm(c1="  # audit: ignore"), select=["M3"])) == [(3, "M301"), (3, "M302")]
    assert codes(audit_text(fm(c2="  #audit: ignore[misspelling]"), select=["M3"])) == [(2, "M301")]
    assert codes(audit_text(fm(c2=" # audit: ignore[M3]"), select=["M3"])) == [(2, "M301")]


def test_file_suppression_in_the_front_matter():
    text = episode_text("# audit: ignore-file[M301]\n" + FM.format(c1="", c2=""))
    assert codes(audit_text(text, select=["M3"])) == [(4, "M302")]
    text = episode_text(FM.format(c1="  # audit: ignore-file[misspelling]", c2=""))
    assert audit_text(text, select=["M3"]) == []


def test_comments_that_are_not_directives():
    # a directive in the body, or inside a quoted value, is text: nothing is silenced
    text = episode_text(FM.format(c1="", c2=""), body="\n# audit: ignore-file[M301]\n")
    assert len(audit_text(text, select=["M3"])) == 3
    text = episode_text('title: "Lama 4 # audit: ignore[M301]"\n')
    assert codes(audit_text(text, select=["M301"])) == [(2, "M301")]
    # a directive on another line does not reach this one; a misspelled directive does nothing
    assert len(audit_text(fm(c2="  # audit: ignor[M301]"), select=["M3"])) == 3


def test_unused_suppressions_are_off_by_default():
    text = fm(c1="  # audit: ignore[M302]")  # nothing on line 2 is an M302
    assert codes(audit_text(text, select=["M3"])) == [(2, "M301"), (3, "M301"), (3, "M302")]
    assert "S201" not in {f.rule for f in audit_text(text, select=["ALL"])}


def test_unused_suppressions_reported_when_asked():
    text = fm(c1="  # audit: ignore[M302, M301]")
    got = audit_text(text, select=["M3"], report_unused_suppressions=True)
    assert codes(got) == [(2, "S201"), (3, "M301"), (3, "M302")]
    s201 = got[0]
    assert "M302 (nothing to silence)" in s201.message and "M301" not in s201.message.split(":", 1)[1]
    assert str(s201.severity) == "warning" and s201.field == "title"
    # the fix keeps only the codes still in use
    new_text, _ = apply_edits(text, list(s201.fix.edits))
    assert "title: Lama 4 is out  # audit: ignore[M301]\n" in new_text
    # a code for a rule that did not run could not have fired: not reported
    got = audit_text(fm(c1="  # audit: ignore[M301, U101]"), select=["M3"], report_unused_suppressions=True)
    assert "S201" not in {f.rule for f in got}
    # ignoring S201 wins over the setting
    got = audit_text(text, select=["M3"], ignore=["S201"], report_unused_suppressions=True)
    assert "S201" not in {f.rule for f in got}


def test_unused_suppression_from_the_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(fm(c1="  # audit: ignore[M302]"), encoding="utf-8")
    args = ["check", "--no-cache", "--format", "json", "--select", "M3", "a.md"]
    doc = json.loads(CliRunner().invoke(main, args).stdout)
    assert "S201" not in {f["rule"] for f in doc["findings"]}
    doc = json.loads(CliRunner().invoke(main, [*args, "--report-unused-suppressions"]).stdout)
    assert [f["rule"] for f in doc["findings"]].count("S201") == 1
    (tmp_path / "audit.toml").write_text("report-unused-suppressions = true\n")
    doc = json.loads(CliRunner().invoke(main, args).stdout)
    assert [f["rule"] for f in doc["findings"]].count("S201") == 1


def test_suppressed_findings_do_not_fail_the_gate(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(episode_text("title: Lama 4 is out  # audit: ignore[M301]\n"), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-cache", "--select", "M301", "a.md"])
    assert result.exit_code == 0, result.output
