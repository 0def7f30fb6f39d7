"""Entity noise: a generic term with its article ("The Transformer", "The Model") is as generic as
without it; names that start with "The" and hold a word of their own stay ("The Information",
"The Verge", "The Browser Company")."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _noise(name: str, context: str) -> list[str]:
    ep = episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: unknown\n"
                      f"  confidence: medium\n  context: {json.dumps(context)}\n  position: 100\n")
    return [f.rule for f in audit_text(ep) if f.family == "entity-noise"]


@pytest.mark.parametrize("name,context", [
    ("The Transformer", "ack in 2017 The Transformer paper came out and nobody at the time thought it"),
    ("The Model", "nd then The Model just refused to answer anything about medicine, which"),
    ("The Cloud", "everything moved to The Cloud and the bills went up every quarter"),
])
def test_a_generic_term_with_its_article(name, context):
    assert _noise(name, context) in (["F504"], ["F501"])  # a generic term, or (after "and then") a fragment


@pytest.mark.parametrize("name,context", [
    ("The Information", "a scoop in The Information said the round closed at forty billion"),
    ("The Verge", "The Verge reviewed the glasses and hated the battery life"),
    ("The Browser Company", "The Browser Company shipped Dia, an AI browser, last month"),
])
def test_a_name_of_its_own_after_the_article(name, context):
    assert _noise(name, context) == []
