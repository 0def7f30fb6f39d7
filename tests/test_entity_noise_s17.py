"""Entity-noise, session 17: a function word or a pronoun inside a name that stands capitalised
mid-sentence in its window is a name ("the newsletter company Every", "the scheduling app When I
Work"); greetings glued to a name ("Hi Sam", "Dear OpenAI") and a name cut at "|", "&" or "+"
("Alpha" of "Wolfram|Alpha") are noise."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _noise(name: str, window: str) -> list[str]:
    ep = episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: unknown\n  confidence: medium\n"
                      f"  context: {json.dumps(window)}\n  position: 500\n")
    return [f.rule for f in audit_text(ep) if f.family == "entity-noise"]


@pytest.mark.parametrize("name,window", [
    ("Every", "the newsletter company Every built its own writing assistant on top of"),
    ("When I Work", "the scheduling app When I Work uses a model to predict shift swaps for"),
    ("Even Realities", "smart glasses from Even Realities show the transcript right in your field"),
    ("Nothing", "the phone maker Nothing added ChatGPT to its earbuds last spring, and"),
])
def test_function_words_used_as_names_stay(name, window):
    assert _noise(name, window) == []


@pytest.mark.parametrize("name,window,rule", [
    ("Every", "the model. Every lab has one now, and the differences are small at", "F501"),
    ("Then", "and then they shipped the model without any evals at all, which", "F501"),
    ("When I", "When I think about the next five years of this, the thing that", "F501"),
    ("Hi Sam", "Hi Sam, welcome back to the show, it's been a year since we last", "F501"),
    ("Dear OpenAI", "Dear OpenAI, please fix the rate limits, signed every developer on", "F501"),
    ("Hello Priya", "Hello Priya, and thanks to everyone listening live on the stream", "F501"),
    ("Alpha", "they hooked the model up to Wolfram|Alpha for the math questions, and it", "F502"),
    ("T", "the carrier AT&T signed a deal to put an assistant in every phone", "F502"),
])
def test_fragments_and_cut_names(name, window, rule):
    assert _noise(name, window) == [rule]
