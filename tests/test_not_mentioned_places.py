"""Not-mentioned: a place of the episode with words before it ("the source text", "the full
transcript", "the podcast episode's audio": `{place}` in rules/not_mentioned.yaml), "show up" and
"turn up" with a place or the clause's end after them, and an entity added from the model's own
knowledge. Written as fresh phrasings before the change; each was missed by the code before it."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _flagged(context: str, name: str = "Stripe") -> bool:
    ep = episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: fintech\n"
                      f"  confidence: low\n  context: {json.dumps(context)}\n")
    return any(f.rule == "N201" and f.field == "companies[0].context" for f in audit_text(ep, select=["N201"]))


DENIALS = [
    "Not present in the source text.",
    "Absent from the full transcript.",
    "Not in the original audio.",
    "Missing from the source material.",
    "This entity was not part of the spoken content.",
    "Nothing in the given transcript refers to this company.",
    "The name doesn't show up in the transcript.",
    "Never shows up in the conversation.",
    "It does not turn up anywhere in the transcript.",
    "Doesn't pop up at all.",
    "Added based on general knowledge, not the episode.",
    "Listed from prior knowledge rather than the conversation.",
    "Included from the model's background knowledge.",
]

MENTIONED = [
    "Mentioned in the full transcript twice, in the section on payments.",
    "Named by the host; its pricing is not in the original announcement.",
    "Mentioned as a partner; the founder never showed up to the launch.",
    "The guest didn't show up late; the company was discussed at length.",
    "Named as the payments API; the host jokes that refunds never show up on time.",
    "The guest says their tooling was built from general knowledge of payment rails; Stripe is discussed at length.",
    "Discussed in the episode; the guest notes its API was designed from domain knowledge of banking.",
    "The guest compares it to Adyen, not the show's sponsor.",
    "Discussed as a customer, not the episode's main subject.",
    "Cited as an example; its revenue figures are not part of the conversation.",
]


@pytest.mark.parametrize("context", DENIALS)
def test_denials_are_found(context):
    assert _flagged(context)


@pytest.mark.parametrize("context", MENTIONED)
def test_contexts_of_a_mentioned_entity_stay_quiet(context):
    assert not _flagged(context)


def test_place_stands_for_the_grammar_places_in_every_listed_statement():
    # a rule set of one's own: its `{place}` is its own grammar's places
    from audit.checks.not_mentioned import parse_phrases

    ph = parse_phrases({"statements": [r"\babsent\s+from\s+the\s+{place}\b"],
                        "grammar": {"places": ["minutes"], "place_modifiers": ["meeting"]}}, "test")
    assert ph.statements.search("Absent from the meeting minutes.")
    assert not ph.statements.search("Absent from the transcript.")
    assert "{place}" not in ph.statements.pattern
