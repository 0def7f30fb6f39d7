"""Glossary names that are ordinary words or other names are not misspellings there: "Palm
Springs" and "palm oil" are no PaLM, "Finding Nemo" no NeMo, the axion a particle, Nim a
programming language; "Google's Palm 2" is still PaLM written wrong."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _misspelt(text: str) -> list[str]:
    ep = episode_text("title: x\nsummary: " + json.dumps(text) + "\n")
    return [f.evidence for f in audit_text(ep, select=("misspelling",))]


@pytest.mark.parametrize("text", [
    "We met in Palm Springs and talked about palm oil and the palm of a robot hand.",
    "We watched Finding Nemo, and Captain Nemo came up too.",
    "The axion is a hypothetical particle.",
    "Nim is a programming language some of our engineers like, and nim is a game.",
])
def test_ordinary_words_and_other_names_stay(text):
    assert _misspelt(text) == []


def test_a_misspelt_model_name_is_still_found():
    assert _misspelt("Google's Palm 2 model was the base for Bard.") == ["Palm"]
