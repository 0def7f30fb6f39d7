"""Session 48: shapes from the blind corpora of sessions 47 and 48 (consumer tech, medicine).

- A sound of one consonant says little: a word of it before a version must also have the model
  family's vowels ("Fi-4" is Phi-4; "Qi2", the charging standard, is no Chai-2).
- A word that capitalises an ending its glossary namesake writes small ("CosmOS", Humane's OS,
  beside Nvidia's Cosmos) is a brand of its own: no casing slip, no claim on the namesake's maker.
- A medicine by what it is ("rentosertib, Exscientia's TNIK inhibitor") is a product in an
  apposition, and its maker's possessive is checked.
"""
from __future__ import annotations

import pytest

import yaml

from tests.conftest import audit_text, episode_text, findings_by_item, summary_episode


def test_a_one_consonant_sound_before_a_version_needs_the_familys_vowels():
    assert findings_by_item(["Pixelsnap (Qi2 magnets) are built in."], "misspelling") == {}
    found = findings_by_item(["Then Fi-4 came out and it was small."], "misspelling")
    assert [(f.evidence, f.fix.edits[0].replacement) for f in found[0]] == [("Fi", "Phi")]


def test_a_brand_that_capitalises_its_ending_is_no_casing_slip_and_no_claim_on_the_namesake():
    text = episode_text(yaml.safe_dump({"title": "x", "companies": [
        {"name": "CosmOS", "category": "product", "confidence": "high", "source": "llm_enhanced",
         "context": "Humane's operating system for the AI Pin, sold to HP."}]}, width=1000))
    assert audit_text(text, select=("misspelling", "attribution")) == []
    assert findings_by_item(["We tried the CosmOS build on the pin."], "misspelling") == {}
    # the namesake's casing slips are still found
    found = findings_by_item(["The new Openai model shipped."], "misspelling")
    assert [f.evidence for f in found[0]] == ["Openai"]


@pytest.mark.parametrize("text,evidence", [
    ("The trial of rentosertib, Exscientia's TNIK inhibitor, read out in June.",
     "rentosertib, Exscientia's TNIK inhibitor"),
    ("MAI-DxO, Google Health's diagnostic orchestrator, solved the cases.",
     "MAI-DxO, Google Health's diagnostic orchestrator"),
])
def test_wrong_makers_of_medicines_and_clinical_tools_are_found(text, evidence):
    assert [f.evidence for f in audit_text(summary_episode(text), select=("attribution",))] == [evidence]


@pytest.mark.parametrize("text", [
    "The trial of rentosertib, Insilico Medicine's TNIK inhibitor, read out in June.",
    "AMIE, Google Health's diagnostic dialogue agent, was tested.",  # a unit of the maker
    "Microsoft's Kosmos-2 model grounds text in images.",  # another product of Kosmos' name
])
def test_right_makers_of_medicines_and_namesakes_stay_quiet(text):
    assert audit_text(summary_episode(text), select=("attribution",)) == []
