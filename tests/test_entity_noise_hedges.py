"""Entity-noise: an annotation in square brackets after a name ("Mistral [unclear]", "Claude
[sic]") is a hedge like one in parentheses (F503); a name that starts with brackets stays. A
venture firm named with a generic word ("led by Benchmark") is a company, not a generic term (F504)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _noise(name: str) -> list[tuple[str, str | None]]:
    ep = episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: ai_company\n"
                      "  confidence: high\n  context: Discussed briefly.\n")
    return [(f.rule, f.fix.edits[0].replacement if f.fix and f.fix.edits else None)
            for f in audit_text(ep) if f.family == "entity-noise"]


@pytest.mark.parametrize("name,kept", [
    ("Mistral [unclear]", "Mistral"), ("Claude [sic]", "Claude"), ("Gemini [Google]", "Gemini"),
    ("Anthropic [possibly]", "Anthropic"), ("Perplexity (unclear)", "Perplexity"),
])
def test_a_bracketed_annotation_is_a_hedge(name, kept):
    [(rule, fix)] = _noise(name)
    assert rule == "F503" and kept in (fix or "")


@pytest.mark.parametrize("name", ["[24]7.ai", "Anthropic", "Weights & Biases"])
def test_names_without_an_annotation_stay(name):
    assert _noise(name) == []


def _generic(name: str, window: str) -> list[str]:
    ep = episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: unknown\n  confidence: medium\n"
                      f"  context: {json.dumps(window)}\n  position: 500\n")
    return [f.rule for f in audit_text(ep) if f.family == "entity-noise"]


@pytest.mark.parametrize("window", ["the seed round was led by Benchmark, and Sequoia came in later",
                                    "Benchmark led the Series A at a huge valuation this spring"])
def test_a_venture_firm_named_with_a_generic_word_is_a_company(window):
    assert _generic("Benchmark", window) == []


@pytest.mark.parametrize("name,window", [("Benchmark", "this is the Benchmark we use for reasoning tasks every day"),
                                         ("North Star", "that has been our North Star metric for the whole year")])
def test_the_generic_term_itself_is_still_flagged(name, window):
    assert _generic(name, window) == ["F504"]
