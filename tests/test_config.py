"""Config in `[tool.audit]` of pyproject.toml or `audit.toml`, found by walking up; CLI flags win."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from audit.cli import build_settings, main
from audit.config import Settings, find_config, load_config
from audit.ruleset import RuleSetError
from tests.conftest import episode_text

LAMA = episode_text("title: Lama 4 is out\nsummary: OPENai shipped it.\n")


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    eps = tmp_path / "data" / "episodes"
    eps.mkdir(parents=True)
    (eps / "a.md").write_text(LAMA, encoding="utf-8")
    (eps / "legacy").mkdir()
    (eps / "legacy" / "b.md").write_text(LAMA, encoding="utf-8")
    return tmp_path


def check(*args):
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", *args])
    doc = json.loads(result.stdout) if result.exit_code in (0, 1) else None
    return result, doc


def rules_of(doc):
    return sorted({(f["file"].split("episodes/")[-1], f["rule"]) for f in doc["findings"]})


# --- good paths ---------------------------------------------------------------------------------

def test_pyproject_found_walking_up_from_the_paths(project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.audit]\nselect = ["M301", "M302"]\n'
                                            'ignore = ["M302"]\n')
    result, doc = check("data/episodes")
    assert result.exit_code == 1
    assert rules_of(doc) == [("a.md", "M301"), ("legacy/b.md", "M301")]


def test_audit_toml_wins_and_pyproject_without_table_is_skipped(project):
    (project / "audit.toml").write_text('select = ["M302"]\n')
    (project / "data" / "pyproject.toml").write_text('[project]\nname = "no audit table here"\n')
    (project / "pyproject.toml").write_text('[tool.audit]\nselect = ["M301"]\n')
    assert find_config(["data/episodes"]) == project / "audit.toml"
    _, doc = check("data/episodes")
    assert {r for _, r in rules_of(doc)} == {"M302"}


def test_cli_flags_win_over_config(project):
    (project / "audit.toml").write_text('select = ["M301"]\nignore = ["M302"]\nfail-on = "never"\n')
    result, doc = check("data/episodes", "--select", "M302", "--fail-on", "error")
    assert result.exit_code == 1  # --fail-on beat fail-on = "never"
    assert {r for _, r in rules_of(doc)} == {"M302"}  # --select replaced the config's selection
    result, doc = check("data/episodes", "--isolated", "--select", "M301,M302")
    assert {r for _, r in rules_of(doc)} == {"M301", "M302"}


def test_severity_overrides_and_fail_on(project):
    (project / "audit.toml").write_text('select = ["M3"]\nseverity = {M301 = "info", misspelling = "warning"}\n'
                                        'fail-on = "warning"\n')
    result, doc = check("data/episodes")
    sev = {f["rule"]: f["severity"] for f in doc["findings"]}
    assert sev["M301"] == "info" and sev["M302"] == "warning"
    assert result.exit_code == 1  # warnings fail with fail-on = "warning"
    (project / "audit.toml").write_text('select = ["M3"]\nseverity = {M3 = "info"}\n')
    result, doc = check("data/episodes")
    assert result.exit_code == 0 and {f["severity"] for f in doc["findings"]} == {"info"}


def test_per_file_ignores_include_exclude(project):
    (project / "audit.toml").write_text(
        'select = ["M301", "M302"]\n'
        '[per-file-ignores]\n"data/episodes/legacy/*" = ["misspelling"]\n"a.md" = ["M302"]\n')
    _, doc = check("data/episodes")
    assert rules_of(doc) == [("a.md", "M301")]
    (project / "data" / "episodes" / "notes.txt").write_text(LAMA)
    (project / "audit.toml").write_text('select = ["M301"]\ninclude = ["*.md"]\nexclude = ["data/episodes/legacy/*"]\n')
    _, doc = check("data/episodes")
    assert [f["file"] for f in doc["files"]] == ["data/episodes/a.md"]


def test_extra_rules_folder_relative_to_the_config(project):
    (project / "kb").mkdir()
    (project / "kb" / "glossary.yaml").write_text("")  # an empty extra file is allowed
    (project / "audit.toml").write_text('select = ["M301"]\nrules = ["kb"]\n')
    settings = build_settings(paths=[str(project / "data" / "episodes")])
    assert settings.rules_dirs == [project / "kb"]
    result, _ = check("data/episodes")
    assert result.exit_code == 1


def test_build_settings_gives_other_commands_the_config(project):
    (project / "audit.toml").write_text('select = ["M301"]\nreport-unused-suppressions = true\njobs = 2\n'
                                        'options = {M303 = {}}\ncache = false\n')
    s = build_settings(paths=["data/episodes"], ignore=("M302",))
    assert (s.select, s.ignore, s.jobs, s.report_unused_suppressions, s.cache) == (["M301"], ["M302"], 2, True, False)
    assert s.root == project.resolve()


# --- bad paths: exit 2 and a message naming the problem -----------------------------------------

@pytest.mark.parametrize("toml,needle", [
    ('selct = ["M301"]\n', "unknown key 'selct'"),
    ('fail-on = "sometimes"\n', "fail-on: 'sometimes'"),
    ('select = "M301"\nseverity = {M301 = "fatal"}\n', "severity.M301"),
    ('select = ["Z999"]\n', "'Z999' matches no rule"),
    ('ignore = ["not-a-rule"]\n', "'not-a-rule' matches no rule"),
    ('severity = {Q12 = "info"}\n', "'Q12' matches no rule"),
    ('[per-file-ignores]\n"*.md" = ["X1"]\n', "'X1' matches no rule"),
    ('per-file-ignores = ["M301"]\n', "per-file-ignores: expected a table"),
    ('jobs = 0\n', "jobs: expected a number"),
    ('report-unused-suppressions = "yes"\n', "report-unused-suppressions: expected true or false"),
    ('options = {M303 = {colour = 1}}\n', "unknown option 'colour'"),
    ('rules = ["missing-folder"]\n', "missing-folder"),
    ('select = [\n', "invalid TOML"),
    ('include = [1, 2]\n', "include: expected a list of strings"),
])
def test_bad_config_exits_2_naming_it(project, toml, needle):
    (project / "audit.toml").write_text(toml)
    result = CliRunner().invoke(main, ["check", "--no-cache", "data/episodes"])
    assert result.exit_code == 2, result.output
    assert needle in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_table_in_pyproject_names_the_file(project):
    (project / "pyproject.toml").write_text('[tool.audit]\nextend-ignore = ["M301"]\n')
    result = CliRunner().invoke(main, ["check", "--no-cache", "data/episodes"])
    assert result.exit_code == 2
    assert "pyproject.toml: [tool.audit]: unknown key 'extend-ignore'" in result.stderr


def test_explicit_config_file_and_missing_one(project):
    (project / "other.toml").write_text('[tool.audit]\nselect = ["M302"]\n')
    _, doc = check("data/episodes", "--config", "other.toml")
    assert {r for _, r in rules_of(doc)} == {"M302"}
    result = CliRunner().invoke(main, ["check", "--config", "nope.toml", "data/episodes"])
    assert result.exit_code == 2 and "nope.toml" in result.stderr


def test_load_config_unit(tmp_path):
    p = tmp_path / "audit.toml"
    p.write_text('select = ["M3"]\nexclude = ["drafts/*"]\n')
    s = load_config(p, Settings())
    assert s.select == ["M3"] and s.exclude == ["drafts/*"] and s.config_file == p
    p.write_text("[tool.audit]\nselect = ['M3']\n")  # audit.toml holds the keys at its top level
    with pytest.raises(RuleSetError, match="unknown key 'tool'"):
        load_config(p, Settings())
