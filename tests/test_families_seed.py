"""What the seed must show for the entity-noise, duplicate, truncation and sponsor families (issue 6),
asserted on the JSON output of `audit check`."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from tests.conftest import SEED

FAMILIES = ("entity-noise", "duplicate", "truncation", "sponsor")


@pytest.fixture(scope="module")
def findings():
    proc = subprocess.run(
        [sys.executable, "-m", "audit", "check", "--isolated", "--no-cache", "--format", "json",
         "--select", ",".join(FAMILIES), str(SEED)],
        capture_output=True, text=True, check=False)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["findings"]


def _by(findings, family):
    return [f for f in findings if f["family"] == family]


def _names(seed_data):
    return [c.get("name") for c in seed_data["companies"]]


@pytest.fixture(scope="module")
def seed_data():
    import yaml
    text = SEED.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("\n---", 1)[0].lstrip("-\n"))


def test_fragment_and_cut_entities(findings):
    got = {f["evidence"] for f in _by(findings, "entity-noise")}
    for name in ("And I", "But I", "An AI", "If China", "Take Cursor", "But Lama", "The Lama",
                 "Through Scale Data Foundry", "Launch Lama", "Ban Meta", "Lama (or Llama)", "LLM API",
                 "North Star"):
        assert name in got, name
    by_code = {f["evidence"]: f["rule"] for f in _by(findings, "entity-noise")}
    assert by_code["Ban Meta"] == "F502"
    assert by_code["Lama (or Llama)"] == "F503"
    assert by_code["Take Cursor"] == "F501"
    assert by_code["LLM API"] == "F504"
    # people, countries and governments listed as companies
    for name in ("Sam Altman", "Zuck", "United States", "Trump Administration", "Previous administration"):
        assert by_code.get(name) == "F504", name


def test_genuine_entities_are_quiet(findings, seed_data):
    names = _names(seed_data)
    genuine = {"Meta AI", "Google DeepMind", "Reality Labs", "Codec Avatars", "Meta Mate", "Facebook",
               "Meta", "Google", "Anthropic", "OpenAI", "Nvidia", "Microsoft", "Amazon", "Apple",
               "Little Lama", "Chatbot Arena", "Apple App Store", "DeepSeek", "WhatsApp", "Instagram"}
    first = {}
    for i, n in enumerate(names):
        first.setdefault(n, i)
    for name in genuine:
        field = f"companies[{first[name]}].name"
        hits = [f for f in findings if f["field"] == field]
        assert not hits, (name, hits)
    noisy = {f["evidence"] for f in findings if f["family"] in ("entity-noise", "sponsor")}
    assert not noisy & genuine, noisy & genuine


def test_duplicate_entities(findings, seed_data):
    names = _names(seed_data)
    dups = [f for f in findings if f["rule"] == "D601"]
    flagged = {names[int(f["field"].split("[")[1].split("]")[0])] for f in dups}
    for name in ("Meta AI", "Google", "Anthropic", "Nvidia", "Meta", "Google DeepMind", "Microsoft",
                 "Amazon", "Apple"):
        assert name in flagged, name
    # "Openai" and "OpenAI" are one entity: the misspelt one is the one flagged
    assert "Openai" in flagged and "OpenAI" not in flagged
    # each flagged entry is the later (or misspelt) one of its group; "Scale Data Foundry" is
    # the "Data Foundry" listed before it, after its maker's name
    for f in dups:
        i = int(f["field"].split("[")[1].split("]")[0])
        assert names[i] == "Openai" or names[i] in names[:i] or (
            names[i] == "Scale Data Foundry" and "Data Foundry" in names[:i]), names[i]


def test_near_duplicate_quotes(findings, seed_data):
    quotes = seed_data["quotes"]
    texts = [quotes[int(f["field"].split("[")[1].split("]")[0])]["text"] for f in findings if f["rule"] == "D602"]
    for needle in ("Seal, is creating the foundations", "take advantage of Cursor's free credits",
                   "Lama's really good at this", "cost per intelligence is lower",
                   "design the model first"):
        assert any(needle in t for t in texts), needle


def test_truncation(findings):
    t701 = [f for f in findings if f["rule"] == "T701"]
    assert [f["evidence"] for f in t701] == ["le"]
    assert t701[0]["field"].startswith("quotes[") and t701[0]["field"].endswith(".text")
    t702 = [f for f in findings if f["rule"] == "T702"]
    assert sorted(f["evidence"] for f in t702) == ["AI", "run that could improve the performance of the ad system"]
    assert all(f["field"].endswith(".extracted") for f in t702)


def test_sponsor_quotes_and_entities(findings, seed_data):
    quotes = seed_data["quotes"]
    texts = [quotes[int(f["field"].split("[")[1].split("]")[0])]["text"] for f in findings if f["rule"] == "P801"]
    for needle in ("Seal, is creating the foundations", "take advantage of Cursor's free credits",
                   "50,000 Nvidia GPUs", "all partner with Scale", "Radar distinguishes humans from bots",
                   "with WorkOS Radar, advanced security", "fake account signups"):
        assert any(needle in t for t in texts), needle
    # nothing the guest said is ad copy
    for t in texts:
        assert "I think" not in t and " we " not in f" {t} ", t
    entities = Counter(f["evidence"] for f in findings if f["rule"] == "P802")
    for name in ("Scale", "Scale Data Foundry", "Seal", "WorkOS Radar", "WorkOS", "Lambda", "Cursor",
                 "Humanities Last Exam", "Scale Evaluation"):
        assert name in entities, name
    for name in ("Google DeepMind", "Meta", "OpenAI", "Sam Altman", "Nvidia"):
        assert name not in entities, name


def test_findings_point_at_the_most_specific_field(findings):
    for f in findings:
        if f["family"] in FAMILIES:
            assert f["field"] and f["field"].count(".") == 1, f
            assert f["evidence"], f
            assert f["line"] >= 2 and f["column"] >= 1
