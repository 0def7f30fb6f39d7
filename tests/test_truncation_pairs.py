"""Truncation T701: a cut that leaves a pair open -- "between" with one term ("a real tension
between shipping fast"), "make" with its object and a verb that wants its complement ("even when
it made our own models look") -- and the complete phrases of the same words that stay quiet."""

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
])
def test_complete_phrases_stay_quiet(text):
    assert _cut(text) == []
