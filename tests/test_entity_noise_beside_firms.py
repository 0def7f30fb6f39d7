"""Entity-noise (F504) reads a name by the company it keeps:
- a city's name or ordinary words joined by "and", "or" or a comma, in the NER window, to another
  entity of the file that no rule finds noisy, name a firm as that one does ("Veolia and Suez
  both bid", "nothing like Spirit or Frontier"); joined to a city, or to nothing listed, they stay
  flagged ("offices in Paris and Berlin");
- an apposition that calls a name shaped like a person's a kind of business makes it one ("Tim
  Wendelboe, the roastery in Oslo"); a person's role there keeps it a person;
- furniture is no role ("Ergonomic office chair" describes a product, "Board chair" a person)."""
import json

import pytest

from tests.conftest import audit_text, episode_text, llm_entity_episode, ner_entity_episode


def _ner_pair(first: tuple[str, str], second: tuple[str, str]) -> str:
    entries = "".join(f"- name: {json.dumps(n)}\n  category: unknown\n  confidence: medium\n"
                      f"  context: {json.dumps(c)}\n  position: {100 * (i + 1)}\n" for i, (n, c) in enumerate([first, second]))
    return episode_text("title: x\ncompanies:\n" + entries)


def _flagged_names(text: str) -> list[str]:
    return [f.evidence for f in audit_text(text, select=["F504"])]


@pytest.mark.parametrize("other, name, window", [
    ("Veolia", "Suez", "ot it. Totally agree. Veolia and Suez both bid on the next contract. The deciding"),
    ("Spirit", "Frontier", ". Our ancillaries look nothing like Spirit or Frontier. On a long flight people"),
    ("Touchstone", "Movement Climbing", "Yeah. The big operators are Movement Climbing and Touchstone, and they bought"),
    ("Ryanair", "Phoenix", "Honestly the cheapest options there are Ryanair or Phoenix for that route"),
])
def test_a_name_listed_beside_a_firm_of_the_file_is_a_firm(other, name, window):
    other_window = f"we compared {other} with the rest of the market last year"
    assert _flagged_names(_ner_pair((other, other_window), (name, window))) == []


@pytest.mark.parametrize("other, name, window", [
    ("Berlin", "Paris", "we opened offices in Berlin and Paris last spring, and hiring"),
    ("Veolia", "Suez", "ships wait for days at Suez before they reach the port"),
])
def test_a_place_beside_a_place_or_beside_nothing_listed_stays_flagged(other, name, window):
    assert name in _flagged_names(_ner_pair((other, f"we know {other} well from years of work"), (name, window)))


@pytest.mark.parametrize("window", [
    "Say more about that. The roaster was Tim Wendelboe, the roastery in Oslo, and Tim himself came",
    "we buy from Tim Wendelboe, a roastery in Oslo, and the beans are",
])
def test_an_apposition_of_a_business_makes_a_firm(window):
    assert _flagged_names(ner_entity_episode("Tim Wendelboe", window)) == []


def test_an_apposition_of_a_role_keeps_a_person():
    assert _flagged_names(ner_entity_episode("Tim Wendelboe", "we met Tim Wendelboe, the founder, at the fair")) == \
        ["Tim Wendelboe"]


def test_an_office_chair_is_no_chairwoman():
    assert _flagged_names(llm_entity_episode("Harlan Mercer Aeron", "Ergonomic office chair buyers still request by name.")) == []
    assert _flagged_names(llm_entity_episode("Dana Ruiz", "Board chair of the hospital.")) == ["Dana Ruiz"]
