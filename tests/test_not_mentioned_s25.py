"""Denials of a mention in shapes of a label or tag: "Mentioned: N/A", a bracketed "(Implicit)"
or "[Inferred]" tag opening the context, and "what the speakers said" standing for the episode
("no trace of this firm in what the speakers said"). Contexts that say the entity was mentioned,
or deny something else, stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode


def _flagged(context: str, confidence: str = "low") -> bool:
    found = audit_text(llm_entity_episode("Zentrix", context, "ai_company", confidence), select=("N201",))
    return [f.field for f in found] == ["companies[0].context"]


@pytest.mark.parametrize("context", [
    "Mentioned: N/A",
    "Named: n/a.",
    "(Implicit) Part of the broader cloud ecosystem discussed.",
    "[Inferred] one of the GPU clouds the guest alludes to.",
    "There is no trace of this firm in what the speakers said.",
    "Absent from what was discussed; added for completeness.",
    "No sign of it in what the guests talked about.",
])
def test_denial_is_flagged(context):
    assert _flagged(context)


@pytest.mark.parametrize("context", [
    "Mentioned in what the guest said about chips.",
    "Mentioned as a rival; no trace of its CEO in what was said.",
    "Mentioned: yes. Pricing: N/A.",
    "(Mentioned) as the GPU cloud the guest rents from.",
    "Mentioned as the company that implied a price cut.",
])
def test_mention_or_other_denial_is_quiet(context):
    assert not _flagged(context, "high")


@pytest.mark.parametrize("context", [
    "Mentioned as a supplier that isn't named in Apple's filings.",
    "Mentioned as the chip vendor; not named in the company's annual reports.",
])
def test_denial_about_a_possessors_document_is_quiet(context):
    assert not _flagged(context, "high")


@pytest.mark.parametrize("context", ["Not named in the podcast's transcript.", "Not mentioned in the guest's answers."])
def test_denial_about_the_episodes_own_parts_is_flagged(context):
    assert _flagged(context)


@pytest.mark.parametrize("context", [
    "Mentioned; the deal wasn't mentioned.",
    "Mentioned as a rival whose CEO wasn't named.",
    "Its revenue wasn't discussed; mentioned as a rival.",
    "OpenAI wasn't mentioned, but Zentrix was.",
    "Mentioned; the deal isn't in the transcript.",
])
def test_contracted_denial_of_another_subject_is_quiet(context):
    assert not _flagged(context, "high")


@pytest.mark.parametrize("context", [
    "The company wasn't mentioned.", "Zentrix wasn't named in the episode.", "This entity isn't in the transcript.",
    "It isn't in the episode.", "Not explicitly present in the conversation.", "Possibly referenced, but not explicitly.",
])
def test_contracted_or_hedged_denial_of_the_entity_is_flagged(context):
    assert _flagged(context)


@pytest.mark.parametrize("context", [
    "Mentioned; its CEO didn't appear on the show.",
    "Mentioned; its CEO did not appear on the show.",
    "The guest doesn't touch on its pricing.",
])
def test_do_support_denial_of_another_subject_is_quiet(context):
    assert not _flagged(context, "high")


@pytest.mark.parametrize("context", [
    "The company did not appear in the episode.", "The conversation doesn't touch on this company.",
])
def test_do_support_denial_of_the_entity_is_flagged(context):
    assert _flagged(context)
