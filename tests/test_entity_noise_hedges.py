"""Entity-noise F503: an annotation in square brackets after a name ("Mistral [unclear]",
"Claude [sic]") is a hedge like one in parentheses; a name that starts with brackets stays."""

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
