"""Great Expectations (issue 7): suites from the same specs as pandera, parity row by row, the CLI.

The parity test plants one or more defects of every schema rule (S101-S108) in every table and
checks that GX and pandera flag exactly the same rows; end to end, `audit gx run` reports the
same schema findings as `audit check`. GX must never be imported by check, report or fix.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from audit.engine import discover
from audit.episode import load_episode
from audit.ruleset import Knowledge
from audit.schema import TABLE_SOURCES, schema_spec, validate
from tests.conftest import EXAMPLES, ROOT, SEED, episode_text


SCHEMA_CODES = [f"S10{i}" for i in range(1, 9)]


def require_gx():
    """great_expectations, or a skip; in CI (CI=true, which installs the [gx] extra) a failure."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        import great_expectations
        return great_expectations
    return pytest.importorskip("great_expectations")

# Episodes with planted defects: each line marked with the rule it must trip.
PLANTED = {
    "a_episode_fields.md": """\
        title: '   '                       # S108
        summary: A summary.
        date: last Tuesday                  # S105
        processing_date: 2024-05-01 10:00:00
        duration: 0                         # S104 (gt 0)
        has_transcript: 'yes'               # S102
        original_url: ftp://example.com/a   # S107
        companies:
          - {name: Anthropic, category: ai_company, confidence: high, position: 10}
          - {name: '', category: tech, confidence: very high, position: -3}   # S108 S103 S104
          - {name: Meta, category: big_tech, position: true}                  # S101 S102
          - just a string                                                     # S102 (_item)
          - {name: 42, confidence: low, context: 7}                           # S102 S102
          - null                                                              # an empty item
        quotes:
          - {text: Publicly available data is running out., length: 40, relevance_score: 9}
          - {text: Too short, length: 200, relevance_score: 12}               # S106 S104
          - {text: '', length: .nan, relevance_score: high}                   # S108 S106 S102
          - {length: 3, relevance_score: .nan}                                # S101
          - [not, a, mapping]                                                 # S102 (_item)
        insights:
          - {text: Scale matters., confidence: certain, actionable: maybe}   # S103 S102
          - {text: null, type: recommendation}                                # S101
        topics:
          - {topic: artificial intelligence, mentions: -1, prominence: 1.4, keywords: [ai]}  # S104 S104
          - {topic: '', mentions: 2.5, prominence: 'high', keywords: ai}     # S108 S102 S102 S102
        tags: not-a-list                                                      # S102
        """,
    "b_missing.md": """\
        summary: ''                         # S108 (and no title, no date: S101 S101)
        duration: -5                        # S104
        llm_enhanced: 1                     # S102
        original_url: 'https://ok.example.com/x y'   # S107 (space)
        companies: {name: not a list}       # S102
        quotes: []
        """,
    "c_clean.md": """\
        title: A clean episode
        summary: Nothing wrong here.
        date: 2024-05-01
        duration: 3600.5
        original_url: https://example.com/episode
        companies:
          - {name: OpenAI, category: ai_company, confidence: medium, position: 0, source: llm_enhanced}
        quotes:
          - {text: Hello there, length: 11, relevance_score: 10, topics: [ai]}
        insights:
          - {text: Keep it simple., confidence: high, actionable: true}
        topics:
          - {topic: ai, mentions: 3, prominence: 0.5, keywords: [ai]}
        """,
}


