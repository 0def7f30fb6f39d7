"""Session 19 (truncation): a quote cut right after the main clause's auxiliary, when the subject
is a noun with a longer relative clause -- one with its own perfect or passive auxiliary ("who had
already been burned by a bad summary | would") or a pronoun object ("who spent a year on it |
would"); 'become' and an adverb without the complement ("the classifier became considerably").
Elliptical endings stay quiet: an earlier clause whose verb the auxiliary stands for ("Not
everyone liked the redesign, but the users who had asked for it did"), an embedding word ("We
asked whether the people who used it every day would"), "Those who can, will"."""

from __future__ import annotations

import pytest

from tests.conftest import findings_by_item

CUT = [
    "The engineers who had spent a year on the old pipeline would",
    "The engineers who spent a year on it would",
    "Every engineer who spent a year on the old pipeline would",
    "The clients who had already been burned by a bad summary would",
    "The patients who were told about the recording in advance did",
    "Most underwriters who had been shown the new scoring model in the pilot should",
    "After the second round of labeling the classifier became considerably",
    "Once the cache was warm the whole service became noticeably",
]

WHOLE = [
    "Most patients didn't mind, but the ones who were told about it in advance did",
    "Not everyone liked the redesign, but the users who had asked for it did",
    "Not everyone liked the redesign, but the users who had asked for it for months did",
    "We asked whether the people who used it every day would",
    "The question is whether the customers who signed last year will",
    "I don't know if the founders who raised big rounds in 2021 will",
    "Those who can, will",
    "Everyone who could would",
    "The engineers who had spent a year on the old pipeline knew it would",
    "Costs fell much faster than anyone predicted, and then the margins improved considerably",
    "We iterated on the prompt a lot and the results improved considerably",
]


def test_cut_after_a_long_subject_relative_or_become_and_an_adverb():
    found = findings_by_item(CUT, "truncation")
    assert sorted(found) == list(range(len(CUT))), [t for i, t in enumerate(CUT) if i not in found]
    assert all(f[0].rule == "T701" for f in found.values())


@pytest.mark.parametrize("text", WHOLE)
def test_elliptical_and_embedded_endings_stay_quiet(text):
    assert findings_by_item([text], "truncation") == {}


def test_the_message_names_the_subject_and_its_relative_clause():
    found = findings_by_item(["The clients who had already been burned by a bad summary would"], "truncation")
    assert found[0][0].message == ("Text is cut: ends on 'clients who had already been burned by a bad summary "
                                   "would', an auxiliary without its complement")
    assert found[0][0].evidence.endswith("would")


POSSESSIVE_CUT = [
    "The head coach looked at the chart and said it confirmed his",
    "She said the rollout plan was mostly built on his",
]
POSSESSIVE_WHOLE = [
    "The decision was ultimately his",
    "It was a friend of his",
    "The idea was hers and his",
    "That mistake was not his",
    "In the end the credit became his",
    "It's his",
    "After the acquisition the founder kept most of his",
    "The board thanked her",  # 'her' is an object pronoun too
]


def test_a_possessive_after_a_verb_or_preposition_lost_its_noun():
    found = findings_by_item(POSSESSIVE_CUT, "truncation")
    assert sorted(found) == [0, 1]
    assert found[0][0].message == "Text is cut: ends on 'confirmed his', a possessive without its noun"


@pytest.mark.parametrize("text", POSSESSIVE_WHOLE)
def test_a_possessive_pronoun_after_be_of_or_and_stays_quiet(text):
    assert findings_by_item([text], "truncation") == {}


AFTER_CUT = [
    "The support agents only started trusting the drafts after",
    "Code editor the guest's team switched to after",
    "Our churn numbers got noticeably better after",
]
AFTER_WHOLE = [
    "We shipped the fix and the complaints stopped soon after",
    "It all went wrong the morning after",
    "Those are the kids we look after",
    "The town the company is named after",
    "Nobody knows what comes after",
    "The margins recovered a few months after",
    "And they lived happily ever after",
    "We saw the effect immediately after",
    "It nudges you before you overspend, not after",
    "We measured it before and after",
    "The second model launched 2 days after",
]


def test_after_without_its_object_is_a_cut():
    found = findings_by_item(AFTER_CUT, "truncation")
    assert sorted(found) == [0, 1, 2]
    assert found[0][0].message == "Text is cut: ends on 'drafts after', a preposition without its object"


@pytest.mark.parametrize("text", AFTER_WHOLE)
def test_after_as_an_adverb_or_a_stranded_particle_stays_quiet(text):
    assert findings_by_item([text], "truncation") == {}
