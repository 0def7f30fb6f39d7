"""Session 55: a number in a name written the other way, as speech recognition writes it -- digits
for the number word a name spells ("Base 10" for Baseten, "2 Sigma", "Tempus 1", "4Kites" for
FourKites) and a word for a name's digits ("Llama Three", "Claude Three Opus") -- is a misspelling
of that name, fixed to the form it was made from; the same number in ordinary words, or beside
only common words ("Take 2", "Capital 1", "in base 10"), stays quiet."""

from __future__ import annotations

import pytest

from audit.glossary import number_variants
from tests.conftest import audit_text, quote_episode, transcript_episode


def _misspellings(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.evidence, f.fix.edits[0].replacement) for f in audit_text(quote_episode(text))
            if f.family == "misspelling"]


@pytest.mark.parametrize("text, evidence, right", [
    ("We serve the model on Base 10 today.", "Base 10", "Baseten"),
    ("Hedge funds like 2 Sigma use it.", "2 Sigma", "Two Sigma"),
    ("Tempus 1 is the clinical assistant.", "Tempus 1", "Tempus One"),
    ("The 4Kites platform tracks freight.", "4Kites", "FourKites"),
    ("We moved to GPT Four last week.", "GPT Four", "GPT-4"),
    ("Trained on Llama Three before the switch.", "Llama Three", "Llama 3"),
    ("Claude Three Opus wrote the draft.", "Claude Three Opus", "Claude 3 Opus"),
])
def test_a_number_written_the_other_way_is_the_names_misspelling(text, evidence, right):
    assert _misspellings(text) == [("M301", evidence, right)]


@pytest.mark.parametrize("text", [
    "In base 10 arithmetic every digit counts.",
    "Take 2 minutes to read the terms.",
    "They raised capital 1 year ago.",
    "We deploy on Baseten and Two Sigma pays for it.",
    "Llama 3 and Claude 3 Opus both ran.",
    "Four of the models passed and one failed.",
])
def test_ordinary_numbers_and_the_right_names_stay_quiet(text):
    assert _misspellings(text) == []


def test_the_variants_of_a_form():
    assert number_variants("Baseten") == ["Base 10", "Base10"]
    assert number_variants("ElevenLabs") == ["11 Labs", "11Labs"]
    assert number_variants("Llama 3") == ["Llama Three"]
    # beside common words only, a number is ordinary text: no variant
    assert number_variants("Take-Two") == number_variants("Capital One") == number_variants("Switch 2") == []
    # a name's ending that is a number word after no English word is no number ("Rakuten", "Helicone")
    assert number_variants("Rakuten") == number_variants("Helicone") == []


def test_an_ner_entry_named_with_the_digits_is_found_in_name_and_context():
    text = transcript_episode("Tuhin Srivastava from {Base 10} runs the inference cloud.")
    found = {(f.rule, f.field, f.evidence) for f in audit_text(text) if f.family == "misspelling"}
    assert ("M301", "companies[0].name", "Base 10") in found
    assert ("M301", "companies[0].context", "Base 10") in found
