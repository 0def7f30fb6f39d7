"""Grounding G901: a name that is an ordinary word ("Runway", "Scale AI", "Notion") is grounded only
where it stands capitalised; "the runway for startups" or "at scale" does not ground it. Names with
other words ("Google DeepMind", "Sam Altman") and misspellings the glossary knows ("Open Ai") keep
the tolerant match."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text


def _ungrounded(name: str, quote: str, context: str = "Discussed in the episode.") -> bool:
    fm = (f"title: x\ndate: 2024-01-01\nsummary: A talk.\ncompanies:\n- name: {json.dumps(name)}\n"
          f"  category: ai_company\n  confidence: high\n  context: {json.dumps(context)}\n"
          f"quotes:\n- text: {json.dumps(quote)}\n  relevance_score: 7\n")
    return any(f.rule == "G901" and f.field == "companies[0].name" for f in audit_text("---\n" + fm + "---\n"))


@pytest.mark.parametrize("name,quote", [
    ("Runway", "The runway for startups is short this year."),
    ("Scale AI", "Data labeling at scale is hard."),
    ("Notion", "I like the notion that models can plan."),
    ("Together AI", "We worked together on inference."),
])
def test_a_lowercase_word_does_not_ground_a_name(name, quote):
    assert _ungrounded(name, quote)


@pytest.mark.parametrize("name,quote", [
    ("Runway", "Runway's new video model is impressive."),
    ("Runway", "Runway-style video tools are everywhere."),
    ("Scale AI", "Scale has labeled data for every big lab."),
    ("Notion", "We keep every spec in Notion."),
    ("Open Ai", "OpenAI shipped again."),
    ("Google DeepMind", "DeepMind's AlphaFold changed biology."),
    ("Sam Altman", "Altman said the next model is coming."),
])
def test_names_written_as_names_stay_grounded(name, quote):
    assert not _ungrounded(name, quote)


def test_its_own_context_does_not_ground_it():
    assert _ungrounded("Runway", "The runway for startups is short.", context="Runway makes video models.")


@pytest.mark.parametrize("name, quote, grounded", [
    # a legal form aside, the name is an ordinary word: it must stand capitalised
    ("Booking Holdings", "Local firms should build direct booking to escape aggregator commissions.", False),
    ("Booking Holdings", "Booking sends most of the tourist traffic our way.", True),
])
def test_an_ordinary_word_with_a_legal_form(name, quote, grounded):
    assert _ungrounded(name, quote) is not grounded
