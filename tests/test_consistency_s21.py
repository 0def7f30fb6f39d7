"""Consistency, session 21: a summary's company list opened by a bold label instead of a heading
("**Organizations mentioned:** Google, Anthropic, Cohere.") is judged like a heading's section
(C1008): a glossary company there that no entity names is flagged; the prose and labels of other
paragraphs are not."""

from __future__ import annotations

import json

from tests.conftest import audit_text, episode_text

ENTITIES = ("companies:\n"
            "- {name: Google, category: big_tech, confidence: high, context: the cloud, source: llm_enhanced}\n"
            "- {name: Anthropic, category: ai_company, confidence: high, context: the model, source: llm_enhanced}\n")


def _c1008(summary: str) -> list[str]:
    ep = episode_text(f"title: x\nsummary: {json.dumps(summary)}\n{ENTITIES}")
    return [f.evidence for f in audit_text(ep) if f.rule == "C1008"]


def test_a_bold_label_opens_a_company_list():
    summary = "## Summary\n\nA CTO on clouds.\n\n**Organizations mentioned:** Google, Anthropic, Cohere."
    assert _c1008(summary) == ["Cohere"]


def test_the_colon_may_stand_after_the_bold():
    summary = "A CTO on clouds.\n\n**Key companies**: Google, Mistral AI and Anthropic."
    assert _c1008(summary) == ["Mistral AI"]


def test_the_list_ends_at_its_paragraph():
    summary = ("**Companies:** Google, Anthropic.\n\n"
               "**Takeaway:** unlike Cohere, the team bet on one vendor.")
    assert _c1008(summary) == []


def test_other_labels_are_no_company_list():
    summary = "**Main idea:** Google and Cohere compete on price.\n\n**Guest:** a CTO."
    assert _c1008(summary) == []
