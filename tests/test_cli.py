"""The command line: exit codes, selection, rule docs, workers (issue 2 contracts of DESIGN.md)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from audit.cli import main
from tests.conftest import EXAMPLES, SEED


def run(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_clean_file_exits_0_and_says_so():
    code, out = run("check", str(EXAMPLES / "001_clean_inference_costs.md"))
    assert code == 0 and out.strip() == "All clear: no findings in 1 file."


def test_seed_exits_1_with_text_lines_and_fix_lines():
    code, out = run("check", str(SEED))
    assert code == 1
    lines = out.splitlines()
    assert any(line.startswith(f"{SEED}:") and " M301 [error] 'Lama' is a misspelling of 'Llama'" in line
               for line in lines)
    assert any(line.startswith("    fix (safe): ") for line in lines)
    assert lines[-1].startswith("Found ")


@pytest.mark.parametrize("args,families", [
    (["--select", "mojibake"], {"mojibake"}),
    (["--select", "M3,N"], {"misspelling", "not-mentioned"}),
    (["--select", "known-misspelling"], {"misspelling"}),
    (["--ignore", "M,U,N,A"], set()),
])
def test_select_and_ignore(args, families):
    code, out = run("check", "--format", "json", *args, str(SEED))
    doc = json.loads(out)
    got = {f["family"] for f in doc["findings"]}
    assert families <= got if families else not ({"misspelling", "mojibake", "not-mentioned", "attribution"} & got)
    if families:
        assert got == families


def test_fail_on_levels():
    # the seed's M303 findings are warnings only when selected alone
    code, _ = run("check", "--select", "U101", "--fail-on", "never", str(SEED))
    assert code == 0
    code, _ = run("check", "--select", "U101", "--fail-on", "error", str(SEED))
    assert code == 1


def test_usage_errors_exit_2_with_one_line():
    for args in (["check", "--select", "NOPE99", str(SEED)], ["check", "no/such/path"],
                 ["check", "--rules", "no/such/dir", str(SEED)], ["rules", "Z999"]):
        proc = subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True)
        assert proc.returncode == 2, args
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("audit: error: "), proc.stderr
        assert "Traceback" not in proc.stderr


def test_bad_rule_set_file_exits_2_naming_file_and_key(tmp_path):
    (tmp_path / "glossary.yaml").write_text("entries:\n- name: Foo\n  kind: spaceship\n")
    proc = subprocess.run([sys.executable, "-m", "audit", "check", "--rules", str(tmp_path), str(SEED)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "glossary.yaml" in proc.stderr and "kind" in proc.stderr and "spaceship" in proc.stderr


def test_user_glossary_extends_the_defaults(tmp_path):
    (tmp_path / "glossary.yaml").write_text(
        "entries:\n- name: Zorblax\n  kind: company\n  misspellings: [Zorblux]\n")
    ep = tmp_path / "ep.md"
    ep.write_text("---\ntitle: Zorblux and Lama 4\nsummary: s\ndate: 2025-01-01\n---\n")
    code, out = run("check", "--format", "json", "--rules", str(tmp_path), "--select", "M301", str(ep))
    assert code == 1
    assert [f["evidence"] for f in json.loads(out)["findings"]] == ["Zorblux", "Lama"]


def test_rules_lists_and_explains():
    code, out = run("rules")
    assert code == 0 and "M301" in out and "known-misspelling" in out and "mojibake" in out
    code, out = run("rules", "M301")
    assert code == 0
    for section in ("## What it does", "## Why it matters", "## Example", "## Fix safety"):
        assert section in out
    code, out2 = run("rules", "known-misspelling")
    assert out2 == out
    code, out = run("rules")  # the corpus metrics of rules/corpus.yaml are rules too
    assert "K1101" in out and "K1199" in out and "corpus-drift" in out


def test_workers_give_the_same_results_in_file_order(tmp_path):
    for i in range(6):
        shutil.copyfile(SEED, tmp_path / f"ep{i}.md")
    shutil.copyfile(EXAMPLES / "003_defects_misc.md", tmp_path / "ep9.md")
    base = [sys.executable, "-m", "audit", "check", "--format", "json", str(tmp_path)]
    one = subprocess.run(base + ["-j", "1"], capture_output=True, text=True)
    two = subprocess.run(base + ["-j", "2"], capture_output=True, text=True)
    assert one.returncode == two.returncode == 1
    assert json.loads(one.stdout) == json.loads(two.stdout)
    assert [f["file"] for f in json.loads(one.stdout)["files"]] == sorted(str(p) for p in tmp_path.iterdir())


def test_python_dash_m_and_version():
    proc = subprocess.run([sys.executable, "-m", "audit", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and "audit" in proc.stdout


# --- `audit check -`: one episode from stdin (editors, pre-commit on staged content) --------------

def test_stdin_gives_the_findings_of_the_file(tmp_path):
    from_file = subprocess.run([sys.executable, "-m", "audit", "check", "--format", "json", "--no-cache",
                                str(SEED)], capture_output=True, text=True)
    with open(SEED, "rb") as fh:
        piped = subprocess.run([sys.executable, "-m", "audit", "check", "--format", "json",
                                "--stdin-filename", str(SEED), "-"], stdin=fh, capture_output=True, text=True,
                               cwd=tmp_path)  # cwd: no cache folder is written for stdin
    assert from_file.returncode == piped.returncode == 1, piped.stderr
    assert json.loads(piped.stdout)["findings"] == json.loads(from_file.stdout)["findings"]
    assert len(json.loads(piped.stdout)["findings"]) > 100
    assert not (tmp_path / ".audit_cache").exists()


def test_stdin_default_name_and_bad_bytes():
    result = CliRunner().invoke(main, ["check", "-"], input=b"\xff---\ntitle: x\n---\n")
    assert result.exit_code == 1
    assert result.output.startswith("-:1:1: E001 [error] File is not valid UTF-8: byte 0xff at byte offset 0")
    clean = (EXAMPLES / "001_clean_inference_costs.md").read_bytes()
    result = CliRunner().invoke(main, ["check", "-"], input=clean)
    assert result.exit_code == 0 and result.output.strip() == "All clear: no findings in 1 file."


@pytest.mark.parametrize("args,message", [
    (["-", str(SEED)], "`-` (stdin) is the only path"),
    (["--corpus", "-"], "`-` (stdin) is the only path"),
    (["--stdin-filename", "a.md", str(SEED)], "--stdin-filename names the episode read from `-`"),
])
def test_stdin_misuse_exits_2(args, message):
    result = CliRunner().invoke(main, ["check", *args], input=b"")
    assert result.exit_code == 2 and message in result.output


def test_the_quick_exit_keeps_every_byte_and_exit_code(tmp_path):
    """`python -m audit` ends without the interpreter's teardown (audit.cli.run): what it wrote is
    all there (a JSON document larger than a pipe's buffer), the exit codes are main's, and the
    exit handlers ran (the compiled-pattern cache was written)."""
    env = {**__import__("os").environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("AUDIT_REGEX_CACHE", None)
    found = subprocess.run([sys.executable, "-m", "audit", "check", "--no-cache", "--format", "json", str(EXAMPLES)],
                           capture_output=True, text=True, env=env)
    assert found.returncode == 1 and len(found.stdout) > 65536
    doc = json.loads(found.stdout)
    assert doc["summary"]["findings"] == len(doc["findings"]) > 100
    assert list((tmp_path / "audit").glob("regex-*.json"))  # written by an exit handler
    clean = subprocess.run([sys.executable, "-m", "audit", "check", "--no-cache", str(EXAMPLES / "001_clean_inference_costs.md")],
                           capture_output=True, text=True, env=env)
    assert clean.returncode == 0 and clean.stdout.startswith("All clear")
    usage = subprocess.run([sys.executable, "-m", "audit", "check", "--bogus"], capture_output=True, text=True, env=env)
    assert usage.returncode == 2 and "No such option" in usage.stderr
