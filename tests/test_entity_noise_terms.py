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
