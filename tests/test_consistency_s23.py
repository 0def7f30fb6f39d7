"""Consistency, session 23: a category is compared as the rule file writes it, whatever its case
and separators. "AI Company", "ai-company" and "Big_Tech" are `ai_company` and `big_tech` for
C1001 (a model as a company, a person as big tech) and for C1010 (which pass's vocabulary);
"Person" on a person is no mismatch."""

from __future__ import annotations

import pytest

from audit.checks.consistency import category_key
from tests.conftest import audit_text, episode_text

NER = ("- {name: Google, category: tech, confidence: high, position: 1200,\n"
       "   context: we moved the whole stack to Google Cloud last spring}\n")


def _rules(name: str, category: str, ner: bool = True) -> set[str]:
    ep = episode_text("title: x\ncompanies:\n" + (NER if ner else "")
                      + f"- {{name: {name}, category: {category}, confidence: high,\n"
                        f"   context: Discussed in the episode., source: llm_enhanced}}\n")
    return {f.rule for f in audit_text(ep, select=["C10", "C1010"]) if f.rule in ("C1001", "C1002", "C1010")}


@pytest.mark.parametrize("category", ["AI Company", "ai-company", "Ai_Company", " ai company "])
def test_a_model_as_a_company_in_any_spelling(category):
    assert _rules("Gemini 2.5 Pro", category, ner=False) == {"C1001"}


@pytest.mark.parametrize("category", ["Big_Tech", "BIG TECH", "big-tech"])
def test_a_person_as_big_tech_in_any_spelling(category):
    assert _rules("Satya Nadella", category, ner=False) == {"C1001"}


@pytest.mark.parametrize("category", ["Person", "PERSON", "person"])
def test_a_person_as_a_person_in_any_case(category):
    assert _rules("Sam Altman", category, ner=False) == set()


def test_the_llm_vocabulary_in_other_spelling_is_still_mixed_with_the_ner_one():
    assert _rules("Cohere", "AI Company") == {"C1010"}
    assert _rules("Cohere", "tech") == set()  # one vocabulary


def test_category_key():
    assert category_key("  AI  Company ") == "ai_company"
    assert category_key("big-tech") == "big_tech"
    assert category_key("ai__lab") == "ai_lab"


SUMMARY_ENTITIES = ("companies:\n"
                    "- {name: Anthropic, category: ai_company, confidence: high, context: the model, source: llm_enhanced}\n")


def _c1008(summary: str) -> list[str]:
    import json
    ep = episode_text(f"title: x\nsummary: {json.dumps(summary)}\n{SUMMARY_ENTITIES}")
    return [f.evidence for f in audit_text(ep) if f.rule == "C1008"]


@pytest.mark.parametrize("heading", ["### Startups Mentioned", "### AI Vendors Discussed"])
def test_a_startups_or_vendors_section_is_a_company_list(heading):
    summary = f"## Summary\n\nOn agents.\n\n{heading}\n- **Anthropic**: the model\n- **Glean**: enterprise search"
    assert _c1008(summary) == ["Glean"]


def test_a_singular_startup_heading_is_no_company_list():
    summary = "## Summary\n\nOn agents.\n\n### Advice for a startup\n- **Hire slowly**: the guest's rule"
    assert _c1008(summary) == []
