"""Entity noise: a brand made of a sentence-opening word and one ordinary word is a name when its
window goes on with its possessive or a relative clause about it ("Beyond Meat's IPO", "So
Delicious, which ..."); a function word or a person-shaped name is a firm when its window gives it
a firm's apposition or takes it up as one ("Next, the British retailer,", "Ralph Lauren ...: the
brand moved upmarket"). The seed's fragments stay fragments."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, ner_entity_episode


def _rules(name: str, window: str) -> list[str]:
    return [f.rule for f in audit_text(ner_entity_episode(name, window), select=("entity-noise",))]


@pytest.mark.parametrize("name, window", [
    ("Beyond Bread", "Let's go back to 2019. Beyond Bread's IPO, Impossible Foods in Burger King, everyone"),
    ("So Fresh", "than their valuation suggested. And So Fresh, which nobody in tech talks about, has been"),
    ("Next", "get its cool back with the cash cow. Next, the British retailer, quietly runs one of the best"),
    ("Hugo Marlowe", "which tells you who the customer is. Hugo Marlowe is the surprise of the decade: the brand moved"),
])
def test_a_brand_its_window_describes_is_no_noise(name, window):
    assert _rules(name, window) == []


@pytest.mark.parametrize("name, window, rule", [
    ("If China", "argue that it's competitive with a lot of models. If China is better at, you know, physical", "F501"),
    ("But Lama", "know the full family of Lama 4 models is not yet. But Lama 4 Maverick is 35 on Chatbot Arena", "F501"),
    ("Next", "we shipped the first version. Next, we rebuilt the pipeline from scratch, which took", "F501"),
    ("Hugo Marlowe", "my co-founder Hugo Marlowe said the pricing was wrong, and he was right about it", "F504"),
])
def test_fragments_and_people_stay_noise(name, window, rule):
    assert _rules(name, window) == [rule]


@pytest.mark.parametrize("name", ["CAISI", "AISI", "Garante", "EDPB"])
def test_the_ai_safety_institutes_and_data_protection_bodies_are_public_bodies(name):
    window = f"the US AI Safety Institute side of things now, or {name}, I can never keep the acronyms straight"
    assert _rules(name, window) == ["F504"]
