"""Session 23 (entity-noise): generic terms of the field and the economy made only of generic
words ("Computer Vision", "Inference Costs", "Humanoid Robots", "Export Controls", "Private
Equity") are F504; one such word and "Labs" is a firm's name ("Attention Labs"), as are names
with a word of no list ("Physical Intelligence", "Magic Leap")."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, ner_entity_episode


def _noise(name: str) -> list[str]:
    window = f"the thing is that {name} is where all the money goes now, and everybody knows it"
    return [f.rule for f in audit_text(ner_entity_episode(name, window)) if f.family == "entity-noise"]


@pytest.mark.parametrize("name", ["Computer Vision", "Inference Costs", "Humanoid Robots", "Export Controls",
                                  "Private Equity", "Knowledge Graph", "Self-Driving Cars", "Nuclear Power",
                                  "Small Language Models", "Prompt Injection", "Total Addressable Market"])
def test_a_generic_term(name):
    assert _noise(name) == ["F504"]


@pytest.mark.parametrize("name", ["Attention Labs", "Physical Intelligence", "Magic Leap", "Vision Pro"])
def test_a_firm_or_product(name):
    assert "F504" not in _noise(name)
