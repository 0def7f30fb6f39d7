"""Attribution, session 23 (lead): the maker's people before a relative clause that makes the
product ("the folks at Meta who built Mistral Small", "the team over at Google that made Claude")
claim the maker; the right maker, a verb of use, and a cleft asked as a question stay quiet."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _a401(text: str) -> list[str]:
    ep = episode_text(f"title: x\nquotes:\n- text: {json.dumps(text)}\n  relevance_score: 5\n")
    return [f.evidence for f in audit_text(ep) if f.rule == "A401"]


@pytest.mark.parametrize("text, evidence", [
    ("The folks at Meta who built Mistral Small clearly care about latency.", "Meta who built Mistral Small"),
    ("The team over at Google that made Claude is obsessed with safety.", "Google that made Claude"),
    ("The engineers at Microsoft who trained Gemini said little.", "Microsoft who trained Gemini"),
])
def test_the_makers_people_in_a_relative_clause(text, evidence):
    assert _a401(text) == [evidence]


@pytest.mark.parametrize("text", [
    "The folks at Anthropic who built Claude clearly care about safety.",
    "The engineers at Meta who use Mistral Small daily love it.",
    "Was it Microsoft that built Llama? Someone asked that.",
    "Companies like Google that built agents on Claude saw gains.",
])
def test_quiet(text):
    assert _a401(text) == []
