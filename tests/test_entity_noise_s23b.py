"""Session 23 (entity-noise): an activity said in ordinary words -- a gerund of a common verb
after common words ("Tool Calling", "Red Teaming") -- is a generic term (F504), unless an
episode text ties it to a maker; an LLM category that says concept or technique ("ai_concept")
is no company. Names with an -ing word that is no verb's ("Sterling", "Spring"), with a company
word or a name of the glossary stay."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode, ner_entity_episode


def _noise(name: str, window: str) -> list[str]:
    return [f.rule for f in audit_text(ner_entity_episode(name, window)) if f.family == "entity-noise"]


@pytest.mark.parametrize("name, window", [
    ("Tool Calling", "reliable Tool Calling is the real unlock, the reasoning was good enough a year ago"),
    ("Red Teaming", "we paid for external Red Teaming before launch and they found the jailbreak in a day"),
    ("Fine Tuning", "most teams do not need Fine Tuning at all, better retrieval gets them further for less"),
])
def test_an_activity_in_ordinary_words(name, window):
    assert _noise(name, window) == ["F504"]


@pytest.mark.parametrize("name, window", [
    ("Sterling Silver", "the ad was for Sterling Silver and it ran on every episode that month, which"),
    ("Scale AI", "we bought labels from Scale AI for the first version, then built our own tooling"),
])
def test_other_names_stay(name, window):
    assert "F504" not in _noise(name, window)


def test_a_category_that_says_concept():
    found = [f.rule for f in audit_text(llm_entity_episode("Orchestration Layer",
                                                           "The software layer that coordinates agents and tools.",
                                                           "ai_concept")) if f.family == "entity-noise"]
    assert found == ["F504"], found
