"""Duplicate (D601): two spellings of one sound are one name ("Fundbox" and the ASR's
"Fundbocks", "Photoshop" and "Fotoshop"); a firm's name with the word of its trade is the firm
("Orangetheory Fitness", "A24 Films"); a brand named with a word of another trade stays apart
("Hyatt Studios" of Hyatt), and so do two names that sound apart ("Kabbage", "Kabbalah")."""
import pytest

from tests.conftest import audit_text, transcript_episode


def _duplicates(text: str) -> list[str]:
    return [f.field for f in audit_text(text, select=["duplicate"])]


@pytest.mark.parametrize("transcript", [
    "His first credit line came from {Fundbox}, back then. Later {Fundbocks} plugged straight into the books.",
    "The designers still open {Photoshop} first, and the intern swears {Fotoshop} crashed twice.",
    "The first batch was funded on {Kickstarter}, and the second {Kikstarter} campaign sold out in a day.",
])
def test_one_sound_spelt_two_ways_is_one_name(transcript):
    found = _duplicates(transcript_episode(transcript))
    assert found == ["companies[1].name"]


@pytest.mark.parametrize("transcript, llm", [
    ("Before that she ran three {Orangetheory} franchises in Ohio.",
     ("Orangetheory Fitness", "Heart-rate-based group training franchise the guest ran before founding her own.")),
    ("She says {A24} changed what a distributor is allowed to be.",
     ("A24 Films", "Independent studio and distributor whose logo has become a reason to see a film.")),
])
def test_a_firm_with_its_trade_word_is_the_firm(transcript, llm):
    assert _duplicates(transcript_episode(transcript, llm=[llm])) == ["companies[1].name"]


@pytest.mark.parametrize("transcript, llm", [
    ("The loyalty numbers at {Hyatt} were the best in the segment.",
     ("Hyatt Studios", "Extended-stay hotel brand launched by Hyatt.")),
    ("{Kabbage} made small loans quick, and {Kabbalah} came up as the host's joke.", None),
])
def test_other_names_stay_apart(transcript, llm):
    assert _duplicates(transcript_episode(transcript, llm=[llm] if llm else [])) == []


def test_a_hedge_inside_a_name_hedges_the_whole_name():
    text = transcript_episode("She trained at {Aldermoor Hospital} and later ran the ward at {Aldermoor (or Aldermore) Hospital}.")
    assert _duplicates(text) == ["companies[1].name"]


@pytest.mark.parametrize("transcript, llm", [
    # one ordinary word for another: two bodies; a shop and its imprint
    ("{Major League Baseball} sets the draft rules, and {Minor League Baseball} lives with them.", None),
    ("We sell more at {Daunt Books} than anywhere else in Marylebone.",
     ("Daunt Books Publishing", "Publishing imprint of the London bookshop.")),
])
def test_names_one_word_apart_stay_apart(transcript, llm):
    assert _duplicates(transcript_episode(transcript, llm=[llm] if llm else [])) == []


def test_a_quote_cut_inside_its_last_word_repeats_the_whole_one():
    whole = "A transformer that fails in August costs ten times what it costs in April, and that's the whole pitch"
    text = transcript_episode("We met at {Oconee EMC} last year.", quotes=[whole, "We train on meter data.",
                                                                          whole[:whole.index("April") + 2]])
    found = [(f.rule, f.field) for f in audit_text(text, select=["duplicate"])]
    assert ("D602", "quotes[2].text") in found
