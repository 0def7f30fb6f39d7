"""Attribution: "the X model Y" names X as Y's maker whoever runs, serves or hosts Y.

A platform's or a user's verb before a possessive may make it no authorship ("Azure hosts
Meta's Llama" is fine either way, "we run the Azure Llama endpoint" names where it runs), but
with a kind word between the two names ("the DeepSeek model Gemini 2.5 Pro") the noun phrase
itself says who made the product.
"""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, quote_episode


def _attributed(text: str) -> list[str]:
    return [f.evidence for f in audit_text(quote_episode(text), select=["A4"])]


@pytest.mark.parametrize("text", [
    "Teams are running the DeepSeek model Gemini 2.5 Pro next to Whisper and routing each request.",
    "Groq serves the Microsoft model Llama 3 at 800 tokens a second.",
])
def test_a_kind_word_between_names_the_maker_after_a_platform_verb(text):
    assert _attributed(text)


@pytest.mark.parametrize("text", [
    "Teams are running the Google model Gemini 2.5 Pro next to Whisper and routing each request.",
    "Groq serves the Meta model Llama 3 at 800 tokens a second.",
    "We deployed the Meta Llama endpoint on Azure.",
    "Our platform now runs the Anthropic model Claude 3 Haiku for every free user.",
])
def test_the_right_maker_or_no_kind_word_stays_quiet(text):
    assert _attributed(text) == []
