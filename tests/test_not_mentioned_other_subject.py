"""N201: a denial whose subject is another name ("Named as the main rival; Microsoft is not
mentioned." in Google's context) or a mention made to someone outside the episode ("they have not
mentioned it to their board yet") is not about the entity; the entity's own name, a pronoun or a
noun of the statement ("Name was never said aloud") as the subject still is."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _flagged(name: str, context: str) -> bool:
    ep = episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: ai_company\n"
                      f"  confidence: low\n  context: {json.dumps(context)}\n")
    return [f.rule for f in audit_text(ep, select=("N201",))] == ["N201"]


@pytest.mark.parametrize("name,context", [
    ("Google", "Named as the main rival; Microsoft is not mentioned."),
    ("Nvidia", "Discussed at length, while AMD was never mentioned."),
    ("Apple", "Mentioned briefly; the speaker says they have not mentioned it to their board yet."),
])
def test_denials_about_something_else_stay_quiet(name, context):
    assert not _flagged(name, context)


@pytest.mark.parametrize("name,context", [
    ("Google", "Google is not mentioned in the episode."),
    ("Google DeepMind", "DeepMind is never mentioned; inferred from the AlphaFold discussion."),
    ("Databricks", "Name was never said aloud in the episode."),
    ("Databricks", "Entity is not mentioned."),
    ("Snowflake", "It is not mentioned."),
])
def test_denials_about_the_entity_are_found(name, context):
    assert _flagged(name, context)
