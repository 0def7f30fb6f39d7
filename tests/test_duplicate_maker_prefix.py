"""D601: a product or model written after its own maker is the product ("Google Gemini" and
"Gemini", "OpenAI's GPT-4o" and "GPT-4o"); a maker's unit, service or other product stays apart
("Google Cloud", "Apple Intelligence"), and so does a product after another maker."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text


def _duplicate(a: str, b: str) -> bool:
    fm = (f'title: x\ncompanies:\n- name: "{a}"\n  category: unknown\n  confidence: high\n'
          f'  context: "... we talked about {a} for a while ..."\n  position: 100\n'
          f'- name: "{b}"\n  category: ai_company\n  confidence: high\n  context: "Discussed as {b}."\n'
          "  source: llm_enhanced\n")
    return [f.rule for f in audit_text(episode_text(fm), select=("D601",))] == ["D601"]


@pytest.mark.parametrize("a,b", [("Gemini", "Google Gemini"), ("OpenAI's GPT-4o", "GPT-4o"),
                                 ("Meta Llama 3", "Llama 3"), ("Anthropic Claude", "Claude")])
def test_product_after_its_maker_is_the_product(a, b):
    assert _duplicate(a, b)


@pytest.mark.parametrize("a,b", [("Google", "Google Cloud"), ("Apple", "Apple Intelligence"),
                                 ("Meta Llama 3", "Llama 4"), ("Google Claude", "Claude"),
                                 ("Microsoft", "Microsoft Research")])
def test_other_names_stay_apart(a, b):
    assert not _duplicate(a, b)


@pytest.mark.parametrize("a,b", [("Notion", "Notion AI"), ("Salesforce", "Slack AI")])
def test_a_firms_ai_feature_is_not_the_firm(a, b):
    # "Notion AI" is the glossary's product of Notion, not Notion under its "X AI" name (as "Figure AI" is Figure)
    assert not _duplicate(a, b)


def test_a_firm_with_and_without_its_ai_stays_one():
    assert _duplicate("Figure", "Figure AI")
