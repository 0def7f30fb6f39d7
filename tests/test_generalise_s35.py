"""Session 35: what five blind corpora written from the issue texts alone showed (AI in finance
and law, robotics and autonomous vehicles, creative AI, general-interest shows with ad reads, AI in
education). Each case names a shape of defect or of right text, with invented names where the
glossary's own entries would judge the name instead."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text, transcript_episode
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


# --- glossary: suppliers of robotics and driving, creative tools, fintech (session 35) -------------

@pytest.mark.parametrize("quote, rule", [
    ("They put EyeQ chips from Qualcomm in most of those cars.", "A401"),  # Mobileye's
    ("We cut the whole film in DaVinci Resolve from Adobe.", "A401"),  # Blackmagic Design's
    ("The V-BAT by AeroVironment flew the scouting runs.", "A401"),  # Shield AI's
    ("The lidar came from Aero Environment in the end.", "M301"),  # AeroVironment heard wrong
])
def test_supplier_products_and_their_makers(quote, rule):
    found = audit_text(transcript_episode(FILLER * 2, quotes=[quote]))
    assert rule in {f.rule for f in found if f.field == "quotes[0].text"}


def test_plaid_is_no_misspelling_of_plaud():
    found = audit_text(transcript_episode(FILLER * 2, quotes=["We connect bank accounts through Plaid and it just works."]))
    assert [f for f in found if f.family == "misspelling"] == []


# --- mojibake: the evidence is the damaged word, not the punctuation around it ------------------------

@pytest.mark.parametrize("summary, evidence, repaired", [
    ("Guests: LucÃ­a FernÃ¡ndez-Ortega, a producer.", ["LucÃ­a", "FernÃ¡ndez-Ortega"], ["Lucía", "Fernández-Ortega"]),
    ("Thanks to KjÃ¦rgaard; and (DÄ…bkowski).", ["KjÃ¦rgaard", "DÄ…bkowski"], ["Kjærgaard", "Dąbkowski"]),
    ("the lab (é™ˆé›¨æºª) in Shanghai", ["é™ˆé›¨æºª"], ["陈雨溪"]),
])
def test_mojibake_evidence_leaves_the_punctuation_around_the_word_out(summary, evidence, repaired):
    import json
    found = [f for f in audit_text(episode_text(f"summary: {json.dumps(summary, ensure_ascii=False)}"))
             if f.family == "mojibake"]
    assert [f.evidence for f in found] == evidence
    assert [f.fix.edits[0].replacement for f in found] == repaired
