"""Session 20 (not-mentioned): the episode steering clear of the entity ("The conversation steers
clear of Mistral entirely", "Sidesteps any mention of Tesla", "The episode avoids naming Zoom
directly") is a denial; still quiet: a thing of the entity that "went unmentioned", a double
negative ("Never mentioned without a caveat"), a denial about a document with a lowercase
modifier ("not mentioned in the government report"), and avoidance of something or someone else."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode


def _flagged(name: str, context: str, confidence: str = "low") -> list[str]:
    return [f.evidence for f in audit_text(llm_entity_episode(name, context, "tech", confidence))
            if f.family == "not-mentioned"]


@pytest.mark.parametrize("name, context", [
    ("Mistral AI", "The conversation steers clear of Mistral entirely; listed as a European peer lab."),
    ("Tesla", "Sidesteps any mention of Tesla, though self-driving comes up."),
    ("Zoom", "The episode avoids naming Zoom directly, speaking only of 'video call apps'."),
    ("Snowflake", "The speakers steer clear of it; added as a data-warehouse peer."),
    ("Oracle", "The interview skirts around Oracle; cloud databases are discussed in general."),
    ("Dell", "The hosts refrain from mentioning Dell, though server vendors come up."),
])
def test_steering_clear_of_the_entity_is_a_denial(name, context):
    assert _flagged(name, context) != []


@pytest.mark.parametrize("name, context", [
    ("Canva", "Mentioned as a design tool the guest uses; its AI features went unmentioned."),
    ("Figma", "Named twice by the guest; their pricing remained unmentioned."),
    ("Llama 3", "Never mentioned without a caveat about its licensing terms."),
    ("Samsung Electronics",
     "The guest noted that Samsung was not mentioned in the government report, which he found odd."),
    ("Intel", "Named by the host; the chip was not mentioned in the quarterly earnings report."),
    ("Nvidia", "Discussed as the GPU supplier; the guest steers clear of AMD entirely."),
    ("Nvidia", "Google sidesteps Nvidia by designing its own TPUs, the guest explains."),
    ("Apple", "The guest avoids naming its suppliers, but Apple is discussed at length."),
    ("Tesla", "The conversation steers clear of pricing; Tesla is named as the customer."),
])
def test_denials_of_other_things_stay_quiet(name, context):
    assert _flagged(name, context, "medium") == []


def test_a_denial_in_the_episode_itself_is_no_document_of_elsewhere():
    # "the episode" is a place of the episode, not a document outside it
    assert _flagged("Cohere", "Not mentioned in the episode summary or the transcript.") != []


@pytest.mark.parametrize("name, context", [
    ("Intel", "The episode is silent on Intel."),
    ("Intel", "The guest is silent about it; added as a chip-making peer."),
    ("Oracle", "The hosts say nothing about Oracle."),
    ("Oracle", "There was no talk of Oracle in the episode."),
    ("Rivian", "Unrelated to anything said in the episode; likely hallucinated."),
    ("Rivian", "Likely a hallucination; the transcript has no such company."),
    ("Rivian", "Hallucinated entity, with no basis in the conversation."),
    ("Rivian", "Speculative addition; not grounded in the transcript."),
    ("Rivian", "Could not be verified in the transcript."),
    ("Intel", "Not raised by either speaker."),
    ("Vercel", "At no point in the episode is Vercel named."),
    ("Oracle", "Not within the scope of the conversation, which focused on Meta."),
    ("Oracle", "Excluded from the conversation; inferred from the database talk."),
    ("Oracle", "Mentioned? Not really — only databases in general."),
])
def test_silence_guesses_and_groundless_entries_are_denials(name, context):
    assert _flagged(name, context) != []


@pytest.mark.parametrize("name, context", [
    ("Stripe Atlas", "The course content contains nothing about Stripe Atlas, the guest notes, although he recommends it."),
    ("Perplexity", "A brief mention, not a discussion."),
    ("Perplexity", "Mentioned implicitly and then explicitly as the answer engine."),
    ("Perplexity", "Mentioned; investors are not named."),
    ("Bard", "Mentioned as the chatbot that probably hallucinated the James Webb fact in its launch demo."),
    ("Nvidia", "The guest is silent on AMD but praises Nvidia at length."),
    ("Nvidia", "Named often; there was no talk of pricing."),
    ("Nvidia", "Mentioned; the CEO quote could not be verified in the transcript."),
    ("Nvidia", "The transcript has no such claim about Nvidia's margins; Nvidia is discussed as the supplier."),
    ("Nvidia", "Discussed; its revenue figures are outside the scope of the episode."),
])
def test_other_things_unsaid_stay_quiet(name, context):
    assert _flagged(name, context, "medium") == []


def test_a_noun_of_mentioning_as_the_plural_subject_is_still_a_denial():
    assert _flagged("Nvidia", "Mentions are not found in the transcript.") != []
