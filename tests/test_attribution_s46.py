"""Session 46, A401, from blind120's misses: a unit the glossary gives a parent, said to be
another firm's in an apposition ("Tegus, Hebbia's expert-call library"), and an org said to have
been bought by a firm that does not own it ("Tegus, acquired by Hebbia"), are claims; the right
owner, and a sister or the owner's own name for it, stay quiet. Also: a product name two makers use
(glossary `also_made_by`: Xero's JAX), a verb after another's possessive org ("Mastercard's
Featurespace flags"), a role after a bare apostrophe ("Goldman Sachs' CEO"), and in A402 an
entity's name with a capitalised kind word ("Breeze Agents")."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text, quote_episode


def _a401(text: str) -> list[str]:
    return [f.evidence for f in audit_text(quote_episode(text), select=("A401",))]


@pytest.mark.parametrize("text, evidence", [
    ("Tegus, Hebbia's expert-call library, feeds the analysts.", "Tegus, Hebbia's expert-call library"),
    ("Instagram, Microsoft's photo app, grew fast.", "Instagram, Microsoft's photo app"),
    ("Tegus, acquired by Hebbia, sells transcripts of expert calls.", "Tegus, acquired by Hebbia"),
    ("Tegus was acquired by Hebbia in 2024.", "Tegus was acquired by Hebbia"),
    ("GitHub, which was bought by Google, hosts the code.", "GitHub, which was bought by Google"),
])
def test_a_unit_named_another_firms_is_a_claim(text, evidence):
    assert _a401(text) == [evidence]


@pytest.mark.parametrize("text", [
    "Tegus, AlphaSense's expert-call library, feeds the analysts.",
    "YouTube, Google's video platform, is the biggest.",
    "Tegus, acquired by AlphaSense, sells transcripts of expert calls.",
    "GitHub, acquired by Microsoft in 2018, hosts the code.",
    "DeepMind, acquired by Google in 2014, won the prize.",
    "Figma, nearly acquired by Adobe, grew on its own.",
])
def test_the_right_owner_stays_quiet(text):
    assert _a401(text) == []


# --- a product's name that two makers use: glossary `also_made_by` -----------------------------

@pytest.mark.parametrize("text, evidence", [
    ("Xero's JAX assistant reconciles the books.", []),        # "Just Ask Xero"
    ("JAX, Xero's assistant, reconciles the books.", []),
    ("Google's JAX library trains the models.", []),
    ("Microsoft's JAX library trains the models.", ["Microsoft's JAX"]),
])
def test_a_name_two_makers_use_is_either_makers(text, evidence):
    assert _a401(text) == evidence


def test_also_made_by_must_name_a_glossary_entry():
    from audit.glossary import parse_glossary
    from audit.ruleset import RuleSetError
    entries = [{"name": "Google", "kind": "big_tech"},
               {"name": "JAX", "kind": "product", "maker": "Google", "also_made_by": ["Xeroo"]}]
    with pytest.raises(RuleSetError, match=r"entries\[JAX\]\.also_made_by: unknown name 'Xeroo'"):
        parse_glossary({"version": 1, "entries": entries}, "glossary.yaml")


# --- "Mastercard's Featurespace flags fraud": a verb of what the firm does after the possessive --

@pytest.mark.parametrize("text, evidence", [
    ("Mastercard's Featurespace flags fraud in real time.", ["Mastercard's Featurespace"]),
    ("Amazon's Glean sold ten thousand seats.", ["Amazon's Glean"]),
    ("Google's Anthropic plans to grow.", ["Google's Anthropic"]),
    ("Visa's Featurespace flags fraud in real time.", []),              # the owner
    ("Google's Anthropic plans are big.", []),                          # a plural noun: Google's plans
    ("Microsoft's OpenAI sales are growing.", []),
    ("Google's Anthropic use is growing.", []),
])
def test_a_verb_after_anothers_possessive_org_makes_the_claim(text, evidence):
    assert _a401(text) == evidence


# --- a role after a firm's possessive that is the apostrophe alone ("Goldman Sachs' CEO") --------

@pytest.mark.parametrize("text, evidence", [
    ("Jamie Dimon, Goldman Sachs' CEO, said AI will cut jobs.", ["Jamie Dimon, Goldman Sachs' CEO"]),
    ("Jamie Dimon, Goldman Sachs’ CEO, said AI will cut jobs.", ["Jamie Dimon, Goldman Sachs’ CEO"]),
    ("David Solomon, Goldman Sachs' CEO, said AI will cut jobs.", []),
    ("Jamie Dimon, Goldman Sachs' rival, said AI will cut jobs.", []),
])
def test_a_role_after_a_bare_apostrophe(text, evidence):
    assert _a401(text) == evidence


# --- A402: an entity's name with a capitalised kind word; Jasper is a firm -----------------------

def _a402(name: str, context: str) -> list[str]:
    ep = episode_text(f"title: x\nsummary: x\ncompanies:\n- name: {name}\n  category: ai_application\n"
                      f"  confidence: high\n  context: \"{context}\"\n  source: llm_enhanced\n")
    return [f.evidence for f in audit_text(ep, select=("A402",))]


@pytest.mark.parametrize("name, context, evidence", [
    ("Breeze Agents", "Salesforce's family of prebuilt agents for prospecting.", ["Salesforce's family"]),
    ("Breeze Agents", "HubSpot's family of prebuilt agents for prospecting.", []),
    ("Palmyra", "Jasper's in-house family of large language models.", ["Jasper's in-house family"]),
    ("Palmyra", "Writer's in-house family of large language models.", []),
])
def test_an_entitys_context_names_the_wrong_maker(name, context, evidence):
    assert _a402(name, context) == evidence
