"""D602, session 17: two quotes that hold the same sentence (of eight words or more), each with
other sentences around it, repeat one passage; "no one" and "nobody" (and the other pronouns
written as one word or two) are one spelling. Two quotes on one pattern, or sharing only a short
sentence, stay apart."""

from __future__ import annotations

import pytest
import yaml

from tests.conftest import SEED, audit_text, episode_text


def _d602(a: str, b: str) -> list[str]:
    qs = [{"text": a, "relevance_score": 7}, {"text": "Something unrelated about the weather in Basel and the trains.",
                                              "relevance_score": 3}, {"text": b, "relevance_score": 7}]
    return [f.message for f in audit_text(episode_text(yaml.safe_dump({"title": "x", "quotes": qs}, width=1000)),
                                          select=("D602",))]


def test_overlapping_quotes_share_a_sentence():
    [msg] = _d602("The first version was terrible. Customers told us exactly what broke and we fixed it in the "
                  "order they complained.",
                  "Customers told us exactly what broke and we fixed it in the order they complained. That's "
                  "the whole playbook.")
    assert msg.startswith("quotes[2] shares a sentence with quotes[0]")


def test_one_word_or_two_for_a_pronoun():
    assert _d602("Data is the moat, and the data you generate yourself is the only data that nobody else can buy.",
                 "Data is the moat, and the data you generate yourself is the only data that no one else can buy.")


@pytest.mark.parametrize("a,b", [
    # a short shared sentence is a phrase, not the passage
    ("It's hard. We rebuilt the billing system in a month and it held up.",
     "It's hard. Nobody on the team wanted to touch the data pipeline again."),
    # one pattern, two claims
    ("Open models will win in the enterprise because companies want control over their data.",
     "Closed models will win in the consumer market because distribution matters more than control."),
])
def test_other_quotes_stay_apart(a, b):
    assert _d602(a, b) == []


def test_seed_quotes_sharing_a_long_sentence():
    found = {f.field: f.message for f in audit_text(SEED.read_bytes(), select=("D602",))}
    assert found["quotes[68].text"].startswith("quotes[68] shares a sentence with quotes[33]")
