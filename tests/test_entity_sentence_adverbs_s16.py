"""Entity-noise: a sentence adverb that NER glued to the name after it ("Sadly Inflection",
"Reportedly OpenAI") is a fragment (F501), like the adverbs listed before ("Honestly Mistral");
the name itself, mid-sentence in its window, stays."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _f501(name: str, context: str) -> list[str]:
    ep = episode_text(f"title: x\nsummary: x\ncompanies:\n- name: {json.dumps(name)}\n  category: unknown\n"
                      f"  confidence: medium\n  context: {json.dumps(context)}\n  position: 1200\n")
    return [f.rule for f in audit_text(ep, select=("F501",))]


@pytest.mark.parametrize("name,context", [
    ("Sadly Inflection", "after the pivot. Sadly Inflection never found a business model that"),
    ("Reportedly OpenAI", "the rumours. Reportedly OpenAI is training a model that"),
    ("Surprisingly Nvidia", "the quarter. Surprisingly Nvidia missed on gaming revenue but"),
    ("Ironically Google", "on this. Ironically Google invented the transformer and"),
])
def test_a_sentence_adverb_glued_to_a_name(name, context):
    assert _f501(name, context) == ["F501"]


def test_the_name_alone_stays():
    assert _f501("Inflection", "after the pivot. Sadly Inflection never found a business model that") == []
