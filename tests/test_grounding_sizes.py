"""G901: a model's size in parameters said apart from its name and version grounds the name
("the 405B version of Llama 3.1" grounds "Llama 3.1 405B"); the size with another model, or
another version, does not."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _ungrounded(name: str, text: str) -> bool:
    ep = episode_text("title: x\nsummary: " + json.dumps(text) + "\ncompanies:\n- name: " + json.dumps(name)
                      + "\n  category: ai_model\n  confidence: high\n  context: Discussed.\n  source: llm_enhanced\n")
    return [f.rule for f in audit_text(ep, select=("G901",))] == ["G901"]


@pytest.mark.parametrize("name,text", [
    ("Llama 3.1 405B", "They used the 405B version of Llama 3.1 for distillation."),
    ("Llama 3.1 405B", "Llama 3.1's 405B is what they distilled from."),
    ("Llama 3 70B", "We run the 70B Llama 3 on two nodes."),
    ("Qwen 2.5 72B", "The 72B model of Qwen 2.5 was the best open model that month."),
])
def test_size_apart_from_the_name_grounds_it(name, text):
    assert not _ungrounded(name, text)


@pytest.mark.parametrize("name,text", [
    ("Llama 3.1 405B", "They used Llama 3.1 for distillation, and a 70B model for serving."),
    ("Qwen 2.5 72B", "Qwen 2.5 was good; the 72B version of Qwen 3 is better."),
    ("Llama 3.1 405B", "The 405B version of Llama 4 was never released."),
])
def test_size_with_another_model_or_version_does_not(name, text):
    assert _ungrounded(name, text)
