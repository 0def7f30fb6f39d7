"""Misspelling: real people's names near a glossary person's are other people, not misspellings
(found by running 29,000 lines of Debian copyright notices through the family: 24 findings before,
9 after): a surname two slips off with a letter put in or left out ("Sam Hartman", "Simon
Wilkinson"), the first words of a longer name ("Jim Van Zandt"), a surname after another given
name mid-sentence ("1999, John Ellson") or before a middle initial ("Pawel W. Olszta"), and an
ordinary word before a number that is no model's version ("Clause 52.227.19"). Names misheard
sound for sound ("Satya Nutella", "Mira Moradi") and other slips are still found."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _misspelt(text: str) -> list[str]:
    ep = episode_text("title: x\nsummary: " + json.dumps(text) + "\n")
    return [f.evidence for f in audit_text(ep, select=("misspelling",))]


@pytest.mark.parametrize("text", [
    "This package was debianized by Sam Hartman on a Tuesday.",
    "Thanks to Simon Wilkinson for the patch.",
    "Copyright 1998 Jim Van Zandt, all rights reserved.",
    "Copyright 1999-2002, John Ellson of Lucent.",
    "Copyright (C) 1999-2000 Pawel W. Olszta. All Rights Reserved.",
    "See the Federal Acquisition Regulations in Clause 52.227.19 for details.",
])
def test_other_people_and_clauses_are_quiet(text):
    assert _misspelt(text) == []


@pytest.mark.parametrize("text, evidence", [
    ("Satya Nutella said Microsoft would spend more on data centers.", "Satya Nutella"),
    ("Mira Moradi left to start her own lab.", "Mira Moradi"),
    ("Sam Altmann told the audience that GPT-5 was close.", "Sam Altmann"),
    ("The keynote by Jensen Haung was two hours long.", "Jensen Haung"),
    ("We compared Clause 3.5 Sonnet with GPT-4o.", "Clause"),
    ("Oracle's founder Larry Elison bought more GPUs.", "Larry Elison"),
])
def test_slips_of_the_glossary_people_are_found(text, evidence):
    assert _misspelt(text) == [evidence]


@pytest.mark.parametrize("text", [
    "Jason Duell wrote the first version.",  # no Dell
    "Patches by Jay Foad were merged.",  # no Ford
])
def test_a_surname_after_a_given_name_is_no_firm(text):
    assert _misspelt(text) == []


@pytest.mark.parametrize("text, evidence", [
    ("We bought Dellw laptops for the team.", "Dellw"),
    ("Honestly Antropic shipped first.", "Antropic"),
])
def test_firm_slips_elsewhere_are_found(text, evidence):
    assert _misspelt(text) == [evidence]


@pytest.mark.parametrize("text", [
    "Remove Jotam Jr. Trejo from Uploaders.",  # no Gotham
    "Thanks to Rubens III for the report.",
])
def test_a_name_before_a_generational_suffix_is_a_person(text):
    assert _misspelt(text) == []
