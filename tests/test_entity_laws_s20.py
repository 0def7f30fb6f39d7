"""Entity-noise: laws, regulations and executive orders listed as companies are F504 ("AI Act",
"CHIPS and Science Act", "GDPR", "Executive Order 14110"), by the `laws` patterns of
rules/entity_noise.yaml; firms and products whose names only contain such a word stay ("React",
"Interact Labs", "Class Act Capital", "Honda Accord")."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _noise(name: str) -> list[str]:
    ep = episode_text(f"title: x\nsummary: x\ncompanies:\n- name: {json.dumps(name)}\n  category: tech\n"
                      f"  confidence: medium\n  context: Discussed as something the guest's company must comply with.\n"
                      f"  source: llm_enhanced\n")
    return [f.message for f in audit_text(ep) if f.family == "entity-noise"]


@pytest.mark.parametrize("name", ["AI Act", "The EU AI Act", "CHIPS and Science Act", "Inflation Reduction Act",
                                  "Digital Markets Act", "GDPR", "HIPAA", "SB 1047", "Executive Order 14110",
                                  "Biden Executive Order"])
def test_laws_are_not_companies(name):
    found = _noise(name)
    assert len(found) == 1 and "law or regulation" in found[0], found


@pytest.mark.parametrize("name", ["React", "Interact Labs", "Class Act Capital", "ActiveState", "Honda Accord",
                                  "Impact Robotics"])
def test_names_with_such_a_word_stay(name):
    assert _noise(name) == []
