"""Misspelling, session 23 (lead): fuzzy matches that were another name, and spans that ran on
into the sentence. Found by reading a sample of M303 findings on earlier sessions' held-out
episodes:

- a misspelt name of several words is not run on into the lowercase words after it: "Daniela
  Amodey is quoted" flags 'Daniela Amodey', and its fix keeps the "is";
- "JUnit" (capitals the name does not have), "DSPs" (an acronym's plural), "Junio C Hamano" (a
  given name before an initial and a surname) and "Zhi Li" (a short person's name split and
  misspelt both) are other names, not Junie, DSPy or Zhilin;
- the misspellings beside them are still found."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _m30x(text: str) -> list[tuple[str, str]]:
    ep = episode_text(f"title: x\nquotes:\n- text: {json.dumps(text)}\n  relevance_score: 5\n")
    return [(f.evidence, f.fix.edits[0].replacement if f.fix else "") for f in audit_text(ep)
            if f.family == "misspelling"]


@pytest.mark.parametrize("text, evidence, name", [
    ("Daniela Amodey is quoted on the scaling policy.", "Daniela Amodey", "Daniela Amodei"),
    ("Demis Hassabas is quoted on AI for science.", "Demis Hassabas", "Demis Hassabis"),
    ("Use Cursr or Windsurf for the refactor.", "Cursr", "Cursor"),
])
def test_a_misspelt_name_stops_before_the_lowercase_words_after_it(text, evidence, name):
    assert _m30x(text) == [(evidence, name)]


@pytest.mark.parametrize("text", [
    "It reports as JSON, SARIF and JUnit for the CI gate.",
    "Off-the-shelf DSPs burn the battery in two days.",
    "Copyright 2005, Junio C Hamano.",
    "Written in 2011 by Zhi Li for the codec.",
])
def test_other_names_near_a_glossary_name_are_quiet(text):
    assert _m30x(text) == []


def test_misspellings_beside_them_are_still_found():
    found = _m30x("We tried DSPi for prompts, Yan Le Cun said no, and Opne AI and Junee shipped.")
    assert ("DSPi", "DSPy") in found and ("Yan Le Cun", "Yann LeCun") in found and ("Opne AI", "OpenAI") in found


@pytest.mark.parametrize("text, evidence, name", [
    ("Honestly, GGemini is the one everybody was talking about.", "GGemini", "Gemini"),
    ("We compared it against SSnowflake last quarter.", "SSnowflake", "Snowflake"),
])
def test_a_first_capital_typed_twice_is_still_a_slip(text, evidence, name):
    assert _m30x(text) == [(evidence, name)]
