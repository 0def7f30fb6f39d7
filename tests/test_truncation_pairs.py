"""Truncation T701: a cut that leaves a pair open -- "between" with one term ("a real tension
between shipping fast"), "make" with its object and a verb that wants its complement ("even when
it made our own models look"), a preposition no clause strands ("instead of"), the 'to' of an
infinitive and its adverb ("we used to completely"), a determiner, a noun and a subject ("why the
code it") -- and the complete phrases of the same words that stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import findings_by_item


def _cut(text: str) -> list[str]:
    return [f.message for f in findings_by_item([text], "truncation").get(0, []) if f.rule == "T701"]


@pytest.mark.parametrize("text,evidence", [
    ("There's a real tension between shipping fast", "between shipping fast"),
    ("A partnership between Microsoft", "between microsoft"),
    ("We had to choose between speed", "between speed"),
    ("The research we published even when it made our own models look", "made our own models look"),
    ("It made me feel", "made me feel"),
    ("and honestly it makes the whole product seem", "makes the whole product seem"),
    ("They still run their models on their own servers instead of", "instead of"),
    ("We did it because of", "because of"),
    ("The agent acts on behalf of", "on behalf of"),
    ("The accents that it used to completely", "to completely"),
    ("The goal is to fully", "to fully"),
    ("We're trying to actually", "to actually"),
    ("It is great at writing code but terrible at explaining why the code it", "the code it"),
    ("That's the way you", "the way you"),
    ("Retrieval made the model sound smarter, but mostly", "but mostly"),
])
def test_an_open_pair_at_the_end_is_a_cut(text, evidence):
    [message] = _cut(text)
    assert repr(evidence) in message


@pytest.mark.parametrize("text", [
    "I love the way it makes me feel", "That's how it made everyone feel", "We had a tension between teams",
    "There's a lot of overlap between them", "We were stuck somewhere in between", "It's a choice between the two",
    "It made the launch look easy", "Let me look", "What made the demo look so good was the data",
    "There's a gap between open and closed models", "The partnership between Microsoft and OpenAI",
    "We alternate between each step", "Time between releases keeps shrinking", "It made me think",
    "It's what the chip is made of", "What we're in front of", "And companies have to comply", "We have to apply",
    "From design to assembly", "We went to Italy", "Close to family", "We want to rely", "This is all it",
    "I love that it", "That's what it", "It was good, mostly", "We use it mostly",
])
def test_complete_phrases_stay_quiet(text):
    assert _cut(text) == []
