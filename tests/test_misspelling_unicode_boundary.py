"""Misspelling: a word that runs on past ASCII is one word. "Gaudí" holds no misspelt "Gaud"
(Intel's Gaudi), "Café Claudé" no "Claud"; names written with letters outside ASCII still read
right ("Clément Delangue", "Łukasz Kaiser") and an ASCII misspelling beside such words is still
found."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _misspelt(text: str) -> list[str]:
    ep = episode_text("title: x\nsummary: " + json.dumps(text) + "\n")
    return [f.evidence for f in audit_text(ep, select=("misspelling",))]


@pytest.mark.parametrize("text", [
    "The Gaudí museum in Barcelona was packed.",
    "The Café Claudé was closed for the launch.",
    "Clément Delangue runs Hugging Face, and Łukasz Kaiser co-wrote the Transformer paper.",
    "Intel's Gaudi 3 accelerator and Björk at the party.",
])
def test_words_past_ascii_are_whole(text):
    assert _misspelt(text) == []


def test_a_misspelling_beside_them_is_found():
    assert _misspelt("After the Gaudí tour we tried Antropic's Claude.") == ["Antropic"]
