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
