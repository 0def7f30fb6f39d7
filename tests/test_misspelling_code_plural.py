"""Misspelling: an identifier in a code span or a string assigned in code keeps the casing code
wants (`ollama pull mistral`, model="gpt-4o"); a name made plural after a determiner ("the OpenAIs
and Anthropics of the world") is no misspelling. The same words in prose are still flagged."""

from __future__ import annotations

import pytest

from tests.conftest import findings_by_item


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in findings_by_item([text], "misspelling").get(0, [])]


@pytest.mark.parametrize("text", [
    "Run `ollama pull mistral` first.",
    "Set model='gpt-4o' in the config.",
    'The request had "model": "gpt-4o-mini" in it.',
    "We compete with the OpenAIs and Anthropics of the world.",
    "Startups fight the Nvidias of this market.",
])
def test_code_and_plurals_stay_quiet(text):
    assert _found(text) == []


@pytest.mark.parametrize("text,evidence", [
    ("OpenAIs new model is great.", "OpenAIs"),  # a possessive that lost its apostrophe
    ("`openai` is the package, and Openai is wrong.", "Openai"),
    ("The Openai team shipped it.", "Openai"),
])
def test_the_same_names_in_prose_are_still_found(text, evidence):
    assert [e for _, e in _found(text)] == [evidence]
