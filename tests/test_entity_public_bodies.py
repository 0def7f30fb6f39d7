"""Entity-noise: public bodies listed as companies are F504, by their acronym (DARPA, NIH, NHS,
CFIUS) or by their shape ("State of California", "Government of India", "Securities and
Exchange Commission"); firms whose names share a word stay ("Bureau Veritas", "Bank of
America")."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _noise(name: str) -> list[str]:
    ep = episode_text(f"title: x\nsummary: x\ncompanies:\n- name: {json.dumps(name)}\n  category: ai_company\n"
                      f"  confidence: high\n  context: Mentioned in the policy discussion.\n  source: llm_enhanced\n")
    return [f.message for f in audit_text(ep) if f.family == "entity-noise"]


@pytest.mark.parametrize("name", ["DARPA", "NIH", "NHS", "CFIUS", "NASA", "IMF", "State of California",
                                  "Government of India", "Securities and Exchange Commission",
                                  "Office of Science and Technology Policy", "Bureau of Industry and Security"])
def test_public_bodies(name):
    found = _noise(name)
    assert len(found) == 1 and "government or public body" in found[0]


@pytest.mark.parametrize("name", ["Bureau Veritas", "Bank of America", "Commonwealth Fusion Systems", "Office Depot",
                                  "Statecraft", "Darpa Ventures Fund"])
def test_firms_sharing_a_word_stay(name):
    assert _noise(name) == []
