"""A401: a firm the glossary gives a parent, with another firm alone in brackets after it as its
owner ("Waymo (Tesla)"), is tied to the wrong owner, in a comparison too; its own parent, a firm
with no parent ("Microsoft (OpenAI)": a partner) and a parent before its unit stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, summary_episode


def _a401(text: str) -> list[str]:
    return [f.evidence for f in audit_text(summary_episode(text), select=("attribution",))]


@pytest.mark.parametrize("text, evidence", [
    ("Waymo (Tesla) leads in robotaxi miles.", "Waymo (Tesla)"),
    ("A transport researcher compares Waymo (Tesla) robotaxis in Phoenix with Wayve.", "Waymo (Tesla)"),
    ("GitHub (Google) hosts the code.", "GitHub (Google)"),
])
def test_a_unit_with_the_wrong_owner_in_brackets_is_flagged(text, evidence):
    assert _a401(text) == [evidence]


@pytest.mark.parametrize("text", [
    "Waymo (Alphabet) leads in robotaxi miles.",
    "GitHub (Microsoft) hosts the code.",
    "Microsoft (OpenAI) extended the partnership.",
    "Amazon (Anthropic) invested again.",
    "Alphabet (Waymo) grew its other bets.",
])
def test_the_right_owner_a_partner_or_a_parent_first_stays_quiet(text):
    assert _a401(text) == []
