"""Truncation: a prepositional verb's passive strands its preposition whole ("what is being paid
for", "talked about but not paid for") where a verb with a complement of its own does not ("the
model was trained on"); an indefinite pronoun that is a preposition's object ends an extraction
whole ("rates go up for everyone"); a summary section cut mid-sentence before the next heading is
found, a complete one is not."""
from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, quote_episode
from tests.test_truncation_s17 import _insights


@pytest.mark.parametrize("text,extracted", [
    ("carbon programs still leave farmers unsure what is being paid for.",
     "carbon programs leave farmers unsure what is being paid for"),
    ("user-centric payouts are the idea everybody talks about and nobody wants to pay for.",
     "user-centric payouts are talked about but not paid for"),
    ("if data center load shows up, rates go up for everyone unless regulators make data centers pay.",
     "rates go up for everyone"),
])
def test_whole_extractions_stand(text, extracted):
    assert _insights([(text, extracted)]) == [[]]


@pytest.mark.parametrize("text,extracted", [
    ("the new checkpoint was trained on licensed catalog data from three labels.",
     "the new checkpoint was trained on"),
    ("if data center load shows up, rates go up for everyone unless regulators make data centers pay.",
     "rates go up for"),
])
def test_cut_extractions_are_fragments(text, extracted):
    assert [f.rule for f in _insights([(text, extracted)])[0]] == ["T702"]


def test_a_passive_with_its_preposition_ends_a_quote_whole():
    assert audit_text(quote_episode("Half of what the studio bills is never accounted for"), select=("truncation",)) == []
    assert [f.rule for f in audit_text(quote_episode("And the new checkpoint was trained on"),
                                       select=("truncation",))] == ["T701"]


def _summary(future: str) -> str:
    text = ("## Podcast Episode Summary\n\nOffice vacancy after the pandemic.\n\n### 1. Focus Area\n\n"
            "Why towers stay empty and who pays for it.\n\n### 5. Future Implications\n\n" + future
            + "\n\n### 6. Target Audience\n\nInvestors, lenders and city planners.")
    return episode_text(f"title: Office vacancy\nsummary: {json.dumps(text)}\n")


def test_a_section_cut_before_the_next_heading_is_found():
    found = audit_text(_summary("Expect a decade of bank write-downs, selective conversions and a widening gap "
                                "between Class A towers and the rest of the"), select=("truncation",))
    assert [(f.rule, f.field, f.evidence) for f in found] == [("T701", "summary", "the")]


@pytest.mark.parametrize("future", [
    "Expect a decade of bank write-downs and selective conversions.",
    "Key risks",  # a label, too short to judge
    "Expect conversions to picks up in the secondary cities where the rents fell most",
])
def test_a_whole_section_is_not_flagged(future):
    assert audit_text(_summary(future), select=("truncation",)) == []


@pytest.mark.parametrize("text", [
    "the tools don't matter, the intention does",
    "The schedule is in Primavera, which I never open; the scheduler does",
    "it's just a lot of compute we don't have",
    "At Ångström-level accuracy the question is whether a predicted pocket is drug-like",
])
def test_ellipsis_after_a_comma_and_compound_ends_are_whole(text):
    assert audit_text(quote_episode(text), select=("truncation",)) == []


@pytest.mark.parametrize("text", [
    "In the end, the team does",  # no verb before the comma for 'does' to stand for
    "We tested three vendors, and the scheduler does",  # a clause opened by 'and': cut
    "The best tools we tested were state-of-the",  # a compound cut inside
])
def test_the_same_endings_without_their_support_are_cut(text):
    assert [f.rule for f in audit_text(quote_episode(text), select=("truncation",))] == ["T701"]
