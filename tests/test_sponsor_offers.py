"""Sponsor: "a special offer for our listeners" is an ad marker and a discount code talked about
as any code ("every vendor offering a discount code") is not (P801); an entity whose context says
it was promoted, advertised or plugged during the episode comes from an ad (P802)."""

from __future__ import annotations

import pytest

from tests.conftest import findings_by_item

ADS = [
    "Check out AssemblyAI, the best speech-to-text API, with a special offer for our listeners.",
    "There's an exclusive deal for podcast listeners at the link below.",
    "Use discount code PODCAST at checkout.",
    "Enter the promo code at signup for a month free.",
]
TALK = [
    "If you go to the conference, you'll see every vendor offering a discount code.",
    "We never used a promo code in our launch, and nobody missed it.",
    "There is no coupon code that fixes a bad product.",
    "We made our pricing simple for every customer, with no special offers.",
]


@pytest.mark.parametrize("text", ADS)
def test_offers_to_listeners_and_codes_to_use_are_ad_copy(text):
    assert findings_by_item([text], "sponsor").get(0)


@pytest.mark.parametrize("text", TALK)
def test_codes_and_offers_talked_about_are_not(text):
    assert not findings_by_item([text], "sponsor").get(0)


def _p802(context: str) -> list[str]:
    import json

    from tests.conftest import audit_text, episode_text

    fm = f"title: x\ncompanies:\n- name: Persona\n  category: tech\n  confidence: medium\n  context: {json.dumps(context)}\n"
    return [f.rule for f in audit_text(episode_text(fm)) if f.family == "sponsor"]


@pytest.mark.parametrize("context,flagged", [
    ("Identity verification company promoted during the episode.", True),
    ("Advertised on the show as a fraud tool.", True),
    ("Plugged in the intro by the host.", True),
    ("Company whose advertising business funds its AI.", False),
    ("Promoted to general availability last month.", False),
    ("The guest was promoted in the company twice.", False),
])
def test_a_context_saying_the_entity_was_promoted_in_the_episode(context, flagged):
    assert (_p802(context) == ["P802"]) is flagged
