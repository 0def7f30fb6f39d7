"""A401: a wrong maker coordinated with the right one as subjects of one verb is a joint release,
not a wrong attribution ("Google DeepMind and Isomorphic Labs released AlphaFold 3"); without
the right maker beside it the claim stays wrong."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _a401(text: str) -> list[str]:
    ep = episode_text("title: x\nsummary: " + json.dumps(text) + "\n")
    return [f.evidence for f in audit_text(ep, select=("A401",))]


@pytest.mark.parametrize("text", [
    "Google DeepMind and Isomorphic Labs released AlphaFold 3 together.",
    "Meta and Microsoft released Llama 2 as an open model.",
    "Amazon and Anthropic released Claude 3 in March.",
    "Anthropic, Amazon and Google released Claude 3 in March.",
])
def test_a_right_maker_beside_the_subject_is_a_joint_release(text):
    assert _a401(text) == []


@pytest.mark.parametrize("text", [
    "Isomorphic Labs released AlphaFold 3 last May.",
    "Microsoft and Amazon released Llama 2 as an open model.",
    "Apple and Amazon released Claude 3 in March.",
])
def test_without_the_right_maker_the_claim_stays(text):
    assert _a401(text) != []
