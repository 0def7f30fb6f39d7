"""Session 17: people listed as companies beyond the English given names (F504), a title before a
name in its window ("Dr. Ilse Vandermeer"), and a firm listed once with and once without its
"Labs" (D601: "Isomorphic" and "Isomorphic Labs" are one, and neither is misspelt)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _findings(*entries: tuple[str, str]) -> list:
    """Findings of the NER entries (name, window): each name placed in its window, position 500+."""
    items = []
    for i, (name, window) in enumerate(entries):
        items.append(f"- name: {json.dumps(name)}\n  category: unknown\n  confidence: medium\n"
                     f"  context: {json.dumps(window)}\n  position: {500 + 200 * i}\n")
    return audit_text(episode_text("title: x\ncompanies:\n" + "".join(items)))


@pytest.mark.parametrize("name,window", [
    ("Ana Ruiz", "Today I'm talking with Ana Ruiz, who runs computational chemistry at a biotech"),
    ("Tomasz Wójcik", "my guest is Tomasz Wójcik, the CTO of a robotics startup that builds arms"),
    ("Kavya Iyer", "we asked Kavya Iyer how the team labels its data before every training run"),
    ("Ilse Vandermeer", "I spoke with Dr. Ilse Vandermeer about protein design and what it needs"),
    ("Hollis Brandt", "as Prof. Hollis Brandt put it, the benchmark measures memorisation"),
])
def test_people_are_no_companies(name, window):
    assert [f.rule for f in _findings((name, window)) if f.family == "entity-noise"] == ["F504"]


@pytest.mark.parametrize("name,window", [
    ("Grace Hopper", "the Grace Hopper superchip pairs a CPU with the H100 on one board"),
    ("Sofia Tech Park", "they opened an office at Sofia Tech Park last spring with ten engineers"),
    ("Recursion", "Dr. Lee said Recursion is the company everyone compares them to in this space"),
    ("Verdant Therapeutics", "talking with Ana, who runs chemistry at Verdant Therapeutics in Basel"),
])
def test_names_that_are_no_people_stay(name, window):
    assert [f.rule for f in _findings((name, window)) if f.family == "entity-noise"] == []


def test_a_firm_with_and_without_its_labs_is_one_entity():
    found = _findings(("Isomorphic Labs", "And Isomorphic Labs has pushed that further with the newer versions"),
                      ("Isomorphic", "Isomorphic has pushed AlphaFold further into drug design, she said"))
    [d] = [f for f in found if f.rule == "D601"]
    assert d.field.startswith("companies[1]") and "misspelt" not in d.message


def test_a_firm_whose_short_name_is_a_listed_misspelling_stays_misspelt():
    found = _findings(("OpenAI", "we use OpenAI for the first draft of every summary we write"),
                      ("Openai", "and then Openai models check the citations against the source"))
    [d] = [f for f in found if f.rule == "D601"]
    assert "misspelt" in d.message
