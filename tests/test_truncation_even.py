"""T701: 'even' as the adjective of a settled score or a balance ends a sentence ("now we're
even", "we finally broke even"); 'even' as an adverb that lost its verb still does not."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, quote_episode


def _cut(text: str) -> list[str]:
    return [f.rule for f in audit_text(quote_episode(text), select=("T701",))]


@pytest.mark.parametrize("text", ["And now we're even", "And now we’re even", "So they're even",
                                  "We finally broke even", "The startup will break even"])
def test_even_as_an_adjective_is_whole(text):
    assert _cut(text) == []


@pytest.mark.parametrize("text", ["I think that the new models are even", "The open models are even"])
def test_even_before_its_missing_words_is_cut(text):
    assert _cut(text) == ["T701"]
