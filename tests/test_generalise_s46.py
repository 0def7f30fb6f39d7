"""Session 46, from the misspelling misses of blind120 and blind121: an acronym in capitals one
rhyming letter off a glossary acronym is a slip at a sentence's start too ("KPNG has built ...");
a person's name with a surname particle in lowercase is read whole ("Louis von Ahn" for Luis von
Ahn); the glossary knows Lemonade's CEO, Daniel Schreiber; a word glossed in its own script is
mentioned, not named ("sora, 空, in Japanese just means sky"). Entity-noise: a union, a collecting
society or a standard that only a governance category speaks against is an organisation of the
episode (blind121's ten false alarms); a regulator, a government and a plan of action stay noise."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, summary_episode


def _misspelt(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(summary_episode(text)) if f.family == "misspelling"]


@pytest.mark.parametrize("text, found", [
    ("KPNG has built generative AI into Clara, its audit platform.", [("M303", "KPNG")]),
    ("HSPC runs its fraud models on the new cluster.", [("M303", "HSPC")]),
    ("NASA is a customer of the platform.", []),
    ("FHIR is the standard for health records.", []),                 # no FAIR: a letter of another sound
    ("SASL is how the mail server logs you in.", []),
])
def test_a_misheard_acronym_at_a_sentences_start(text, found):
    assert _misspelt(text) == found


@pytest.mark.parametrize("text, found", [
    ("Louis von Ahn said Duolingo would be AI-first.", [("M303", "Louis von Ahn")]),
    ("Luis von Ahn said Duolingo would be AI-first.", []),
    ("They sold the von Ahn house last year.", []),
])
def test_a_surname_particle_in_lowercase(text, found):
    assert _misspelt(text) == found


@pytest.mark.parametrize("text, found", [
    ("Daniel Shriber, the CEO, likes to say it's a lemonade stand.", [("M301", "Daniel Shriber")]),
    ("Daniel Schriber, the CEO, likes to say it's a lemonade stand.", [("M303", "Daniel Schriber")]),
    ("Daniel Schreiber, the CEO, likes to say it's a lemonade stand.", []),
])
def test_lemonades_ceo(text, found):
    assert _misspelt(text) == found


@pytest.mark.parametrize("text, found", [
    ("sora, 空, in Japanese just means sky, so every headline was a pun.", []),
    ("sora in Japanese means sky.", []),
    ("sora is the model everyone tried first.", [("M302", "sora")]),
])
def test_a_word_glossed_in_its_own_script(text, found):
    assert _misspelt(text) == found


# --- entity-noise: a governance category alone is no public body --------------------------------

def _noise_of(name: str, category: str, context: str) -> list[str]:
    ep = episode_text(f"title: x\nsummary: x\ncompanies:\n- name: {json.dumps(name)}\n  category: {category}\n"
                      f"  confidence: high\n  context: {json.dumps(context)}\n  source: llm_enhanced\n")
    return [f.rule for f in audit_text(ep) if f.family == "entity-noise"]


@pytest.mark.parametrize("name, context", [
    ("SAG-AFTRA", "Actors' union that negotiated AI protections in the 2023 contract."),
    ("GEMA", "German collecting society that sued OpenAI over song lyrics."),
    ("C2PA", "Content provenance standard behind Content Credentials."),
    ("Fairly Trained", "Certification for AI models trained on licensed data."),
])
def test_a_union_or_standard_categorised_governance_stays(name, context):
    assert _noise_of(name, "governance_entity", context) == []


@pytest.mark.parametrize("name, category, context", [
    ("Finansinspektionen", "governance_entity", "Swedish financial regulator that reviewed the assistant."),
    ("Chinese Government", "governance_entity", "Issued the interim measures for generative AI."),
    ("AI Action Plan", "governance_entity", "The administration's plan for AI policy."),
    ("America's AI Action Plan", "policy", "Released in July."),
])
def test_a_government_regulator_or_plan_is_still_noise(name, category, context):
    assert _noise_of(name, category, context) == ["F504"]


@pytest.mark.parametrize("text, found", [
    ("We wrote AI overviews of the papers for the team.", []),             # the phrase, not Google's product
    ("Google's AI overviews answer every query now.", [("M302", "AI overviews")]),
])
def test_a_name_that_is_a_phrase_in_lowercase(text, found):
    assert _misspelt(text) == found
