"""Duplicate D601: a model named with its version in another place is the same model ("Claude
Sonnet 3.5" and "Claude 3.5 Sonnet", "Gemini Pro 1.5" and "Gemini 1.5 Pro"); other versions and
other sizes stay apart."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _duplicates(*names: str) -> list[str]:
    fm = "title: x\ncompanies:\n" + "".join(
        f"- name: {json.dumps(n)}\n  category: ai_company\n  confidence: high\n  context: {json.dumps(n + ' was discussed.')}\n"
        for n in names)
    return [f.field for f in audit_text(episode_text(fm), select=["D601"])]


@pytest.mark.parametrize("a,b", [
    ("Claude 3.5 Sonnet", "Claude Sonnet 3.5"), ("Gemini 1.5 Pro", "Gemini Pro 1.5"),
    ("Llama 4 Maverick", "Llama Maverick 4"), ("Gemini 2.0 Flash", "Gemini Flash 2.0"),
])
def test_a_version_in_another_place_is_the_same_model(a, b):
    assert _duplicates(a, b) == ["companies[1].name"]


@pytest.mark.parametrize("a,b", [
    ("Claude 3.5 Sonnet", "Claude Sonnet 4"), ("Gemini 1.5 Pro", "Gemini Flash 1.5"),
    ("Llama 4 Maverick", "Llama Scout 4"), ("Claude 3 Opus", "Claude Sonnet 3"),
])
def test_other_models_stay_apart(a, b):
    assert _duplicates(a, b) == []
