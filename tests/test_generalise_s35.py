"""Session 35: what five blind corpora written from the issue texts alone showed (AI in finance
and law, robotics and autonomous vehicles, creative AI, general-interest shows with ad reads, AI in
education). Each case names a shape of defect or of right text, with invented names where the
glossary's own entries would judge the name instead."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, transcript_episode
from tests.test_generalise_s34 import FILLER, _m304


# --- misspelling: a name the episode's LLM pass spells otherwise, heard as several words (M304) ----

@pytest.mark.parametrize("said, listed, evidence", [
    ("the arms come from {Ka Vorn} in Osaka", "Kavorn", "Ka Vorn"),  # a two-letter first word
    ("the depots run on {Zep Trah} software", "Zeptra", "Zep Trah"),  # split, and a letter heard alike
])
def test_a_name_heard_as_capitalised_words_beside_the_llm_spelling(said, listed, evidence):
    found = _m304(FILLER + said + ". " + FILLER, [(listed, "A company the guest works with.")])
    assert ("companies[0].name", evidence, listed) in found


@pytest.mark.parametrize("said, listed", [
    ("we ran {an ova} assay first", "Anova"),  # a two-letter word in lowercase is the word
    ("the depots run on {Zep Tram} software", "Zeptra"),  # a slip not heard alike
    ("the depots run on {zep trah} software", "Zeptra"),  # words not capitalised as a name's
])
def test_words_that_only_spell_an_llm_entity_name_otherwise_are_no_slip(said, listed):
    assert _m304(FILLER + said + ". " + FILLER, [(listed, "A company the guest works with.")]) == []


# --- sponsor: a sponsorship of a past century, dated before its marker, is history told ------------

def _sponsor_fields(text: str) -> set[str]:
    return {f.field for f in audit_text(text) if f.family == "sponsor"}


@pytest.mark.parametrize("said, found", [
    ("Milton Berle in 1948, brought to you by {Vantolux}, and the attendants sang the jingle", False),
    ("the radio soaps of the 1930s were presented by {Vantolux} and nobody minded", False),
    ("Today's episode is brought to you by {Vantolux}, and the attendants sang the jingle", True),
    # (a price is no date: "for 1999 dollars")
    ("For 1999 dollars a year, this show is brought to you by {Vantolux}, and the attendants sang", True),
])
def test_a_sponsorship_dated_in_a_past_century_is_history(said, found):
    quote = said.replace("{", "").replace("}", "")
    text = transcript_episode(FILLER * 3 + said + ". " + FILLER * 6, quotes=[quote])
    assert ("quotes[0].text" in _sponsor_fields(text)) is found


# --- attribution: who previewed or debuted a product claims to be its maker ------------------------

@pytest.mark.parametrize("context, found", [
    ("Voice-cloning model previewed by Microsoft to a few partners.", True),
    ("Voice-cloning model debuted by Microsoft in a closed preview.", True),
    ("Voice-cloning model previewed by OpenAI to a few partners.", False),
])
def test_a_product_previewed_by_another_maker(context, found):
    text = transcript_episode(FILLER + "They cloned the voice with {Voice Engine} in minutes. " + FILLER,
                              llm=[("Voice Engine", context)])
    got = [f for f in audit_text(text) if f.family == "attribution"]
    assert bool(got) is found
