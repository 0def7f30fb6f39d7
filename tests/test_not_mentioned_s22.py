"""Session 19 (not-mentioned): more ways an enrichment pass admits an entity was not in the
episode -- no evidence for it ("No transcript evidence for this entity.", "There is no evidence in
the transcript that Google was discussed"), a count of none ("Zero occurrences in the
transcript."), the episode saying nothing of it ("The episode contains nothing about Palantir.")
-- and two false alarms gone: a plural thing with its modifier denied ("No pricing details were
mentioned") and a denial next to a clause that names the entity as mentioned ("..., but Nvidia was
discussed as the GPU supplier")."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode


def _flagged(name: str, context: str) -> list[str]:
    return [f.evidence for f in audit_text(llm_entity_episode(name, context, "tech", "low")) if f.family == "not-mentioned"]


@pytest.mark.parametrize("name, context, evidence", [
    ("Microsoft", "No transcript evidence for this entity.", "No transcript evidence for this entity"),
    ("Google", "There is no evidence in the transcript that Google was discussed.",
     "no evidence in the transcript that Google was discussed"),
    ("Tesla", "No evidence of it; added from the show's tags.", "No evidence of it"),
    ("Tesla", "No evidence of it in the recording; added from the show's tags.", "No evidence of it in the recording"),
    ("Nvidia", "Zero occurrences in the transcript.", "Zero occurrences"),
    ("Palantir", "The episode contains nothing about Palantir.", "episode contains nothing about Palantir"),
    ("Character.AI", "The conversation contains nothing about Character.AI.", "conversation contains nothing about Character.AI"),
    ("Palantir", "The transcript says nothing about it.", "transcript says nothing about it"),
])
def test_new_phrasings_of_not_mentioned(name, context, evidence):
    assert _flagged(name, context) == [evidence]


@pytest.mark.parametrize("name, context", [
    ("Nvidia", "No pricing details were mentioned, but Nvidia was discussed as the GPU supplier."),
    ("Nvidia", "No pricing details were mentioned."),
    ("Nvidia", "Some clause was denied, no numbers were cited, but Nvidia was mentioned by the host."),
    ("Stripe", "No evidence of demand was found in the survey, the guest said, but Stripe is the payments provider."),
    ("Stripe", "There is no evidence in the transcript that the deal closed; Stripe is named as the acquirer."),
    ("Stripe", "Zero occurrences of downtime were reported since moving to Stripe."),
    ("Stripe", "The episode contains nothing about pricing, but Stripe is discussed at length."),
    ("Stripe", "The transcript has nothing about Stripe's fees; the company is named as the processor."),
    ("Microsoft", "Mentioned only once, near the end, as a cloud partner."),
])
def test_denials_about_other_things_stay_quiet(name, context):
    assert _flagged(name, context) == []


def test_a_direct_mention_denied_with_a_modifier_is_still_a_denial():
    assert _flagged("Nvidia", "No direct mentions were found in the transcript.") != []
