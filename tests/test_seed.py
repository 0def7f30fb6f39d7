"""What the real seed episode must show (issue 2), through the JSON output of `audit check`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter

import pytest
import yaml

from tests.conftest import SEED


@pytest.fixture(scope="module")
def seed_json():
    proc = subprocess.run([sys.executable, "-m", "audit", "check", "--format", "json", str(SEED)],
                          capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def seed_data():
    text = SEED.read_text(encoding="utf-8")
    return yaml.load(text.split("\n---\n", 1)[0][4:], Loader=yaml.CSafeLoader)


def _fields_with(data, pattern: re.Pattern) -> set[str]:
    out = set()

    def walk(v, path):
        if isinstance(v, dict):
            for k, x in v.items():
                walk(x, f"{path}.{k}" if path else k)
        elif isinstance(v, list):
            for i, x in enumerate(v):
                walk(x, f"{path}[{i}]")
        elif isinstance(v, str) and pattern.search(v):
            out.add(path)
    walk(data, "")
    return out


def by_family(doc, family):
    return [f for f in doc["findings"] if f["family"] == family]


def test_json_contract_shape(seed_json):
    assert seed_json["version"] == 1
    assert set(seed_json) == {"version", "findings", "files", "summary"}
    f = seed_json["findings"][0]
    assert list(f) == ["file", "rule", "name", "family", "severity", "field", "line", "column",
                       "end_line", "end_column", "message", "evidence", "fix"]
    assert seed_json["files"] == [{"file": str(SEED), "findings": len(seed_json["findings"]), "error": None}]
    assert seed_json["summary"]["findings"] == len(seed_json["findings"])
    keys = [(x["file"], x["line"], x["column"], x["rule"]) for x in seed_json["findings"]]
    assert keys == sorted(keys)


def test_every_lama_word_is_flagged(seed_json, seed_data):
    expected = _fields_with(seed_data, re.compile(r"\bLama"))
    counts = Counter(re.sub(r"\[\d+\]", "", p) for p in expected)
    # 9 entity names, 7 contexts, insights[3].text, 13 quote fields (texts and impact reasons)
    assert counts == {"companies.name": 9, "companies.context": 7, "insights.text": 1,
                      "quotes.text": 12, "quotes.impact_reason": 1}
    flagged = {f["field"] for f in by_family(seed_json, "misspelling") if f["evidence"].startswith("Lama")}
    assert flagged == expected
    evidence = {f["evidence"] for f in by_family(seed_json, "misspelling")}
    assert {"Lama", "LamaGuard", "Openai"} <= evidence
    assert not any("Llama" in f["evidence"] for f in by_family(seed_json, "misspelling"))


def test_misspelling_positions_point_at_the_word(seed_json):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for f in by_family(seed_json, "misspelling"):
        if f["line"] == f["end_line"]:
            assert lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1] == f["evidence"], f


def test_not_mentioned_are_the_seven_low_confidence_entities(seed_json, seed_data):
    found = by_family(seed_json, "not-mentioned")
    names = {seed_data["companies"][int(re.match(r"companies\[(\d+)\]", f["field"]).group(1))]["name"]
             for f in found}
    assert names == {"Hugging Face", "Google AI", "Microsoft AI", "Databricks", "Pinecone",
                     "Stanford AI Lab", "MIT CSAIL"}
    for f in found:
        idx = int(re.match(r"companies\[(\d+)\]", f["field"]).group(1))
        assert seed_data["companies"][idx]["confidence"] == "low"
        assert f["fix"]["applicability"] == "unsafe"


def test_attribution_flags_openai_gemini_only(seed_json):
    found = by_family(seed_json, "attribution")
    assert [(f["field"], f["evidence"]) for f in found] == [("summary", "OpenAI (Gemini)")]


def test_mojibake_in_title_summary_and_one_impact_reason_only(seed_json):
    found = by_family(seed_json, "mojibake")
    assert {f["field"] for f in found} == {"title", "summary", "quotes[47].impact_reason"}
    assert {f["evidence"] for f in found} >= {"â€”", "Metaâ€™s", "agentsâ€”moving"}
    title = next(f for f in found if f["field"] == "title")
    assert title["fix"]["applicability"] == "safe"
    assert title["fix"]["edits"][0]["replacement"] == "—"


def test_schema_is_clean_on_the_seed(seed_json):
    assert [f for f in seed_json["findings"] if f["family"] in ("schema", "encoding")] == []
