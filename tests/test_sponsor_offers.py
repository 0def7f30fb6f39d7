"""Sponsor P801: "a special offer for our listeners" is an ad marker; a discount code talked
about as any code ("every vendor offering a discount code") is not."""

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
