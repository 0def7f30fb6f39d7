"""Not-mentioned: a denial inside the story the episode tells is no denial of the episode. After
the denial's object ("Nobody mentioned Cohere ...", "never heard of it ..."), a time of the story
("until the board meeting", "back then", "since 2021"), a document ("in the 2023 report") or
someone told outside the episode ("to investors": `scope.audience` in rules/not_mentioned.yaml)
means the entity is talked about. Each story below was flagged by the code before this change."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _flagged(context: str, name: str = "Cohere") -> bool:
    ep = episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: ai_company\n"
                      f"  confidence: low\n  context: {json.dumps(context)}\n")
    return any(f.rule == "N201" and f.field == "companies[0].context" for f in audit_text(ep, select=["N201"]))


STORIES = [
    "Nobody mentioned Cohere until the board meeting, the guest recalls.",
    "He had never heard of Cohere before the deal.",
    "The founder never mentioned Cohere to investors back then, she says.",
    "The guest says nobody mentioned Cohere to her before 2023.",
    "Not mentioned in the 2023 report, the guest says, which surprised her.",
    "The CTO never brought the lab up to his team, the host learns.",
    "Regulators have not mentioned it since 2021, the guest says.",
]

DENIALS = [
    "Never mentioned Cohere in the episode.",
    "Not mentioned to listeners.",
    "Cohere is not named in this 2024 episode.",
    "Never heard of it in the episode.",
    "Not mentioned by name in the conversation at all.",
    "Nobody mentions Cohere; added from background knowledge.",
]


@pytest.mark.parametrize("context", STORIES)
def test_a_denial_in_the_story_told_is_no_finding(context):
    assert not _flagged(context)


@pytest.mark.parametrize("context", DENIALS)
def test_a_denial_of_the_episode_is_still_found(context):
    assert _flagged(context)
