"""D601 keeps a firm and its parent or unit apart when one's context says so ("Parent of
Booking.com"), and does not take a name with a whole word more ("So Sierra Vantage", a sentence's
word glued to a name) for a slip of letters; misspelt twins and same-named entries stay joined."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text


def _d601(first: str, second: str, first_context: str, second_context: str) -> list[tuple[str, str]]:
    fm = ("title: x\ncompanies:\n"
          f"- {{name: '{first}', category: unknown, confidence: high, position: 120,\n"
          f"   context: '{first_context}'}}\n"
          f"- {{name: '{second}', category: ai_application, confidence: high, source: llm_enhanced,\n"
          f"   context: '{second_context}'}}\n")
    return [(f.field, f.evidence) for f in audit_text(episode_text(fm), select=("D601",))]


@pytest.mark.parametrize("first, second, second_context", [
    ("Tripnest.com", "Tripnest Holdings", "Parent of Tripnest.com, the hotel site the guest uses."),
    ("Tripnest.com", "Tripnest Group", "Owns Tripnest.com and two smaller travel brands."),
    ("Corvane", "Corvane Holdings", "The holding company that owns Corvane; listed in Oslo."),
])
def test_a_firm_and_its_parent_named_as_such_are_two_entities(first, second, second_context):
    assert _d601(first, second, f"rates on {first} went up", second_context) == []


def test_the_parent_relation_may_be_said_in_the_other_entrys_context():
    assert _d601("Tripnest Holdings", "Tripnest.com", "Tripnest Holdings is the parent of the site",
                 "Hotel booking site; a subsidiary of Tripnest Holdings.") == []


@pytest.mark.parametrize("first, second, second_context", [
    # the same firm written two ways, no parent named: one entity
    ("Tripnest.com", "Tripnest Holdings", "Hotel booking platform discussed by the guest."),
    # the entry's own name holds the other's: 'Corvane' inside 'Corvane Systems' is no parent
    ("Corvane", "Corvane Systems", "Corvane Systems acquired a robotics startup last year."),
])
def test_one_firm_written_two_ways_stays_a_duplicate(first, second, second_context):
    assert _d601(first, second, f"rates on {first} went up", second_context) == [("companies[1].name", second)]


def test_a_name_with_a_word_glued_before_it_is_no_misspelt_twin():
    found = _d601("Sierra Vantage", "So Sierra Vantage", "and then Sierra Vantage shipped",
                  "So Sierra Vantage is the tracking vendor.")
    assert found == []


def test_a_misspelt_twin_is_still_one_entity():
    found = _d601("Vantage Rigde", "Vantage Ridge", "and then Vantage Rigde shipped",
                  "Tracking vendor discussed by the guest.")
    assert found == [("companies[1].name", "Vantage Ridge")]  # neither known: the later one
