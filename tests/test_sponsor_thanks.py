"""Sponsor: a sponsor thanked for supporting the show without "to" ("I want to thank our friends at
Linear for supporting the show") is an ad read; people and listeners thanked for supporting the
research or "us" by a review are not."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _ad(text: str) -> bool:
    ep = episode_text(f"title: x\nquotes:\n- text: {json.dumps(text)}\n  speaker: Host\n  relevance_score: 5\n")
    return any((f.field or "").startswith("quotes[0]") for f in audit_text(ep) if f.family == "sponsor")


@pytest.mark.parametrize("text", [
    "I want to thank our friends at Linear for supporting the show. Linear is how the best product teams plan.",
    "We thank Vercel for supporting the podcast this season.",
    "Big thanks to Modal for sponsoring this episode.",
])
def test_a_sponsor_thanked(text):
    assert _ad(text)


@pytest.mark.parametrize("text", [
    "I want to thank Sarah for supporting the research behind this paper.",
    "We thank the reviewers for supporting the work with their feedback.",
    "Thank you for supporting us by leaving a review.",
    "Linear is how we run planning now; we moved off Jira last year.",
])
def test_no_sponsor_thanked(text):
    assert not _ad(text)
