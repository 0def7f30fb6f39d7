"""Session 62: an insight's extraction that is a longer noun or gerund phrase from the middle of its
text (seven words or more, opening on an article, a quantifier or a gerund) reads alone as a
headline and is no fragment (T702), while a short piece and a predicate that lost its subject
("will set the price ...") still are; a main clause after a fronted clause that opens with "there
is" keeps its subject and verb."""

from __future__ import annotations

import pytest

from tests.test_truncation_s28 import _fragment


@pytest.mark.parametrize("text,extracted", [
    ("Support desks will become a small number of people supervising a large number of bots.",
     "a small number of people supervising a large number of bots"),
    ("The new rule may end up punishing the vendors that are trying to be careful, and sparing the ones that aren't.",
     "punishing the vendors that are trying to be careful"),
    ("I'd love to see a clear approval pathway for features like sleep tracking, with guardrails, instead of warning letters.",
     "a clear approval pathway for features like sleep tracking, with guardrails"),
    ("If your finance team is still chasing receipts at the end of every month, there is a better way to run your company's spending.",
     "there is a better way to run your company's spending"),
])
def test_a_phrase_that_reads_alone_is_no_fragment(text, extracted):
    assert not _fragment(text, extracted)


@pytest.mark.parametrize("text,extracted", [
    ("The settlement with the authors will set the price every lab pays for training data.",
     "will set the price every lab pays for training data"),
    ("The strongest co-ops offer their books to every member; the rest struggle.", "to every member"),
    ("Good teams quietly retire features that nobody uses.", "features that nobody uses"),
])
def test_a_short_piece_or_a_predicate_without_its_subject_is_still_a_fragment(text, extracted):
    assert _fragment(text, extracted)
