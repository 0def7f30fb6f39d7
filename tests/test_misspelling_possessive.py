"""An organisation's possessive written without its apostrophe before a name ("Googles Gemini",
"Metas Llama"): a misspelling of "Google's", even where the word with its "s" is English
("googles", "metas", "amazons"), when the organisation makes the name after it. The English words
themselves, and such a word before a name the organisation does not make, stay quiet. Also: the
"hugging face" emoji is no misspelling of the company named after it."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _summary_findings(text: str):
    ep = episode_text(f"title: x\nsummary: {json.dumps(text)}\n")
    return [(f.evidence, f.fix.edits[0].replacement if f.fix else None)
            for f in audit_text(ep) if f.family == "misspelling"]


SLIPS = [
    ("We compared Googles Gemini with the rest.", "Googles", "Google's"),
    ("The team fine-tuned Metas Llama on legal text.", "Metas", "Meta's"),
    ("Amazons Alexa got a new voice model.", "Amazons", "Amazon's"),
    ("Her startup runs on Nvidias Blackwell chips.", "Nvidias", "Nvidia's"),  # found before, too
]


@pytest.mark.parametrize("text,evidence,replacement", SLIPS)
def test_a_possessive_without_its_apostrophe_before_its_own_name(text, evidence, replacement):
    assert (evidence, replacement) in _summary_findings(text)


QUIET = [
    "She googles every error message before asking.",
    "The metas of the game changed after the patch.",
    "Googles and goggles are easy to confuse.",
    "The Amazons of Greek myth were warriors.",
    "Googles Claude, he said, meaning he searched for it.",  # not a Google product: no possessive
]


@pytest.mark.parametrize("text", QUIET)
def test_the_english_words_stay_quiet(text):
    assert _summary_findings(text) == []


@pytest.mark.parametrize("text", ["She replied with a hugging-face emoji.", "A Hugging face emoji, then a thumbs up."])
def test_the_emoji_the_company_is_named_after(text):
    assert _summary_findings(text) == []


def test_the_company_in_the_same_text_is_still_checked():
    assert ("Hugging face", "Hugging Face") in _summary_findings("A hugging-face emoji for the Hugging face team.")
