"""A401: "<name> from <firm>" followed by what a person does to the speaker is a person of that
firm named like a product ("Jules from OpenAI told me ...", "Devin from Google, who we hired"),
not a product of the wrong maker; the product claim without it stays ("Jules from OpenAI is an
async coding agent")."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _a401(text: str) -> list[str]:
    ep = episode_text("title: x\nsummary: " + json.dumps(text) + "\n")
    return [f.evidence for f in audit_text(ep, select=("A401",))]


@pytest.mark.parametrize("text", [
    "Jules from OpenAI told me the launch slipped a week.",
    "Devin from Google, who we hired last year, runs the evals.",
])
def test_a_person_of_the_firm(text):
    assert _a401(text) == []


@pytest.mark.parametrize("text", [
    "Jules from OpenAI is an async coding agent.",
    "Devin from Google writes whole pull requests.",
])
def test_the_product_claim_stays(text):
    assert _a401(text) != []
