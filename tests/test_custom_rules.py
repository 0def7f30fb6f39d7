"""User-defined YAML rules (audit/checks/custom.py): every generic type, the CLI end to end with the
sample folder tests/data/user_rules, bad rule files (exit 2, file and key named), and patterns that
backtrack catastrophically (stopped, reported, the run goes on)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.fix import apply_edits
from audit.ruleset import Knowledge, RuleSetError
from audit.checks import all_rules
from tests.conftest import audit_text, episode_text

USER_RULES = Path(__file__).parent / "data" / "user_rules"

EPISODE = episode_text(textwrap.dedent("""\
    title: Notes on A.I. agents
    summary: TODO write the summary. Send an e-mail to the host.
    original_url: http://example.com/ep.mp3
    companies:
    - name: Acme
      confidence: low
      context: ''
    - name: Globex
      context: A partner.
    - name: Initech
      confidence: high
      context: A customer.
    quotes:
    - text: We ship FIXME fast.
      relevance_score: 12
    - text: Fine quote.
      relevance_score: 7
    """))


def _rule_dir(tmp_path: Path, body: str, name: str = "team.yaml") -> Path:
    d = tmp_path / "rules"
    d.mkdir(exist_ok=True)
    (d / name).write_text(textwrap.dedent(body), encoding="utf-8")
    return d


def _run(select, text=EPISODE, rules_dirs=(USER_RULES,)):
    return audit_text(text, select=select, rules_dirs=list(rules_dirs))


def _short(findings):
    return [(f.rule, f.field, f.line, f.column, f.evidence) for f in findings]


# --- the generic types, with the sample folder ------------------------------------------------

def test_existence_finds_each_match_with_position_and_fix():
    found = _run(["X001"])
    assert _short(found) == [("X001", "summary", 3, 10, "TODO"), ("X001", "quotes[0].text", 15, 17, "FIXME")]
    assert str(found[0].severity) == "error" and found[0].message == "Leftover editing marker 'TODO'"
    assert found[0].fix.applicability == "unsafe"


def test_substitution_swaps_and_fixes():
    found = _run(["X002"])
    assert [(f.field, f.evidence) for f in found] == [("title", "A.I."), ("summary", "e-mail")]
    assert found[0].message == "Use 'AI' instead of 'A.I.'"
    new_text, _ = apply_edits(EPISODE, [e for f in found for e in f.fix.edits])
    assert "title: Notes on AI agents" in new_text and "Send an email" in new_text


def test_required_missing_and_empty():
    found = _run(["X003"])
    assert [(f.field, f.line) for f in found] == [("companies[1].confidence", 9)]
    text = EPISODE.replace("title: Notes on A.I. agents", "title: ''")
    assert [f.field for f in _run(["X003"], text)] == ["title", "companies[1].confidence"]


def test_range_flags_numbers_outside():
    found = _run(["X004"])
    assert _short(found) == [("X004", "quotes[0].relevance_score", 16, 20, "12")]
    assert found[0].message == "relevance_score 12 is outside 1-10"


def test_pattern_requires_a_match():
    found = _run(["X005"])
    assert [(f.field, f.evidence) for f in found] == [("original_url", "http://example.com/ep.mp3")]


def test_conditional_binds_the_same_list_item():
    found = _run(["X006"])
    assert [(f.field, f.family) for f in found] == [("companies[0].context", "not-mentioned")]


def test_conditional_missing_then_field(tmp_path):
    d = _rule_dir(tmp_path, """\
        rules:
          - code: Y001
            type: conditional
            if: {field: 'quotes[*].source', pattern: llm_enhanced}
            then: {field: 'quotes[*].impact_reason'}
            message: An LLM quote needs an impact reason
        """)
    text = episode_text("quotes:\n- text: a\n  source: llm_enhanced\n- text: b\n  source: llm_enhanced\n"
                        "  impact_reason: Why.\n")
    found = audit_text(text, select=["Y001"], rules_dirs=[d])
    assert [(f.field, f.line) for f in found] == [("quotes[0].impact_reason", 3)]


def test_tokens_and_ignorecase(tmp_path):
    d = _rule_dir(tmp_path, """\
        rules:
          - code: Y002
            name: no-hedges
            type: existence
            fields: ['quotes[*].text']
            tokens: ['kind of', 'sort of']
            ignorecase: true
            message: "Hedge '%s'"
        """)
    text = episode_text("quotes:\n- text: It is Kind of fast, sort of.\n- text: kindof not\n")
    found = audit_text(text, select=["no-hedges"], rules_dirs=[d])
    assert [(f.evidence, f.message) for f in found] == [("Kind of", "Hedge 'Kind of'"), ("sort of", "Hedge 'sort of'")]


def test_any_key_glob(tmp_path):
    d = _rule_dir(tmp_path, """\
        rules:
          - code: Y003
            type: existence
            fields: ['*']
            pattern: 'lorem'
            message: placeholder text
        """)
    text = episode_text("title: lorem ipsum\nsummary: fine\nlayout: lorem\n")
    assert [f.field for f in audit_text(text, select=["Y003"], rules_dirs=[d])] == ["title", "layout"]


# --- the CLI end to end ------------------------------------------------------------------------

@pytest.fixture
def episode_file(tmp_path) -> Path:
    p = tmp_path / "ep.md"
    p.write_text(EPISODE, encoding="utf-8")
    return p


def _check(*args):
    return CliRunner().invoke(main, ["check", "--format", "json", *args])


def test_cli_runs_lists_selects_and_ignores_user_rules(episode_file):
    result = _check("--rules", str(USER_RULES), str(episode_file))
    assert result.exit_code == 1, result.output
    codes = {f["rule"] for f in json.loads(result.output)["findings"]}
    assert {"X001", "X002", "X003", "X004", "X005", "X006"} <= codes

    listing = CliRunner().invoke(main, ["rules", "--rules", str(USER_RULES)])
    assert listing.exit_code == 0
    for code, name in [("X001", "no-todo-marker"), ("X006", "low-confidence-needs-reason")]:
        assert any(line.split()[:2] == [code, name] for line in listing.output.splitlines())
    explain = CliRunner().invoke(main, ["rules", "X004", "--rules", str(USER_RULES)])
    assert explain.exit_code == 0 and "relevance_score {value} is outside 1-10" in explain.output
    assert "## What it does" in explain.output

    only = json.loads(_check("--rules", str(USER_RULES), "--select", "X001,house-spelling", str(episode_file)).output)
    assert {f["rule"] for f in only["findings"]} == {"X001", "X002"}
    rest = json.loads(_check("--rules", str(USER_RULES), "--ignore", "X,not-mentioned", str(episode_file)).output)
    assert not {f["rule"] for f in rest["findings"]} & {"X001", "X002", "X003", "X004", "X005", "X006"}
    by_family = json.loads(_check("--rules", str(USER_RULES), "--select", "custom", "--fail-on", "never",
                                  str(episode_file)).output)
    assert {f["family"] for f in by_family["findings"]} == {"custom"}


def test_cli_without_the_folder_knows_no_user_rule(episode_file):
    result = _check("--select", "X001", str(episode_file))
    assert result.exit_code == 2 and "X001" in result.output


@pytest.mark.parametrize("body,where", [
    ("rules:\n  - {code: Z001, type: existance, fields: [title], message: m}\n", "rules[0].type"),
    ("rules:\n  - {code: Z001, type: existence, fields: [title], pattern: '(', message: m}\n", "rules[0].pattern"),
    ("rules:\n  - {code: Z001, type: existence, fields: [title], pattern: x, message: m, colour: red}\n", "rules[0]: unknown key 'colour'"),
    ("rules:\n  - {code: Z001, type: existence, fields: [title], pattern: x}\n", "rules[0].message"),
    ("rules:\n  - {code: z1, type: existence, fields: [title], pattern: x, message: m}\n", "rules[0].code"),
    ("rules:\n  - {code: Z001, type: range, fields: [duration], min: one, message: m}\n", "rules[0].min"),
    ("rules:\n  - {code: Z001, type: pattern, fields: ['quotes[x].text'], pattern: x, message: m}\n", "rules[0].fields[0]"),
    ("rules:\n  - {code: Z001, type: existence, fields: [title], pattern: x, message: m, severity: fatal}\n", "rules[0].severity"),
    ("rules:\n  - {code: Z001, type: existence, fields: [title], pattern: x, message: m, family: style}\n", "rules[0].family"),
    ("rules:\n  - {code: Z001, type: substitution, fields: [title], swap: {a: [b]}, message: m}\n", "rules[0].swap.a"),
    ("rules:\n  - {code: Z001, type: required, fields: [title], message: m, fix: safe}\n", "rules[0].fix"),
    ("rules:\n  - {code: Z001, type: conditional, if: {field: title}, then: {field: summary}, message: m}\n", "rules[0].if.pattern"),
    ("rules:\n  - {code: Z001, type: existence, fields: [t], pattern: x, message: m}\n"
     "  - {code: Z001, type: existence, fields: [t], pattern: y, message: m}\n", "rules[1].code"),
    ("rules:\n  - {code: M301, type: existence, fields: [t], pattern: x, message: m}\n", "rules[0].code: M301 is a built-in rule"),
    ("rules: {code: Z001}\n", "rules: expected list"),
    ("rules:\n  - {code: Z001, type: existence, fields: [t], pattern: '(x)', message: m, fix: {replacement: '\\2'}}\n",
     "rules[0].fix.replacement: refers to group '2'"),
])
def test_bad_rule_file_exits_2_naming_file_and_key(tmp_path, episode_file, body, where):
    d = _rule_dir(tmp_path, body)
    result = _check("--rules", str(d), str(episode_file))
    assert result.exit_code == 2, result.output
    message = result.output.strip().splitlines()[-1]
    assert str(d / "team.yaml") in message and where in message, message
    assert "Traceback" not in result.output
    listing = CliRunner().invoke(main, ["rules", "--rules", str(d)])
    assert listing.exit_code == 2


def test_rules_files_in_the_package_folder_need_the_suffix(tmp_path):
    kn = Knowledge.load()
    assert not any(c.startswith("X") for c in all_rules(kn))


def test_same_code_in_two_folders_is_an_error(tmp_path):
    a = tmp_path / "a"
    b = tmp_path / "b"
    for d in (a, b):
        d.mkdir()
        (d / f"{d.name}.yaml").write_text(
            "rules:\n  - {code: Z001, type: existence, fields: [title], pattern: x, message: m}\n")
    with pytest.raises(RuleSetError, match=r"b\.yaml: rules\[0\]\.code: Z001 is already defined in .*a\.yaml"):
        all_rules(Knowledge.load([a, b]))


# --- patterns that would hang a CI job ---------------------------------------------------------

def test_catastrophic_backtracking_is_stopped_and_reported(tmp_path, episode_file):
    d = _rule_dir(tmp_path, r"""
        rules:
          - code: Z900
            name: evil-pattern
            type: existence
            fields: ['quotes[*].text']
            pattern: '(a|aa)+$'
            message: too many a
          - code: Z901
            name: nested-plus
            type: pattern
            fields: ['quotes[*].text']
            pattern: '(a+)+$'
            message: "no trailing a's in '{value}'"
          - code: Z902
            name: harmless
            type: existence
            fields: ['quotes[*].text']
            pattern: 'b$'
            message: ends with b
        """)
    evil = "a" * 60 + "b"
    quotes = "".join(f"- text: {evil}\n  relevance_score: 5\n" for _ in range(8))
    ep = tmp_path / "evil.md"
    ep.write_text(episode_text("title: Evil\nquotes:\n" + quotes), encoding="utf-8")
    result = _check("--rules", str(d), str(ep))
    assert result.exit_code == 1, result.output
    findings = json.loads(result.output)["findings"]
    timeouts = [f for f in findings if f["rule"] == "Z900"]
    # stopped after a timeout each, reported on the field, then given up (not 8 timeouts)
    assert 1 <= len(timeouts) <= 3
    assert all("was stopped" in f["message"] and f["field"].startswith("quotes[") for f in timeouts)
    assert "giving up" in timeouts[-1]["message"]
    # the safe engine fails `(a+)+$` fast: every quote is checked and reported normally
    assert len([f for f in findings if f["rule"] == "Z901"]) == 8
    # and the other rules of the run still ran on every field
    assert len([f for f in findings if f["rule"] == "Z902"]) == 8


def test_timeout_budget_is_per_pattern(tmp_path):
    from audit.saferegex import BUDGET, RegexTimeout, compile_pattern
    p = compile_pattern("(a|aa)+$", "x.yaml", "rules[0].pattern", timeout=0.05)
    for _ in range(BUDGET):
        with pytest.raises(RegexTimeout):
            p.search("a" * 60 + "b")
    assert p.exhausted


def test_user_rules_are_suppressed_like_any_other():
    text = EPISODE.replace("original_url: http://example.com/ep.mp3",
                           "original_url: http://example.com/ep.mp3  # audit: ignore[https-url]")
    assert _run(["X005"]) and not _run(["X005"], text)
    whole = EPISODE.replace("title: Notes", "# audit: ignore-file[X001, custom]\ntitle: Notes")
    assert not [f for f in _run(["X"], whole) if f.family == "custom"]
    assert [f.rule for f in _run(["X"], whole) if f.family != "custom"] == ["X006"]


def test_named_rule_file_with_a_typo_fails(tmp_path, episode_file):
    d = _rule_dir(tmp_path, "rule:\n  - {code: Z001, type: existence, fields: [title], pattern: x, message: m}\n",
                  name="team.rules.yaml")
    result = _check("--rules", str(d), str(episode_file))
    assert result.exit_code == 2 and "team.rules.yaml: top level: unknown key 'rule'" in result.output
