"""Session 19 (entity-noise): an NER name that is the head of a longer glossary name in its own
window, cut before a distinctive last word ("Hugging" of "Hugging Face", "Safe" of "Safe
Superintelligence"), is a cut name (F502); before a generic company word it is a short form and
stays ("Scale" of "Scale AI", "Thinking Machines" of "Thinking Machines Lab")."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, ner_entity_episode


def _noise(name: str, window: str) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in audit_text(ner_entity_episode(name, window)) if f.family == "entity-noise"]


@pytest.mark.parametrize("name, window, full", [
    ("Hugging", "we pulled the weights from Hugging Face and fine-tuned on our own tickets", "Hugging Face"),
    ("Safe", "ly when Ilya left to start Safe Superintelligence, the whole field noticed", "Safe Superintelligence"),
])
def test_a_name_cut_before_the_last_word_of_a_glossary_name(name, window, full):
    assert _noise(name, window) == [("F502", f"{name!r} is cut from {full!r} in its transcript window")]


@pytest.mark.parametrize("name, window", [
    ("Scale", "we bought labels from Scale AI for the first version, then built our own"),
    ("Thinking Machines", "and Thinking Machines Lab raised at a valuation nobody expected for a"),
    ("Stability", "the folks at Stability AI open-sourced the weights before anyone else did"),
    ("Google", "the team at Google DeepMind published the paper a week later and it was"),
    ("Hugging Face", "we pulled the weights from Hugging Face and fine-tuned on our own tickets"),
])
def test_a_short_form_or_the_whole_name_stays(name, window):
    assert _noise(name, window) == []
