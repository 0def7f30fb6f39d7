"""G901: a maker's name said alone grounds the maker, not a product named after it whose LLM
context says it is a product ("Quillstack Sentinel: Endpoint agent ..." where only Quillstack is
said), while a firm's usual short form still grounds its full name ("Harlow" of "Harlow Sachs:
Investment bank ..."); and a name the misspelling family finds misspelt in another text is
grounded by it ("Hugging Fase" for Hugging Face)."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text


def _g901(name: str, context: str, said: str) -> list[str]:
    fm = ("title: x\n"
          f"quotes:\n- text: '{said}'\n"
          "companies:\n"
          "- {name: Gartner, category: unknown, confidence: high, position: 120, context: 'as Gartner put it'}\n"
          f"- {{name: {name}, category: ai_application, confidence: high, source: llm_enhanced,\n"
          f"   context: '{context}'}}\n")
    return [f.evidence for f in audit_text(episode_text(fm), select=("G901",))]


@pytest.mark.parametrize("name, context", [
    ("Quillstack Sentinel", "Endpoint agent whose update broke the fleet."),
    ("Quillstack Menu Pricing", "A menu-pricing tool that suggests prices."),
    ("Quillstack Smart Gate", "Biometric boarding product."),
])
def test_a_product_is_not_grounded_by_its_makers_name_alone(name, context):
    assert _g901(name, context, "We rolled out Quillstack across every laptop last year.") == [name]


@pytest.mark.parametrize("name, context", [
    ("Harlow Sachs", "Investment bank that advised on the deal."),
    ("Harlow Sachs", "Maker of trading software used by the desk."),
    ("Harlow Sachs", "Cloud platform provider for banks."),
])
def test_a_firms_short_form_still_grounds_its_full_name(name, context):
    assert _g901(name, context, "Harlow advised on the deal, and the desk liked it.") == []


def test_a_name_misspelt_in_another_text_is_grounded():
    assert _g901("Hugging Face", "Model hub.", "The weights are on Hugging Fase for anyone to try.") == []
    assert _g901("Hugging Face", "Model hub.", "The weights are public for anyone to try.") == ["Hugging Face"]
