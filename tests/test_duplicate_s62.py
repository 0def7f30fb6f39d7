"""Session 62: an insight told again in other words (D603: most of the shorter one's content
words the same) is a duplicate even where a word swapped or a negation differs, since rewording
swaps words ("Don't ask it to pick stocks" and "rather than pick stocks"); a number that differs
still makes another claim, and "one" as a pronoun is no number."""

from __future__ import annotations

import pytest
import yaml

from tests.conftest import audit_text, episode_text


def _d603(*insights: str) -> list[tuple[str, str]]:
    fm = {"title": "x", "insights": [{"actionable": True, "confidence": "high", "text": t, "type": "insight"}
                                     for t in insights]}
    text = episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000))
    return [(f.field, f.evidence) for f in audit_text(text) if f.rule == "D603"]


@pytest.mark.parametrize("first,later", [
    ("use the AI to learn, not to trade. Ask it to explain things. Don't ask it to pick stocks.",
     "use AI to learn, not to trade; ask it to explain things rather than pick stocks."),
    ("set up a family safe word that is never posted anywhere, and ask for it whenever someone calls in a panic asking for money.",
     "agree on a family safe word and ask for it when someone calls urgently asking for money."),
    ("separate read access from payment access for AI agents, with limits, expiration, and one place to see and revoke every connection.",
     "separate read access from payment access for AI agents and let consumers revoke every connection."),
])
def test_an_insight_told_again_in_other_words_is_a_duplicate(first, later):
    assert _d603(first, "budgets matter more than the model you pick for the job", later) == [
        ("insights[2].text", later)]


def test_a_number_that_differs_is_another_claim():
    assert _d603("keep three months of expenses in cash before you let an agent invest for you",
                 "keep six months of expenses in cash before letting an agent invest for you") == []


def test_insights_on_one_topic_with_other_claims_stay_apart():
    assert _d603("set up a family safe word and ask for it when someone calls asking for money",
                 "banks should verify a caller with a second channel before moving money for anyone") == []
