"""Attribution on the last phrasings of the session-20 held-out set (attr22): a product's maker
named after "whose" or as a predicate of "'s maker" ("Gemini, whose developer is OpenAI",
"Gemini's maker is OpenAI"); a maker that has "this" product called so, or "got" it ("OpenAI has
this model called Gemini", "Meta's got a model called Claude"; a platform's, quiet); glossary names
added (Zephyr, Galactica, BlenderBot, NLLB, InstructGPT, Flamingo, Gopher, Autopilot; names whose
fuzzy neighbours are ordinary words, such as Hebbia/Hebbian or CLIP/clip, were left out: the
misspelling rules would read those words as misspellings)."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, quote_episode

_Q = quote_episode


def _makers(text: str):
    return [(f.rule, f.field, f.evidence) for f in audit_text(_Q(text), select=("A4",))]


FOUND = [
    ("Gemini, whose maker OpenAI raised billions, is big.", "Gemini, whose maker OpenAI"),
    ("Gemini, whose developer is OpenAI, is big.", "Gemini, whose developer is OpenAI"),
    ("Gemini's maker is OpenAI, right?", "Gemini's maker is OpenAI"),
    ("so OpenAI has this model called Gemini and it's huge", "OpenAI has this model called Gemini"),
    ("Meta's got a model called Claude now.", "Meta's got a model called Claude"),
    ("Zephyr from Meta is a fine-tune.", "Zephyr from Meta"),
    ("Galactica, which OpenAI released, was pulled in three days.", "Galactica, which OpenAI released"),
    ("Flamingo, an OpenAI model, reads images.", "Flamingo, an OpenAI model"),
    ("InstructGPT was built by Anthropic.", "InstructGPT was built by Anthropic"),
]


@pytest.mark.parametrize("text,evidence", FOUND)
def test_a_wrong_maker_s23f_is_found(text, evidence):
    assert _makers(text) == [("A401", "quotes[0].text", evidence)]


QUIET = [
    "Gemini, whose maker Google raised billions, is big.",
    "Gemini's maker is Google.",
    "so Google has this model called Gemini and it's huge",
    "AWS has this model called Claude in Bedrock.",
    "Samsung has this assistant called Gemini on the phones.",
    "Zephyr 7B from Hugging Face is a fine-tune.",
    "We saw a flamingo and a gopher on the trip.",
    "Tesla's Autopilot and Waymo's driver differ.",
]


@pytest.mark.parametrize("text", QUIET)
def test_a_right_or_no_maker_s23f_is_quiet(text):
    assert _makers(text) == []
