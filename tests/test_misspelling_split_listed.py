"""M301: a listed misspelling split in two words by the ASR is the misspelling ("En Vidia" for the
listed "Envidia"); two words whose join is no listed misspelling stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, summary_episode


@pytest.mark.parametrize("text,evidence,right", [
    ("We bought chips from En Vidia last year.", "En Vidia", "Nvidia"),
    ("Open Ai released it.", "Open Ai", "OpenAI"),
])
def test_a_listed_misspelling_split_in_two_is_found(text, evidence, right):
    found = [(f.rule, f.evidence, f.fix.edits[0].replacement) for f in audit_text(summary_episode(text), select=("misspelling",))]
    assert found == [("M301", evidence, right)]


def test_two_words_whose_join_is_no_listed_misspelling_stay():
    assert audit_text(summary_episode("We met at the En Route cafe."), select=("misspelling",)) == []


def test_a_lowercase_second_word_is_the_name_miscased():
    # "Deep mind": the casing of "DeepMind" (M302), not the listed misspelling "Deepmind" split
    found = [(f.rule, f.evidence) for f in audit_text(summary_episode("The Deep mind team won."), select=("misspelling",))]
    assert found == [("M302", "Deep mind")]
