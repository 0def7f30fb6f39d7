"""A fuzzy match of one capitalised word that is itself an English word or a known name ("Cusco",
"Murata", "Mochi") is the field's name misspelled only where the episode backs it: the name's
right spelling, its maker or its parent appears in one of the episode's texts, or the word
stands in a name's context (a version, a model word, a list of names). Session 20, mis22."""

from __future__ import annotations

import json

import pytest

from tests.conftest import episode_text, misspellings, quote_episode, summary_episode


@pytest.mark.parametrize("text", [
    "The conference moved to Cusco this year, and the hotel was full.",
    "Murata makes the capacitors in the server boards.",
    "Mochi ice cream was served after the panel.",
    "The comparison with Clade was not even close.",
])
def test_quiet_without_support(text):
    assert misspellings(text, summary_episode) == []


def _two_texts(summary: str, quote: str) -> str:
    return episode_text(f"title: x\nsummary: {json.dumps(summary)}\nquotes:\n- text: {json.dumps(quote)}\n")


@pytest.mark.parametrize("summary, quote, evidence, replacement", [
    ("The hosts compare Claude Code with Cursor.", "The comparison with Clade was not even close.", "Clade",
     "Claude"),
    ("Keep a short CLAUDE.md at the root of the repository.", "Then Clade follows project conventions.", "Clade",
     "Claude"),
    ("Networking gear for AI clusters is the topic.", "Cisco sells switches, and Cusco 9000 switches too.",
     "Cusco", "Cisco"),
])
def test_found_with_support(summary, quote, evidence, replacement):
    found = misspellings(_two_texts(summary, quote), lambda t: t)
    assert [(f.field, f.evidence, f.fix.edits[0].replacement) for f in found] == [
        ("quotes[0].text", evidence, replacement)]


def test_version_is_name_context():
    found = misspellings("We benchmarked Clade 3 Opus against the rest.", quote_episode)
    assert [f.evidence for f in found] == ["Clade"]
