"""Not-mentioned: a denial of a thing of the entity in the singular ("No sponsorship was
mentioned") is no denial of the entity. Sponsor: an LLM context that denies an ad ("Not a sponsor",
"with no ad read") makes no sponsor. Attribution: Google's Chirp speech models are Google's."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode, transcript_episode


def _n201(context: str) -> list[str]:
    return [f.rule for f in audit_text(llm_entity_episode("Cohere", context, confidence="low"), select=("N201",))]


@pytest.mark.parametrize("context", [
    "No sponsorship was mentioned; the guest simply tested the model for retrieval.",
    "No pricing was given, but the guest demoed the reranker.",
    "No funding round was discussed; the guest uses its embeddings daily.",
])
def test_a_thing_of_the_entity_denied_is_no_denial_of_the_entity(context):
    assert _n201(context) == []


@pytest.mark.parametrize("context", [
    "No company was mentioned by that name.",
    "No such product was mentioned in the episode.",
    "No mention was made of it.",
    "Not mentioned.",
])
def test_the_entity_itself_denied_is_still_flagged(context):
    assert _n201(context) == ["N201"]


FILL = ("The hard part was never the model, it was the pipeline around it, and I think we learned "
        "that the slow way, you know? ")
TRANSCRIPT = FILL * 3 + "Honestly we ran {Foldwright} on every target and it held up. " + FILL * 3
QUOTES = ["We ran Foldwright on all two hundred targets and the error was within an angstrom."]


@pytest.mark.parametrize("context, flagged", [
    ("Open-source structure model the guest benchmarked; no sponsorship was mentioned.", False),
    ("Not a sponsor; mentioned as the model the guest's lab benchmarks against.", False),
    ("Structure model mentioned explicitly and praised, with no ad read.", False),
    ("Structure model; sponsor of this episode.", True),
])
def test_an_ad_denied_in_the_llm_context_makes_no_sponsor(context, flagged):
    ep = transcript_episode(TRANSCRIPT, QUOTES, llm=[("Foldwright", context)])
    found = {f.field for f in audit_text(ep, select=("sponsor",))}
    assert ("quotes[0].text" in found) is flagged  # the guest's quote is the sponsor's praise
    assert flagged or not found


def test_chirp_is_googles():
    ep = llm_entity_episode("Chirp", "Amazon's family of speech recognition models, used for Hindi.")
    assert [f.rule for f in audit_text(ep, select=("attribution",))] == ["A402"]
    ep = llm_entity_episode("Chirp", "Google's family of speech recognition models, used for Hindi.")
    assert [f.rule for f in audit_text(ep, select=("attribution",))] == []


@pytest.mark.parametrize("context", [
    "Not mentioned in the US segment; discussed in the Korea segment.",
    "Not mentioned by name in the interview itself; the host credits it in the outro.",
    "Not mentioned in the interview; it appears in the host's news segment.",
    "Not mentioned in the main interview, but it comes up in the Q&A.",
])
def test_denied_in_one_part_of_the_episode_and_named_in_another_is_no_denial(context):
    assert _n201(context) == []


@pytest.mark.parametrize("context", [
    "Not mentioned in the interview.",
    "Not mentioned in the episode; it appears in the show notes.",
    "Not mentioned in the episode; discussed in the show notes.",
])
def test_denied_with_no_other_part_named_is_still_flagged(context):
    assert _n201(context) == ["N201"]


@pytest.mark.parametrize("context", [
    "Only referenced in the show description.",
    "Listed for completeness; the episode does not cover it.",
    "Mention could not be confirmed.",
    "References could not be verified.",
])
def test_more_phrasings_of_a_denial(context):
    assert _n201(context) == ["N201"]


@pytest.mark.parametrize("context", [
    "Named as an example of a company that has not mentioned layoffs.",
    "The company hasn't mentioned pricing yet.",
    "The episode does not cover its pricing.",
])
def test_a_perfect_with_another_object_is_no_denial(context):
    assert _n201(context) == []
