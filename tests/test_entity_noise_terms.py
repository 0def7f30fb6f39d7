"""Generic terms the LLM context or the window gives away (F504): a context that calls the name a
term ("Term for outsized jury awards"), an acronym whose context only spells it out in ordinary
words ("MFA": "Multi-factor authentication."), and ordinary words after "our" in a window ("Our
Online Marketplace sales are flat"). Not a firm's acronym spelled out in capitals ("IBM"), nor one
word after "our" (a product: "our Discord")."""
import pytest

from tests.conftest import audit_text, llm_entity_episode, ner_entity_episode


def _rules(text: str) -> list[str]:
    return [f.rule for f in audit_text(text, select=["entity-noise"])]


@pytest.mark.parametrize("text", [
    llm_entity_episode("Nuclear verdicts", "Term for outsized jury awards."),
    llm_entity_episode("MFA", "Multi-factor authentication."),
    ner_entity_episode("Online Marketplace", "Let me think about how to say this. Our Online Marketplace sales "
                                             "are flat, our wholesale is up forty percent. Nord"),
])
def test_generic_terms(text):
    assert _rules(text) == ["F504"]


@pytest.mark.parametrize("text", [
    llm_entity_episode("IBM", "International Business Machines."),
    ner_entity_episode("Discord", "the community grew fast, and our Discord is where the beta testers live now"),
    llm_entity_episode("Verdict Labs", "Term for the startup's legal research tool, which firms license."),
])
def test_firms_and_products_stay(text):
    assert _rules(text) == []


@pytest.mark.parametrize("name, window, flagged", [
    ("Cold Brew", "Yes, a hundred percent. Mm-hm, go on. Cold Brew as a category is easy to enter and very hard", True),
    ("Flat White", "and honestly Flat White as a format took over every cafe in the city", True),
    ("Stripe", "go on. Stripe as a company is easy to love and hard to leave", False),
    ("Blue Bottle", "right. Blue Bottle as a brand is strong in the city", False),
])
def test_ordinary_words_said_to_be_a_kind_of_thing(name, window, flagged):
    found = [f.rule for f in audit_text(ner_entity_episode(name, window), select=["F504"])]
    assert found == (["F504"] if flagged else [])
