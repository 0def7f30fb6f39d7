"""Session 62: more phrasings of "not mentioned" in an LLM-pass entity's context - a thing the
episode's people do not name ("Not something the guest or the hosts refer to"), a name that goes
or is left unsaid or unspoken, "said by no one", "no spoken reference", "no point in the episode
where X is named", "the conversation never turns to X", "not raised on air", "without the name
being uttered", and "a maker that nobody on the episode names" (the entity described, not another
thing). Other things unsaid, unspoken or unnamed stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode


def _n201(context: str, name: str = "Garmin") -> list[str]:
    return [f.rule for f in audit_text(llm_entity_episode(name, context, confidence="low"))
            if f.family == "not-mentioned"]


@pytest.mark.parametrize("context", [
    "Not something the guest or the hosts refer to; listed as another avionics supplier by association.",
    "Garmin is not anything the speakers ever bring up; added as a comparable maker.",
    "Avionics maker that goes unsaid throughout; the model listed it as a cockpit competitor.",
    "Left unspoken by the panel; included because cockpit displays were relevant.",
    "Remains unuttered in the recording, though cockpit retrofits were a theme.",
    "Said by no one on the podcast. Garmin is listed as a plausible avionics entrant.",
    "Spoken by nobody in the interview; a guess of the tagger.",
    "There's no spoken reference to Garmin anywhere in the show; the link is to datalinks generally.",
    "No verbal mention in the episode; included for the avionics theme.",
    "There is no point in the episode where Garmin is named; it was suggested as another supplier.",
    "There was no moment when it came up; added as a peer.",
    "At no point does the conversation turn to Garmin; the model added it as another avionics maker.",
    "The discussion never turns to it, although avionics retrofits are covered.",
    "Garmin wasn't raised on air; the model associated it with cockpit technology.",
    "Never mentioned on the air; a tagging guess.",
    "Entered by the enrichment step without the name being uttered; avionics connected it loosely.",
    "Garmin is an avionics maker that nobody on the episode names; pulled in from the cockpit theme.",
    "A company that no one in the conversation mentions; inferred from the topic.",
])
def test_a_new_phrasing_of_not_mentioned_is_found(context):
    assert _n201(context) == ["N201"]


@pytest.mark.parametrize("context", [
    "Garmin's aviation unit, discussed as the unspoken leader in cockpit displays.",
    "The guest describes the unspoken rule at Garmin: ship the autopilot only when pilots trust it.",
    "Garmin signed a deal that nobody expected; the hosts discuss it at length.",
    "Garmin is discussed as the supplier; the price is left unsaid.",
    "Named by the guest as the avionics supplier whose autoland is something the hosts admire.",
    "Garmin's Autoland, which the hosts describe in detail; raised on air twice by the guest.",
])
def test_other_things_unsaid_stay_quiet(context):
    assert _n201(context) == []


def test_the_entity_named_by_what_it_makes_is_the_entity():
    context = "The maker of Firefox is not raised in the interview, although browser competition is the main theme."
    assert _n201(context, "Mozilla") == ["N201"]
    # another name, not described as the entity's own, is what was not raised
    assert _n201("Listed as a browser maker; Firefox is not mentioned in the interview.", "Mozilla") == []
