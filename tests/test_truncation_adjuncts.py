"""T702: an extraction that stops before an adjunct its text adds ("... models | depending on the
task", "... | according to the guest", "... | given the budget") stands alone; one that stops inside a
phrase still does not."""

from __future__ import annotations

import pytest

from tests.test_truncation_s17 import _insights

STANDING = [
    ("Notion routes between OpenAI and Anthropic models depending on the task instead of training its own.",
     "Notion routes between OpenAI and Anthropic models"),
    ("Most hospitals will buy the model from a vendor according to the guest.",
     "Most hospitals will buy the model from a vendor"),
    ("The team ships a new checkpoint every week given the size of the cluster.",
     "The team ships a new checkpoint every week"),
    ("Small models beat large ones on cost regardless of the benchmark.", "Small models beat large ones on cost"),
]
TORN = [
    ("Memory bandwidth will limit inference throughput by 2027, depending on the vendor.",
     "Memory bandwidth will limit inference"),
]


@pytest.mark.parametrize("text,extracted", STANDING)
def test_stopping_before_an_adjunct_stands(text, extracted):
    assert _insights([(text, extracted)]) == [[]]


@pytest.mark.parametrize("text,extracted", TORN)
def test_stopping_inside_a_phrase_is_a_fragment(text, extracted):
    assert [f.rule for f in _insights([(text, extracted)])[0]] == ["T702"]
