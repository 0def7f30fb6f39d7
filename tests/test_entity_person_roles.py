"""Entity-noise: an LLM context that opens on a person's role ("Former FTC chair whose ...",
"Tech journalist and podcast host", "The Swedish founder described his pivot") or on "He"/"She"
makes a person (F504) of a name shaped like a person's, whatever its given name; firms and
products with two-word names and contexts that open on similar words ("Code editor", "Analyst
firm", "Investor in OpenAI", "Lead investor") stay."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _noise(name: str, context: str) -> list[tuple[str, str]]:
    ep = episode_text(f"title: x\nsummary: x\ncompanies:\n- name: {json.dumps(name)}\n  category: ai_company\n"
                      f"  confidence: high\n  context: {json.dumps(context)}\n  source: llm_enhanced\n")
    return [(f.rule, f.message) for f in audit_text(ep) if f.family == "entity-noise"]


@pytest.mark.parametrize("name,context", [
    ("Lina Khan", "Former FTC chair whose merger reviews were discussed."),
    ("Margrethe Vestager", "The EU's former competition commissioner, cited on the Digital Markets Act."),
    ("Gina Raimondo", "Commerce Secretary who announced the export controls on advanced chips."),
    ("Naval Ravikant", "Angel investor and AngelList co-founder quoted on leverage."),
    ("Kara Swisher", "Tech journalist and podcast host who interviewed the CEO."),
    ("Casey Newton", "Writer of the Platformer newsletter, cited on the Meta layoffs."),
    ("Björn Lindqvist", "The Swedish founder described his pivot from games to AI."),
    ("Oluwaseun Bello", "She runs the Lagos lab's evaluation work and spoke about benchmarks."),
    ("Kwame O'Neill-Asante", "Chief scientist at the startup, quoted on data quality."),
])
def test_a_role_or_pronoun_describes_a_person(name, context):
    found = _noise(name, context)
    assert [rule for rule, _ in found] == ["F504"]
    assert "person" in found[0][1]


@pytest.mark.parametrize("name,context", [
    ("Sublime Text", "Code editor some guests still prefer."),
    ("Bernstein Research", "Analyst firm whose chip forecasts were cited."),
    ("General Catalyst", "Investor in Mistral AI and several health startups."),
    ("Jane Street", "Quant trading firm that hires many ML researchers."),
    ("Black Forest Labs", "Founders of Stable Diffusion started this lab."),
    ("Thinking Machines", "Startup founded by Mira Murati."),
    ("Lux Capital", "Host of the AI summit where the talk happened."),
    ("Director Mode", "Feature of the video model that lets users set camera moves."),
    ("Head Start", "Federal program for early childhood education mentioned as an analogy."),
    ("Eleven Labs", "Voice AI startup whose CEO spoke at the event."),
    ("Writer", "Writer, the enterprise AI company, was mentioned as a customer."),
])
def test_firms_and_products_with_such_contexts_stay(name, context):
    assert _noise(name, context) == []
