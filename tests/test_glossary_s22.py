"""Session 19: glossary names an attribution final of session 18 lacked (the Realtime API of
OpenAI, Gemma Scope of Google DeepMind): a wrong maker is flagged, the right one stays quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, summary_episode


def _attribution(text: str) -> list[str]:
    return [f.message for f in audit_text(summary_episode(text)) if f.family == "attribution"]


@pytest.mark.parametrize("text, message", [
    ("The Realtime API, built by Anthropic, powers the voice agent.",
     "Realtime API is made by OpenAI, not Anthropic: 'Realtime API, built by Anthropic'"),
    ("We used Anthropic's Realtime API for the voice agent.",
     "Realtime API is made by OpenAI, not Anthropic: \"Anthropic's Realtime API\""),
    ("Gemma Scope, the interpretability suite from Meta, was discussed.",
     "Gemma Scope is made by Google DeepMind, not Meta: 'Gemma Scope, the interpretability suite from Meta'"),
])
def test_a_wrong_maker_of_the_new_names_is_flagged(text, message):
    assert _attribution(text) == [message]


@pytest.mark.parametrize("text", [
    "We used OpenAI's Realtime API for the voice agent.",
    "Gemma Scope from Google DeepMind was discussed.",
    "Gemma Scope, Google's interpretability suite, was discussed.",
])
def test_the_right_maker_stays_quiet(text):
    assert _attribution(text) == []
