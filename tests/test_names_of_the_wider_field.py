"""Names beyond the AI labs: launch companies and their rockets (a wrong maker of Starlink or
Neutron is found, the right one is quiet), a maker's spatial computer or rocket named in an entity's
context; brand spellings and product names that look like slips ("Leonardo.Ai", "the Humane Ai
Pin", "Apple's Image Playground", Nvidia's "Orin" boards, Isar Aerospace's "Spectrum") stay quiet;
firms whose last word says they are firms ("Lila Sciences") are no people, and the named products
"Voice Engine" and "Text Generation Inference" are no generic terms."""
from __future__ import annotations

import pytest

from tests.conftest import entity_context_makers, findings_by_item, llm_entity_episode, audit_text


@pytest.mark.parametrize("text,evidence", [
    ("**Blue Origin (Starlink):** the constellation that proved demand.", "Blue Origin (Starlink)"),
    ("Neutron, Relativity Space's medium-lift rocket, is the one that could break the Falcon monopoly.",
     "Neutron, Relativity Space's medium-lift rocket"),
    ("He compared Runway and Google's Sora.", "Google's Sora"),
    # what a model runs on, and who made that ("runs on" is no platform's move)
    ("Evo 2 runs on BioNeMo from Microsoft, which tells you where the compute lives.", "BioNeMo from Microsoft"),
])
def test_wrong_makers_of_the_wider_field_are_found(text, evidence):
    assert [f.evidence for f in findings_by_item([text], "attribution").get(0, [])] == [evidence]


@pytest.mark.parametrize("text", [
    "Neutron, Rocket Lab's medium-lift rocket, is due to fly soon.",
    "New Glenn is Blue Origin's heavy rocket, and Project Kuiper is Amazon's constellation.",
    "Neutrons and protons make up the nucleus.",
    "Our app runs on Claude from Anthropic.",
    "The startup runs Claude from AWS Bedrock.",
])
def test_right_makers_of_the_wider_field_stay_quiet(text):
    assert findings_by_item([text], "attribution") == {}


def test_a_makers_spatial_computer_in_a_context_is_a_claim():
    assert entity_context_makers("Vision Pro", "Google's spatial computer, still the best display on the market.") \
        == [("A402", "companies[0].context", "Google's spatial computer")]
    assert entity_context_makers("Vision Pro", "Apple's spatial computer, still the best display on the market.") == []


@pytest.mark.parametrize("text", [
    "Leonardo.Ai is what the agency uses for mood boards.",
    "The Humane Ai Pin is dead; HP bought the team.",
    "Apple's Image Playground is for birthday cards, and that's fine.",
    "vision runs on Orin boards in every robot.",
    "Isar Aerospace flew Spectrum from Andøya last spring.",
])
def test_brand_spellings_and_other_products_are_no_slips(text):
    assert findings_by_item([text], "misspelling") == {}


def test_the_same_names_misspelt_are_still_found():
    found = findings_by_item(["Google's Imagen 3 beat the Imagn 3 preview.", "The Cohere Ai team sells to banks."],
                             "misspelling")
    assert [f.evidence for f in found[0]] == ["Imagn"] and [f.evidence for f in found[1]] == ["Cohere Ai"]


@pytest.mark.parametrize("name,context", [
    ("Lila Sciences", "Startup building scientific superintelligence for the lab bench."),
    ("Voice Engine", "OpenAI's voice-cloning model, held back from release."),
    ("Text Generation Inference", "Serving stack for open models used by the guest's team."),
])
def test_firms_and_named_products_are_no_noise(name, context):
    assert audit_text(llm_entity_episode(name, context), select=("entity-noise",)) == []
