"""Entity-noise: a person listed as a company is found by a given name the list of
`first_names` knows, in any context that does not describe a firm; the list holds common given
names from many languages (the authors of this project's own dependencies, listed as companies,
were found 4 of 17 times before it grew, 16 of 17 after). A name shaped like a person's that the
context describes as a firm or brand is the firm named after its founder ("Calvin Klein",
"Oliver Wyman"); a name whose second word says it is a firm ("Simon Data", "Patrick Industries")
is one in any context."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _noise(name: str, context: str) -> list[str]:
    ep = episode_text(f"title: x\nsummary: x\ncompanies:\n- name: {json.dumps(name)}\n  category: technology\n"
                      f"  confidence: medium\n  context: {json.dumps(context)}\n  source: llm_enhanced\n")
    return [f.rule for f in audit_text(ep) if f.family == "entity-noise"]


@pytest.mark.parametrize("name", ["Kenneth Reitz", "Brianna Laugher", "Holger Krekel", "Floris Bruynooghe",
                                  "Maciej Fijalkowski", "Robyn Speer", "Giampaolo Rodola", "Kirill Simonov"])
def test_people_by_given_name(name):
    assert _noise(name, "Mentioned as the creator of a popular open-source project.") == ["F504"]


@pytest.mark.parametrize("name", ["Calvin Klein", "Ralph Lauren", "Oliver Wyman", "Edward Jones",
                                  "Raymond James", "Christian Dior"])
@pytest.mark.parametrize("context", ["Discussed as a company the guest has worked with.",
                                     "A fashion brand that uses AI for demand forecasting.",
                                     "The consultancy is described as an early buyer of GPUs."])
def test_firms_named_after_people_described_as_firms(name, context):
    assert _noise(name, context) == []


@pytest.mark.parametrize("name", ["Simon Data", "Patrick Industries", "Charles River Laboratories",
                                  "Vincent Therapeutics", "Blake Energy", "Oscar Health"])
def test_a_firm_word_makes_a_firm(name):
    assert _noise(name, "Mentioned once in passing.") == []


def test_a_person_described_by_role_at_a_firm_is_a_person():
    assert _noise("Kenneth Reitz", "The founder of a company that builds HTTP tools.") == ["F504"]
