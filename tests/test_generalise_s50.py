"""Session 50: shapes from the misses of two blind corpora (AI markets and investing; generative AI
in creative industries), generalised.

- An English word (or a common surname) that speech recognition wrote for a name the episode
  writes right as often elsewhere: "Marvel" beside "Marvell", "Runaway" beside "Runway".
"""
from __future__ import annotations

import pytest

from tests.conftest import audit_text, entities_episode, findings_by_item


def _slips(texts: list[str]) -> dict[int, list[tuple[str, str, str]]]:
    return {i: [(f.rule, f.evidence, f.fix.edits[0].replacement if f.fix else None) for f in fs]
            for i, fs in findings_by_item(texts, "misspelling").items()}


# --- an English word for a name the episode writes --------------------------------------------------

@pytest.mark.parametrize("right,slip,said", [
    ("Synthesia", "Synthesis", "The training videos were made with Synthesis avatars this year."),
    ("Runway", "Runaway", "Most of the previs now goes through Runaway before the shoot."),
    ("Crusoe", "Caruso", "The two neoclouds we liked were Lambda and Caruso."),
    ("Kling", "Cling", "Cling was better on motion than anything else we tried."),
    ("Marvell", "Marvel", "And Marvel? They lost the next Trainium socket."),
])
def test_an_english_word_for_a_name_the_episode_writes_is_a_misspelling(right, slip, said):
    texts = [f"{right} shipped the new version in March.", f"We bet on {right} early.", said]
    found = _slips(texts)
    assert found.get(0) is None and found.get(1) is None
    assert found[2] == [("M303", slip, right)]


@pytest.mark.parametrize("right,said", [
    # the name written once only: the word may be meant
    ("Synthesia", "The training videos were made with Synthesis avatars this year."),
])
def test_the_name_written_once_makes_no_context(right, said):
    assert _slips([f"{right} shipped the new version in March.", said]) == {}


@pytest.mark.parametrize("right,said", [
    ("Apple", "Apply the patch before you retrain."),          # a sentence's verb
    ("Marvell", "Marvel Studios licensed the archive for training."),  # another name's word
    ("Runway", "The Runaway Train scene was the hardest shot."),     # a title's words
    ("Crusoe", "The developer Rick Caruso spoke at the summit."),    # a person's name
])
def test_the_word_in_its_own_use_stays_quiet(right, said):
    texts = [f"{right} shipped the new version in March.", f"We bet on {right} early.", said]
    assert _slips(texts) == {}


def test_a_word_the_llm_pass_lists_or_another_glossary_name_stays_quiet():
    # "Humane" is a firm of the glossary (Humain's sound-alike): its own name
    text = entities_episode([
        ("Humain", "Saudi AI company backed by PIF.", "ai_company"),
        ("ner:Humain", "PIF launched Humain with chips from Nvidia and Humain will", "unknown"),
        ("ner:Humane", "the pin from Humane was a flop, and then", "unknown"),
    ])
    assert [f for f in audit_text(text) if f.family == "misspelling"] == []
    # a word the LLM pass lists as an entity is a name it knows
    text = entities_episode([
        ("Marvell", "Chip designer of custom accelerators.", "chip_maker"),
        ("Marvel", "Entertainment studio licensing its archive.", "media"),
        ("ner:Marvell", "and Marvell has the Trainium socket, and Marvell also", "unknown"),
        ("ner:Marvel", "the deal with Marvel for the archive was signed", "unknown"),
    ])
    assert [f for f in audit_text(text) if f.family == "misspelling"] == []


def test_an_ner_name_that_is_the_word_is_a_misspelling_and_joins_its_twin():
    text = entities_episode([
        ("Synopsys", "EDA software company that acquired Ansys.", "tech"),
        ("ner:Synopsys", "chip design tools from Synopsys and Cadence, and Synopsys is the", "unknown"),
        ("ner:Synopsis", "the strategic deals. Synopsis and Ansys closed after", "unknown"),
    ])
    found = [(f.rule, f.field, f.evidence) for f in audit_text(text) if f.family in ("misspelling", "duplicate")]
    assert ("M303", "companies[2].name", "Synopsis") in found
    assert ("M303", "companies[2].context", "Synopsis") in found
    assert ("D601", "companies[2].name", "Synopsis") in found
