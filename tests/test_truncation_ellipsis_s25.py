"""Truncation: endings that look open but are whole.

A clause whose auxiliary stands for the verb of the clause before is whole.

"The models are good enough; the data is not" repeats 'be' from the clause before ('are' and
'is' are one verb); "which Apple never quite did" has adverbs between its subject and 'did',
and 'did' stands for the verb of the clause before. Their cut look-alikes are still cut.
"""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, quote_episode


def _cut(text: str) -> bool:
    return any(f.rule == "T701" for f in audit_text(quote_episode(text), select=["T7"]))


@pytest.mark.parametrize("text", [
    "The models are good enough; the data licensing is not",
    "The front buffer is visible to the user; the back buffer is not",
    "Our chips were ready, the compiler was not",
    "Inference costs are falling; training costs aren't",
    "Samsung turned Galaxy AI into the headline feature of the phone, which Apple never quite did",
    "Everyone expected the board to approve it, which it rarely does",
])
def test_a_clause_that_repeats_the_one_before_is_whole(text):
    assert not _cut(text)


@pytest.mark.parametrize("text", [
    "We shipped the model, but the evals were",
    "Our GPUs are busy and the new cluster is",
    "The data licensing is",
    "which the board almost did",
])
def test_the_same_shapes_without_a_clause_to_repeat_are_cut(text):
    assert _cut(text)


@pytest.mark.parametrize("text", [
    "Export rules for chips have become foreign policy by other means",
    "They found new means",
    "Do not allow non-equal version relations in virtual provides",
])
def test_a_word_in_s_after_an_adjective_or_determiner_is_a_noun(text):
    assert not _cut(text)


@pytest.mark.parametrize("text", ["the team that uses", "and the model that replaces", "it lets them control"])
def test_a_verb_in_s_after_its_subject_still_wants_its_object(text):
    assert _cut(text)


@pytest.mark.parametrize("text", [
    "It is a product doctors can actually rely on",
    "Those are the bugs users will run into",
    "We built the dashboard investors would look at",
])
def test_a_relative_clause_without_that_may_open_on_a_modal_after_its_plural_subject(text):
    assert not _cut(text)


@pytest.mark.parametrize("text", ["and then developers can", "and the customers will be", "we gave the teams developers can"])
def test_a_plural_subject_and_a_final_modal_are_still_cut(text):
    assert _cut(text)
