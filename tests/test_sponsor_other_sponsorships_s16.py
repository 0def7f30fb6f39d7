"""Sponsor: an LLM context that calls the entity the sponsor of something else ("a sponsor of the
conference", "sponsors the hackathon") or something sponsored ("Esports team sponsored by the
startup") says nothing of the episode's ad reads; a context that calls it the episode's sponsor,
or places it in a sponsored segment, still does."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _p802(context: str) -> list[str]:
    ep = episode_text("title: x\nsummary: The guests discuss evaluation.\ncompanies:\n"
                      f"- name: Samsung\n  category: big_tech\n  confidence: high\n  context: {json.dumps(context)}\n"
                      "  source: llm_enhanced\n")
    return [f.rule for f in audit_text(ep, select=("sponsor",))]


@pytest.mark.parametrize("context", [
    "Mentioned by the host, not the guest, as a sponsor of the conference.",
    "Sponsors the hackathon the guest ran last spring.",
    "Esports team sponsored by the startup.",
])
def test_a_sponsor_of_something_else_is_no_ad(context):
    assert _p802(context) == []


@pytest.mark.parametrize("context", [
    "Sponsor of this episode.",
    "Mentioned in the sponsored segment at the start of the show.",
    "The episode's sponsor; read by the host.",
])
def test_the_episodes_sponsor_is_an_ad(context):
    assert _p802(context) == ["P802"]
