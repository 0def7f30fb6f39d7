"""Entity-noise: a name made of the ordinary words of business and of the field, joined or not by
small words, is a generic term (F504) when at least one of its words is generic only in company
("Customer Success Team", "Board of Directors", "Drug Discovery Platform"); firms whose names
are such words alone or beside a word of their own stay ("Discovery", "Framework", "General
Catalyst", "Physical Intelligence"), and a generic name the episode shows as a maker's product
stays too."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _noise(name: str, context: str = "Mentioned in the discussion of the market.", summary: str = "x") -> list[str]:
    ep = episode_text(f"title: x\nsummary: {json.dumps(summary)}\ncompanies:\n- name: {json.dumps(name)}\n"
                      f"  category: ai_company\n  confidence: high\n  context: {json.dumps(context)}\n"
                      f"  source: llm_enhanced\n")
    return [f.rule for f in audit_text(ep) if f.family == "entity-noise"]


@pytest.mark.parametrize("name", [
    "Drug Discovery Platform", "Customer Success Team", "Cloud Provider", "Open Source Community",
    "Venture Capital", "Supply Chain", "Board of Directors", "Sales Team", "Product Manager",
    "Chief Executive", "Series A Round", "Retrieval Augmented Generation", "Go-To-Market",
    "The Engineering Team", "Model Providers", "Human Resources", "Investor Relations", "Seed Investors",
    "Advisory Board", "Data Labeling Vendors",
])
def test_generic_compounds_are_noise(name):
    assert _noise(name) == ["F504"]


@pytest.mark.parametrize("name", [
    "Discovery", "Framework", "Strategy", "General Catalyst", "Physical Intelligence", "Safe Superintelligence",
    "World Labs", "Thinking Machines Lab", "Product Hunt", "Hacker News", "Open Philanthropy", "Sequoia Capital",
    "Founders Fund", "Capital One", "Consumer Reports", "Team Liquid", "Field AI", "Seed AI", "Red Hat",
    "Public Citizen", "Human Rights Watch", "Core Scientific", "Trust Center", "Alignment Research Center",
    "Partnership on AI", "Data Science Institute",
])
def test_firms_named_with_ordinary_words_stay(name):
    assert _noise(name) == []


def test_a_generic_name_shown_as_a_product_of_a_maker_stays():
    # the episode ties it to a maker the glossary knows: a product, not the generic term
    assert _noise("Customer Support Agent", summary="Salesforce launched Customer Support Agent in March.") == []
    assert _noise("Customer Support Agent") == ["F504"]


def test_the_seed_keeps_its_entity_noise(seed_text):
    assert sum(f.family == "entity-noise" for f in audit_text(seed_text)) == 21
