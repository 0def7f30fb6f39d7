"""M303: a person's given name followed by the sentence's own lowercase words is no misspelled
full name ("Demis has said" is not "Demis Hassabis"); a misspelt surname after the given name
still is ("Demis Hasabis")."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _misspelt(text: str) -> list[str]:
    ep = episode_text("title: x\nsummary: " + json.dumps(text) + "\n")
    return [f.evidence for f in audit_text(ep, select=("misspelling",))]


@pytest.mark.parametrize("text", [
    "Demis has said for years that biology is the application he cares about most.",
    "Jensen has sold more chips than anyone expected.",
    "Dario and I talked about it after the panel.",
])
def test_a_given_name_and_the_sentence_after_it(text):
    assert _misspelt(text) == []


def test_a_misspelt_surname_is_still_found():
    assert _misspelt("Demis Hasabis has said for years that biology matters.") == ["Demis Hasabis"]
