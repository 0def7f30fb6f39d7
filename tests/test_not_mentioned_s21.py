"""Not-mentioned, session 21 shapes:

- "without saying BYD": a verb of naming with the entity's own name as its object is a denial;
  another name there is about something else ("praised for its chips without mentioning AMD");
- one party's silence with another's mention in the same context is no denial ("The host never
  names Tesla, but the guest names it later")."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode


def _nm(name: str, context: str) -> list[str]:
    return [f.rule for f in audit_text(llm_entity_episode(name, context, "tech", "low")) if f.family == "not-mentioned"]


@pytest.mark.parametrize("name, context", [
    ("BYD", "The guest talks about 'the Chinese carmaker that makes its own cells' without saying BYD."),
    ("Fluence", "Storage integrators are discussed as a group, without ever naming Fluence."),
    ("Okta", "Identity providers come up when credentials are discussed, without mentioning Okta."),
    # another party naming another firm affirms nothing of this one
    ("Nvidia", "Not mentioned by the host, and the guest names AMD as the only chip vendor."),
    ("Tesla", "The host never names it; the guest mentions BYD instead."),
])
def test_without_naming_the_entity_itself(name, context):
    assert _nm(name, context) == ["N201"]


@pytest.mark.parametrize("name, context", [
    ("Nvidia", "Praised for its chips, without mentioning AMD at all."),
    ("Nvidia", "Discussed at length without naming Nvidia's rivals."),
    ("Anthropic", "Its lab was discussed without saying Claude once."),
    ("Tesla", "The host never names Tesla, but the guest names it later."),
    ("Tesla", "The host describes the car company without naming it, but the guest says it later."),
    ("Bing", "Not mentioned by the host, but the guest names Bing twice when discussing the index deal."),
])
def test_mentioned_entities_stay(name, context):
    assert _nm(name, context) == []


def test_the_subject_may_be_words_of_the_entitys_own_name():
    assert _nm("The New York Times", "The Times is not referenced in the episode.") == ["N201"]


@pytest.mark.parametrize("name, context", [
    ("Google", "The Google deal was not mentioned, but the company was."),
    ("The New York Times", "Its lawsuit is not mentioned; the paper is named twice."),
])
def test_a_thing_of_the_entity_as_subject_stays(name, context):
    assert _nm(name, context) == []


@pytest.mark.parametrize("name, context", [
    ("Mistral AI", "Mistral AI is absent; European labs were discussed in general terms."),
    ("IBM", "Included for context only - the speakers never get to IBM."),
    ("Oracle", "The conversation never gets around to it."),
])
def test_absent_and_never_got_to(name, context):
    assert _nm(name, context) == ["N201"]


@pytest.mark.parametrize("name, context", [
    ("Notion", "The guest uses Notion for docs; no other tools were mentioned."),
    ("Zoom", "Zoom is the default; no competing products were named."),
    ("IBM", "The speakers never get to Google, only IBM."),
    ("IBM", "The speakers never get to IBM's mainframes."),
    ("Meta", "Meta is discussed at length while its CEO is absent."),
])
def test_other_things_not_named_leave_the_entity_mentioned(name, context):
    assert _nm(name, context) == []


@pytest.mark.parametrize("name, context", [
    ("Broadcom", "Broadcom is not among the companies the speakers name."),
    ("Marvell", "While custom chips are discussed, Marvell itself is never raised."),
    ("Arm", "Arm gets no airtime in this episode."),
    ("Micron", "Added by the model; the memory maker is not identified by name in the audio."),
    ("Foxconn", "Included by inference (server assembly) rather than a mention."),
])
def test_more_phrasings_of_absence(name, context):
    assert _nm(name, context) == ["N201"]


@pytest.mark.parametrize("name, context", [
    ("Micron", "Micron was cited for HBM supply; other memory makers were not named."),
    ("Nvidia", "Nvidia was discussed at length; the rival chipmaker was not named."),
    ("OpenAI", "OpenAI was named; the question of its governance was never raised."),
    ("Broadcom", "Broadcom is among the companies the speakers name most often."),
])
def test_other_things_unnamed_or_raised_stay(name, context):
    assert _nm(name, context) == []


@pytest.mark.parametrize("context", ["Mentioned as a bootstrapped startup that has never raised.",
                                     "Mentioned as a startup that has not raised money yet.",
                                     "Named as the lab that never raised, and never needed to."])
def test_raising_money_is_no_denial(context):
    assert _nm("Anysphere", context) == []
