"""Session 47: shapes that the glossary's growth in session 46 exposed (CI failed on them).

- A name of three words or more written without its first word is that name, not a misspelling of
  a shorter one: "Music GenAI Control" (Adobe's Project Music GenAI Control) is no "MusicGen".
- At the start of an entity's context window, the rest of a cut word that begins a name of several
  words ("exis Plus AI" of "Lexis Plus AI") leaves the name's tail, not a misspelling ("PlusAI").
- An organisation's name of two words with a bare "s" is its genitive, a slip, even where its first
  word is another name and the second an English plural: "Aleph Alphas models" (Runway's Aleph).
"""
from __future__ import annotations

import pytest

import yaml

from tests.conftest import audit_text, episode_text, findings_by_item


@pytest.mark.parametrize("text", [
    "Then Music GenAI Control said the stems could be edited after the fact.",
    "Adobe showed Music GenAI Control at the Hot Pod summit.",
])
def test_a_long_name_without_its_first_word_is_no_misspelling(text):
    assert findings_by_item([text], "misspelling") == {}


@pytest.mark.parametrize("text,evidence", [
    ("Then Music GenAl said the stems could be edited.", "Music GenAl"),  # no longer name goes on here
    ("We licensed Aleph Alphas models for the pilot.", "Aleph Alphas"),
    ("The Hugging Faces hub hosts the weights.", "Hugging Faces"),
])
def test_the_same_words_as_a_slip_are_flagged(text, evidence):
    assert [f.evidence for f in findings_by_item([text], "misspelling").get(0, [])] == [evidence]


def _context_finding(context: str) -> list[str]:
    text = episode_text(yaml.safe_dump({"title": "Episode", "companies": [
        {"name": "Globex", "category": "tech_company", "confidence": "high", "context": context, "position": 900}]},
        width=1000))
    return [f.evidence for f in audit_text(text, select=("misspelling",))]


@pytest.mark.parametrize("context", [
    "exis Plus AI said the new model is faster",
    "roject Music GenAI Control said the new model is faster",
])
def test_a_window_cut_inside_a_long_names_first_word_leaves_no_misspelling(context):
    assert _context_finding(context) == []


def test_a_misspelling_after_a_cut_word_is_still_flagged():
    # the cut word's rest and a name after it that is no tail of a longer name
    assert _context_finding("ing Antropic said the new model is faster") == ["Antropic"]
