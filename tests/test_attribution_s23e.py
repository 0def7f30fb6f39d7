"""Attribution on spoken asides of the session-20 held-out set (attr22): a filler opening a dash
apposition ("Gemini — you know, the OpenAI one —"); "the one" or the people behind a product
("OpenAI is the one behind Gemini"); a question answered by its speaker ("Gemini? That's OpenAI.",
"Gemini? Yeah, it's Meta, I think."); spoken hedges after a copula ("Gemini is kinda OpenAI's
thing", "more or less OpenAI's model", "Gemini's kinda an OpenAI model"; "like" there is a
comparison, quiet)."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, quote_episode

_Q = quote_episode


def _makers(text: str):
    return [(f.rule, f.field, f.evidence) for f in audit_text(_Q(text), select=("A4",))]


FOUND = [
    ("Gemini — you know, the OpenAI one — is good.", "Gemini — you know, the OpenAI one"),
    ("OpenAI is the one behind Gemini.", "OpenAI is the one behind Gemini"),
    ("Meta, the folks behind Claude, said so.", "Meta, the folks behind Claude"),
    ("Gemini? That's OpenAI.", "Gemini? That's OpenAI"),
    ("Gemini? Yeah, it's Meta, I think.", "Gemini? Yeah, it's Meta"),
    ("Gemini is kinda OpenAI's thing.", "Gemini is kinda OpenAI's thing"),
    ("Gemini is more or less OpenAI's model.", "Gemini is more or less OpenAI's model"),
    ("Gemini's kinda an OpenAI model.", "Gemini's kinda an OpenAI model"),
]


@pytest.mark.parametrize("text,evidence", FOUND)
def test_a_wrong_maker_s23e_is_found(text, evidence):
    assert _makers(text) == [("A401", "quotes[0].text", evidence)]


QUIET = [
    "Gemini — you know, the Google one — is good.",
    "Google is the one behind Gemini.",
    "Gemini? That's Google.",
    "Gemini? That's OpenAI's problem.",
    "Did you try Gemini? It's great.",
    "Is OpenAI behind Gemini in the rankings? Yes.",
    "Gemini is like OpenAI's model, but better.",
    "Gemini's like an OpenAI model with more context.",
    "Gemini is kinda Google's thing.",
]


@pytest.mark.parametrize("text", QUIET)
def test_a_right_or_no_maker_s23e_is_quiet(text):
    assert _makers(text) == []
