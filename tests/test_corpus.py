"""Corpus checks (issue 7): figures of a batch of episodes, bounds by pandera and by GX, drift.

A generated corpus stands in for a pipeline's output: episodes with a known share of
low-confidence entities. Drift must be flagged on a corpus with twice that share and stay quiet
on a resample (with replacement) of the same corpus.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from audit.corpus import (DRIFT_CODE, corpus_findings, corpus_root, corpus_spec, figures, load_episodes,
                          metric_frames, pandera_failed, parse_corpus)
from audit.engine import discover
from audit.ruleset import Knowledge, RuleSetError
from tests.conftest import EXAMPLES, SEED

CATEGORIES = ["big_tech", "ai_company", "ai_research", "ai_infrastructure", "tech", "unknown"]


def require_gx():
    """great_expectations, or a skip; in CI (CI=true, which installs the [gx] extra) a failure."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        import great_expectations
        return great_expectations
    return pytest.importorskip("great_expectations")


def make_corpus(folder: Path, episodes: int = 40, low_share: float = 0.1, seed: int = 7) -> Path:
    """Episodes whose entities are low-confidence with probability `low_share`."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(episodes):
        companies = []
        for i in range(rng.randint(20, 40)):
            r = rng.random()
            confidence = "low" if r < low_share else ("medium" if r < low_share + (1 - low_share) * 0.4 else "high")
            companies.append({"name": f"Company {n}-{i}", "category": rng.choice(CATEGORIES),
                              "confidence": confidence, "context": "They talked about it."})
        quotes = []
        for i in range(rng.randint(10, 30)):
            text = f"Quote {i} of episode {n}."
            quotes.append({"text": text, "length": len(text), "relevance_score": rng.choice([5, 6, 7, 8, 9, 10])})
        insights = [{"text": f"Insight {i}.", "confidence": "high"} for i in range(rng.randint(2, 6))]
        data = {"title": f"Episode {n}", "summary": "A summary.", "date": "2024-05-01",
                "companies": companies, "quotes": quotes, "insights": insights,
                "topics": [{"topic": "ai", "mentions": 3, "prominence": 0.5}]}
        text = "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True) + "---\n<!-- body -->\n"
        (folder / f"ep_{n:03d}.md").write_text(text, encoding="utf-8")
    return folder


def resample(source: Path, dest: Path, seed: int = 11) -> Path:
    """The same corpus drawn again: as many episodes, chosen with replacement."""
    rng = random.Random(seed)
    files = sorted(source.glob("*.md"))
    dest.mkdir(parents=True, exist_ok=True)
    for n in range(len(files)):
        shutil.copyfile(rng.choice(files), dest / f"draw_{n:03d}.md")
    return dest


def _audit(*args):
    from click.testing import CliRunner

    from audit.cli import main

    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return SimpleNamespace(returncode=result.exit_code, stdout=result.stdout, stderr=result.stderr)


def _files(folder):
    return discover([folder], ["*.md", "*.txt"], [])


@pytest.fixture(scope="module")
def kn():
    return Knowledge.load([])


@pytest.fixture(scope="module")
def corpora(tmp_path_factory, kn):
    base = tmp_path_factory.mktemp("corpora")
    usual = make_corpus(base / "usual", low_share=0.1)
    profile = base / "profile.json"
    proc = _audit("profile", "save", usual, "-o", profile)
    assert proc.returncode == 0, proc.stderr
    return {
        "usual": usual,
        "profile": profile,
        "doubled": make_corpus(base / "doubled", low_share=0.2, seed=8),
        "resampled": resample(usual, base / "resampled"),
    }


# --- the rule file ------------------------------------------------------------------------------

def test_default_corpus_rules_parse(kn):
    spec = corpus_spec(kn)
    keys = {m.key for m in spec.metrics}
    assert {"unknown_category_share", "confidence_share.low", "entities_per_episode", "quotes_per_episode",
            "insights_per_episode", "relevance_score_mean", "mojibake_episode_share",
            "not_mentioned_episode_share"} <= keys
    assert any(k.startswith("category_share.") for k in keys)
    assert all(m.code.startswith("K11") for m in spec.metrics)


@pytest.mark.parametrize("data, message", [
    ({"metrics": {"x": {"code": "K1", "share": {"column": "c", "values": ["a"]}, "bounds": {"max": 1}}}}, "max"),
    ({"metrics": {"x": {"code": "K1", "mean": "a", "median": "b"}}}, "exactly one"),
    ({"metrics": {"x": {"code": "K1", "table": "nope", "mean": "a"}}}, "unknown table"),
    ({"metrics": {"x": {"code": "K1", "mean": "a", "drift": {"abs": "big"}}}}, "drift.abs"),
    ({"metrics": {"x": {"code": "K1", "mean": "a", "colour": 1}}}, "colour"),
    ({"severity": "loud"}, "severity"),
])
def test_bad_corpus_rules_fail_with_file_and_key(data, message):
    with pytest.raises(RuleSetError, match=message) as exc:
        parse_corpus(data, "corpus.yaml")
    assert "corpus.yaml" in str(exc.value)


# --- figures and bounds -------------------------------------------------------------------------

def test_seed_figures(kn):
    episodes = load_episodes([SEED])
    figs = figures(metric_frames(episodes, kn), corpus_spec(kn))
    assert figs["entities_per_episode"].value == 87
    assert figs["quotes_per_episode"].value == 124
    assert figs["insights_per_episode"].value == 4
    assert figs["unknown_category_share"].value == pytest.approx(33 / 87)
    assert figs["confidence_share.low"].value == pytest.approx(7 / 87)
    assert figs["mojibake_episode_share"].value == 1.0  # the seed holds mojibake
    assert figs["not_mentioned_episode_share"].value == 1.0


def test_bounds_flag_the_seed_mojibake_share(kn):
    found = corpus_findings(_files(SEED), kn, root=str(SEED))
    by_field = {f.field: f for f in found}
    f = by_field["corpus.mojibake_episode_share"]
    assert (f.rule, f.family, f.file, f.line, f.column) == ("K1109", "consistency", str(SEED), 1, 1)
    assert "expected <= 0.25" in f.message


def test_pandera_and_gx_agree_on_corpus_bounds(kn, tmp_path):
    require_gx()
    from audit.corpus import add_metric_columns, family_flags
    from audit.gx import run

    corpus = make_corpus(tmp_path / "odd", episodes=12, low_share=0.5, seed=3)
    shutil.copyfile(SEED, corpus / SEED.name)
    episodes = load_episodes(_files(corpus))
    spec = corpus_spec(kn)
    by_pandera = pandera_failed(metric_frames(episodes, kn), spec)
    flags = family_flags(episodes, kn)
    result = run(episodes, kn, corpus_columns=lambda t, f: add_metric_columns(spec, t, f, episodes, flags))
    assert set(result.observed) == by_pandera
    assert "confidence_share.low" in by_pandera  # half the entities are low-confidence


# --- drift ----------------------------------------------------------------------------------------

def test_profile_records_the_figures(corpora):
    doc = json.loads(corpora["profile"].read_text())
    assert doc["version"] == 1 and doc["files"] == 40
    low = doc["figures"]["confidence_share.low"]
    assert 0.07 < low["value"] < 0.13 and low["n"] > 800


def test_drift_flags_twice_the_low_confidence_share(kn, corpora):
    found = corpus_findings(_files(corpora["doubled"]), kn, against=corpora["profile"], root="doubled")
    drift = {f.field: f for f in found if f.rule == DRIFT_CODE}
    assert "corpus.confidence_share.low" in drift, [f.message for f in found]
    f = drift["corpus.confidence_share.low"]
    assert f.family == "consistency" and f.file == "doubled" and "drifted" in f.message


def test_drift_stays_quiet_on_a_resample(kn, corpora):
    found = corpus_findings(_files(corpora["resampled"]), kn, against=corpora["profile"])
    assert [f.message for f in found if f.rule == DRIFT_CODE] == []
    # and on the corpus itself
    assert [f for f in corpus_findings(_files(corpora["usual"]), kn, against=corpora["profile"])
            if f.rule == DRIFT_CODE] == []


def test_gx_run_against_a_profile(corpora):
    require_gx()
    for name, flagged in (("doubled", True), ("resampled", False)):
        proc = _audit("gx", "run", "--format", "json", "--against", corpora["profile"], corpora[name])
        assert proc.returncode in (0, 1), proc.stderr
        doc = json.loads(proc.stdout)
        drift = [f for f in doc["findings"] if f["rule"] == DRIFT_CODE]
        assert any(f["field"] == "corpus.confidence_share.low" for f in drift) is flagged, drift
        assert all(f["file"] == str(corpora[name]) for f in drift)


def test_bad_profile_is_a_usage_error(tmp_path, kn):
    bad = tmp_path / "p.json"
    bad.write_text("{}")
    with pytest.raises(RuleSetError, match="not an audit profile"):
        corpus_findings(_files(SEED), kn, against=bad)
    proc = _audit("gx", "run", "--against", bad, SEED)
    assert proc.returncode == 2 and "not an audit profile" in proc.stderr and "Traceback" not in proc.stderr


def test_corpus_root_names():
    assert corpus_root(["examples/"]) == "examples/"
    assert corpus_root(["a", "b"]) == "<corpus>"
    assert corpus_root([str(EXAMPLES)]) == str(EXAMPLES)


def test_check_corpus_and_against(corpora):
    """`audit check --corpus [--against PROFILE]` (wired by the owner of `check`)."""
    if "--corpus" not in _audit("check", "--help").stdout:
        pytest.skip("audit check has no --corpus option yet")
    doubled = _audit("check", "--corpus", "--against", corpora["profile"], "--format", "json", corpora["doubled"])
    assert doubled.returncode in (0, 1), doubled.stderr
    drift = [f for f in json.loads(doubled.stdout)["findings"] if f["rule"] == DRIFT_CODE]
    assert any(f["field"] == "corpus.confidence_share.low" for f in drift)
    quiet = _audit("check", "--corpus", "--against", corpora["profile"], "--format", "json", corpora["resampled"])
    assert [f for f in json.loads(quiet.stdout)["findings"] if f["rule"] == DRIFT_CODE] == []
    seed = _audit("check", "--corpus", "--format", "json", SEED)
    assert any(f["rule"] == "K1109" for f in json.loads(seed.stdout)["findings"])
