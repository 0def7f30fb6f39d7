"""Misspelling shapes found on mis20's final set after it was scored (so no held-out evidence, but
general): what an entity's own context shows the word to be ("Minimax" as the NER entity of a
sentence about chess engines), an ordinary lowercase compound
anywhere ("we stopped mid-journey"), a name that is an ordinary word starting a sentence in
capitals its name has inside ("Minimax search ..."), a word one letter from a short name
("the Kirov Ballet" is no Kiro), and a lone surname's "s" without the apostrophe ("Karpathys")."""

from __future__ import annotations

import pytest

from tests.conftest import assert_one_misspelling, misspellings, ner_entity_episode, quote_episode


@pytest.mark.parametrize("name, context", [
    ("Minimax", "Minimax search is how the old chess engines chose their moves."),
])
def test_an_entity_whose_context_shows_another_thing(name, context):
    assert misspellings(ner_entity_episode(name, context), lambda t: t) == []


def test_an_entity_named_a_word_that_slips_from_a_name_is_still_found():
    found = misspellings(ner_entity_episode("Mistrial", "They talked about Mistrial."), lambda t: t)
    # (and its window, which writes the name word for word: the same slip, session 59)
    assert sorted((f.field, f.evidence) for f in found) == [("companies[0].context", "Mistrial"),
                                                            ("companies[0].name", "Mistrial")]


@pytest.mark.parametrize("text", [
    "We stopped mid-journey to refuel and argue about the roadmap.",
    "Minimax search is how the old chess engines chose their moves.",
    "The Kirov Ballet toured the United States that year.",
])
def test_quiet(text):
    assert misspellings(text, quote_episode) == []


@pytest.mark.parametrize("text, rule, evidence, replacement", [
    ("I watched Karpathys new video on tokenizers.", "M303", "Karpathys", "Karpathy"),
    ("Their lab moved to Mid-journey for the covers.", "M302", "Mid-journey", "Midjourney"),
    ("We used MiniMaxx for the video model.", "M303", "MiniMaxx", "MiniMax"),
])
def test_found(text, rule, evidence, replacement):
    assert_one_misspelling(quote_episode, text, rule, evidence, replacement)
