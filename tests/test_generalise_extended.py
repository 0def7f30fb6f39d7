"""Generalisation of the extended families (entity-noise, duplicate, truncation, sponsor,
grounding, consistency) beyond the seed: cases written apart from the seed and the earlier
probes, both ways (what must be found, and the look-alikes that must stay quiet)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _ner(name, context, position, category="unknown"):
    return (f"- name: {json.dumps(name)}\n  category: {category}\n  confidence: medium\n"
            f"  context: {json.dumps(context)}\n  position: {position}\n")


def _llm(name, context, category="ai_company"):
    return (f"- name: {json.dumps(name)}\n  category: {category}\n  confidence: high\n"
            f"  context: {json.dumps(context)}\n  source: llm_enhanced\n")


def _findings(front_matter, family):
    return [f for f in audit_text(episode_text(front_matter)) if f.family == family]


def _by_field(findings):
    return {f.field: f for f in findings}


# --- entity-noise -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, context", [
    ("Whether Amazon", "ly. Whether Amazon can build its own models is still an open question for th"),
    ("How Nvidia", "at? How Nvidia keeps its margins that high is the thing everyone asks about"),
    ("However Google", "ne. However Google still has the best distribution of anyone in the market"),
    ("Apparently Anthropic", "ah. Apparently Anthropic had the computer use demo ready for months before"),
])
def test_clause_and_adverb_starts_glued_to_a_name_are_fragments(name, context):
    fm = "title: x\ncompanies:\n" + _ner(name, context, 4000)
    got = _by_field(_findings(fm, "entity-noise"))
    assert got["companies[0].name"].rule == "F501"
    assert got["companies[0].name"].evidence == name


@pytest.mark.parametrize("name", ["Gemini / Gemma", "Claude / Claude Code", "Anthropic / Amazon"])
def test_a_slash_between_two_names_is_a_hedge(name):
    fm = "title: x\ncompanies:\n" + _llm(name, "Model maker discussed in the episode.")
    got = _by_field(_findings(fm, "entity-noise"))
    assert got["companies[0].name"].rule == "F503"


@pytest.mark.parametrize("name", ["AC/DC", "TCP/IP", "Weights & Biases", "Hewlett Packard Enterprise"])
def test_names_with_a_slash_or_ampersand_inside_stay_quiet(name):
    fm = "title: x\ncompanies:\n" + _llm(name, "A company discussed in the episode.")
    assert not _findings(fm, "entity-noise")


@pytest.mark.parametrize("name", ["Tel Aviv", "Zurich", "Palo Alto", "Redmond", "Bengaluru"])
def test_cities_of_the_industry_are_places_not_companies(name):
    fm = "title: x\ncompanies:\n" + _llm(name, "Where the startup is based.", "tech")
    got = _by_field(_findings(fm, "entity-noise"))
    assert got["companies[0].name"].rule == "F504"
    assert "place" in got["companies[0].name"].message


@pytest.mark.parametrize("name", ["Vector Databases", "Supervised Fine-Tuning", "Retrieval Pipeline",
                                  "AI Safety", "Prompt Engineering Workflows"])
def test_generic_terms_of_the_field_are_not_companies(name):
    fm = "title: x\ncompanies:\n" + _llm(name, "A technique discussed in the episode.", "tech")
    if name == "Prompt Engineering Workflows":  # 'engineering' is no generic word of the list
        assert not _findings(fm, "entity-noise")
        return
    got = _by_field(_findings(fm, "entity-noise"))
    assert got["companies[0].name"].rule == "F504"


@pytest.mark.parametrize("name", ["Safe Superintelligence", "Vector Institute", "Pinecone", "Alignment Research Center",
                                  "Scale AI", "Physical Intelligence", "General Motors", "Thinking Machines Lab",
                                  "World Labs", "Black Forest Labs", "The Browser Company", "Reality Labs",
                                  "Codec Avatars", "Meta Mate", "Google DeepMind", "Meta AI"])
def test_genuine_names_made_of_field_words_stay_quiet(name):
    fm = "title: x\ncompanies:\n" + _llm(name, "A company discussed in the episode.")
    assert not _findings(fm, "entity-noise")
