"""Misspelling: glossary names whose lowercase is an ordinary English word (a sequoia, a nova, to
sail, a snapdragon, ironwood, lightspeed, a stargate of science fiction) are that word in lowercase
text, not the name in the wrong casing; and an ordinary word that starts a sentence ("Sail boats
...") is not an acronym of the glossary (SAIL) written in the wrong casing. The names themselves,
and casing errors of names that are no ordinary words, are still found."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _misspelt(text: str) -> list[tuple[str, str]]:
    ep = episode_text("title: x\nsummary: " + json.dumps(text) + "\n")
    return [(f.rule, f.evidence) for f in audit_text(ep, select=("misspelling",))]


@pytest.mark.parametrize("text", [
    "We hiked among the giant sequoia trees in California.",
    "A nova is a sudden brightening of a star, and bossa nova is a kind of music.",
    "They set sail for Lisbon in the spring.",
    "There is a snapdragon in the garden.",
    "The deck was built of ironwood.",
    "Things move at lightspeed in this field.",
    "The old stargate prop from the movie sold at auction.",
    "Sail boats crowded the harbor.",
])
def test_ordinary_words_are_quiet(text):
    assert _misspelt(text) == []


@pytest.mark.parametrize("text, evidence", [
    ("Ask the nvidia team about it.", "nvidia"),
    ("We fine-tuned on a cluster at openai last year.", "openai"),
])
def test_casing_errors_of_coined_names_are_found(text, evidence):
    assert [e for _, e in _misspelt(text)] == [evidence]


@pytest.mark.parametrize("text", [
    "Amazon's Nova Pro is cheap, and Sequoia led the round.",
    "Qualcomm's Snapdragon X Elite and Google's Ironwood TPU were both discussed.",
    "Researchers at SAIL and Stanford HAI published it.",
])
def test_the_names_are_right(text):
    assert _misspelt(text) == []


# Real-world text (Debian changelogs, Python's documentation) showed three more shapes of
# ordinary words taken for misspelt names.

@pytest.mark.parametrize("text", [
    "Alphabetic characters are those defined as letters in the Unicode database.",  # Alphabet + "ic"
    "Add profiles for PinePhone and PineTab hardware.",  # Pine + Phone: another word than "cone"
    "MAINTAINERS: Sort 2 names.",  # an ordinary word and a count of things, no version
])
def test_words_made_from_names_or_counted_are_quiet(text):
    assert _misspelt(text) == []


@pytest.mark.parametrize("text, evidence", [
    ("We moved to DataBriks last year.", "DataBriks"),  # Data + Briks: the name's own second part, one slip off
    ("Then we tried PineKone for vectors.", "PineKone"),
    ("The ARK-AGI 2 is still hard for models.", "ARK-AGI"),  # a version, though a word ending in s follows
    ("Gemeni 2 models were tested.", "Gemeni"),
])
def test_slips_beside_those_shapes_are_found(text, evidence):
    assert [e for _, e in _misspelt(text)] == [evidence]