def write_planted(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, fm in PLANTED.items():
        (folder / name).write_text(episode_text(textwrap.dedent(fm)), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def gx_module():
    require_gx()
    from audit import gx

    return gx


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> Path:
    return write_planted(tmp_path_factory.mktemp("planted"))


def _episodes(folder: Path):
    return [load_episode(p, d) for p, d in discover([folder], ["*.md", "*.txt"], [])]


def _audit(*args):
    """Run the CLI in this process (GX is imported once per test session, not once per run)."""
    from click.testing import CliRunner

    from audit.cli import main

    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return SimpleNamespace(returncode=result.exit_code, stdout=result.stdout, stderr=result.stderr)


def _schema_findings(doc: dict) -> list[dict]:
    return sorted((f for f in doc["findings"] if f["rule"] in SCHEMA_CODES),
                  key=lambda f: (f["file"], f["line"], f["column"], f["rule"], f["field"] or ""))


# --- parity ---------------------------------------------------------------------------------------

def test_gx_and_pandera_flag_the_same_rows_for_every_schema_rule(gx_module, planted):
    kn = Knowledge.load([])
    episodes = [ep for ep in _episodes(planted) if ep.ok]
    pandera = gx_module.failure_keys(validate(schema_spec(kn), episodes))
    gx = gx_module.failure_keys(gx_module.run(episodes, kn).failures)
    for code in SCHEMA_CODES:
        by_pandera = {k for k in pandera if k[-1] == code}
        by_gx = {k for k in gx if k[-1] == code}
        assert by_pandera, f"the planted corpus trips no {code}"
        assert by_gx == by_pandera, (code, by_gx ^ by_pandera)
    assert pandera == gx
    # every table takes part
    assert {k[0] for k in gx} == set(TABLE_SOURCES)


def test_parity_on_the_examples(gx_module):
    kn = Knowledge.load([])
    episodes = [ep for ep in _episodes(EXAMPLES) if ep.ok]
    assert gx_module.failure_keys(gx_module.run(episodes, kn).failures) == \
        gx_module.failure_keys(validate(schema_spec(kn), episodes))


def test_gx_run_reports_the_schema_findings_of_check(gx_module, planted):
    check = _audit("check", "--format", "json", planted)
    gx = _audit("gx", "run", "--format", "json", planted)
    assert check.returncode == gx.returncode == 1, gx.stderr
    expected = _schema_findings(json.loads(check.stdout))
    got = _schema_findings(json.loads(gx.stdout))
    assert got == expected
    assert {f["rule"] for f in got} == set(SCHEMA_CODES)


def test_gx_run_exit_codes_and_text_format(gx_module, tmp_path):
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "c.md").write_text(episode_text(textwrap.dedent(PLANTED["c_clean.md"])), encoding="utf-8")
    proc = _audit("gx", "run", "--select", "S1", clean)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "All clear" in proc.stdout or "warning" in proc.stdout
    bad = write_planted(tmp_path / "bad")
    proc = _audit("gx", "run", bad)
    assert proc.returncode == 1
    assert "a_episode_fields.md:" in proc.stdout and " S105 [error] " in proc.stdout
    proc = _audit("gx", "run", "--fail-on", "never", bad)
    assert proc.returncode == 0
    proc = _audit("gx", "run", tmp_path / "nowhere")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


# --- suites -------------------------------------------------------------------------------------

def test_suite_writes_one_loadable_suite_per_table(gx_module, tmp_path):
    import great_expectations as gx

    out = tmp_path / "project" / "gx" / "expectations"
    proc = _audit("gx", "suite", "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.stem for p in out.glob("*.json")) == sorted(TABLE_SOURCES)
    entities = json.loads((out / "entities.json").read_text())
    rules = {e["meta"]["rule"] for e in entities["expectations"]}
    assert {"S101", "S102", "S103", "S104", "S108", "K1101", "K1103"} <= rules
    quotes = json.loads((out / "quotes.json").read_text())
    assert any(e["type"] == "expect_column_pair_values_to_be_equal" and e["meta"]["rule"] == "S106"
               for e in quotes["expectations"])
    # a GX file project finds and loads them
    context = gx.get_context(mode="file", project_root_dir=str(tmp_path / "project"))
    assert sorted(s.name for s in context.suites.all()) == sorted(TABLE_SOURCES)
    suite = context.suites.get("episodes")
    assert any(e.meta.get("rule") == "S105" for e in suite.expectations)
    # stable output: a second run writes the same bytes
    before = {p.name: p.read_bytes() for p in out.glob("*.json")}
    assert _audit("gx", "suite", "-o", out).returncode == 0
    assert {p.name: p.read_bytes() for p in out.glob("*.json")} == before


def test_suites_follow_the_schema_file(gx_module, tmp_path):
    """One source of truth: a field added to a user's schema.yaml shows up in the GX suite."""
    extra = tmp_path / "rules"
    extra.mkdir()
    (extra / "schema.yaml").write_text("tables:\n  topics:\n    weight: {type: number, ge: 0, le: 5}\n")
    docs = gx_module.suite_documents(Knowledge.load([extra]))
    topics = docs["topics"]["expectations"]
    assert any(e["kwargs"].get("column") == "weight__number" and e["kwargs"].get("max_value") == 5
               for e in topics)


# --- GX stays out of the other commands ----------------------------------------------------------

_PROBE = """
import sys
from click.testing import CliRunner
from audit.cli import main
result = CliRunner().invoke(main, sys.argv[1:])
print("GX_LOADED" if any(m == "great_expectations" or m.startswith("great_expectations.")
                         for m in sys.modules) else "GX_NOT_LOADED")
print("EXIT", result.exit_code)
"""


@pytest.mark.parametrize("args", [
    ["check", str(SEED)],
    ["check", "--format", "json", str(EXAMPLES)],
    ["rules"],
    ["fix", str(SEED)],
])
def test_check_report_fix_never_import_great_expectations(args, tmp_path):
    proc = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, cwd=ROOT)
    assert "GX_NOT_LOADED" in proc.stdout, proc.stdout[-2000:] + proc.stderr[-2000:]


def test_report_never_imports_great_expectations(tmp_path):
    proc = subprocess.run([sys.executable, "-c", _PROBE, "report", "-o", str(tmp_path / "r"), str(SEED)],
                          capture_output=True, text=True, cwd=ROOT)
    if "No such command 'report'" in proc.stdout + proc.stderr:
        pytest.skip("no report command in this tree")
    assert "GX_NOT_LOADED" in proc.stdout, proc.stdout[-2000:] + proc.stderr[-2000:]


def test_importing_the_gx_module_does_not_import_great_expectations():
    code = "import sys, audit.gx, audit.corpus; print('great_expectations' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip() == "False", proc.stderr


def _random_corpus(seed: int, episodes: int = 30):
    """Episodes (constructed, not parsed) whose fields take every kind of value YAML can give."""
    import datetime as dt
    import random

    from audit.episode import Episode

    rng = random.Random(seed)
    pool = ["x", "", "  ", "low", "medium", "very high", 0, -1, 5, 12, 1.5, 0.5, float("nan"), True, False,
            None, [], ["a"], {}, {"a": 1}, "2024-05-01", "last Tuesday", dt.date(2024, 1, 1),
            dt.datetime(2024, 1, 1, 10, 0), "https://a.example/c", "ftp://x", "Hello there", 11]
    spec = schema_spec(Knowledge.load([]))

    def mapping(fields):
        return {f: rng.choice(pool) for f in fields if f != "_item" and rng.random() < 0.8}

    out = []
    for n in range(episodes):
        data = mapping(spec.tables["episodes"])
        for table, key in TABLE_SOURCES.items():
            if key is None or rng.random() < 0.1:
                continue
            items = []
            for _ in range(rng.randint(0, 6)):
                items.append(mapping(spec.tables[table]) if rng.random() < 0.85 else rng.choice(pool))
            data[key] = items
        out.append(Episode(path=f"random_{n}.md", data=data))
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_parity_on_random_values(gx_module, seed):
    kn = Knowledge.load([])
    episodes = _random_corpus(seed)
    pandera = gx_module.failure_keys(validate(schema_spec(kn), episodes))
    gx = gx_module.failure_keys(gx_module.run(episodes, kn).failures)
    assert gx == pandera, sorted(gx ^ pandera)[:10]
    assert {k[-1] for k in pandera} == set(SCHEMA_CODES)
