"""Duplicates: a quote that repeats another with a few words dropped inside its sentence (not at
either end) is the same quote (D602); two statements on one pattern stay two. An entity written
with a legal form, possessive or web ending around a right name is no misspelling: of it and the
right name, the later entry is the duplicate (D601)."""

from __future__ import annotations

import json

from tests.conftest import audit_text, episode_text, findings_by_item


def _d602(texts: list[str]) -> dict[int, list[str]]:
    return {i: [f.message for f in fs] for i, fs in findings_by_item(texts, "duplicate").items()}


def test_words_dropped_inside_the_sentence():
    found = _d602(["Nobody on the board wanted to discuss the pricing problem because it was awkward, but it decided the quarter",
                   "Nobody on the board wanted to discuss pricing because it was awkward, but it decided the quarter"])
    assert list(found) == [1] and "quotes[0]" in found[1][0], found
    # half the sentence gone is no "few words"
    assert _d602(["The first version shipped in March, which surprised everyone on the team, and it broke on day one",
                  "The first version shipped in March and it broke on day one"]) == {}


def test_words_dropped_in_two_places_but_no_content_word_swapped():
    found = _d602(["Every vendor we talked to last year wants a paid pilot first, and the pilots never end, they just get renewed",
                   "Every vendor we talked to wants a pilot first, and the pilots never end, they just get renewed"])
    assert list(found) == [1], found
    # a content word in place of another is another claim
    assert _d602(["Our retention doubled once the assistant started remembering what users told it last week",
                  "Our retention doubled once the assistant started forgetting what users told it last week"]) == {}
    assert _d602(["We moved the cold logs to object storage and the bill fell by a third within the quarter",
                  "We moved the hot logs to block storage and the bill fell by a third within the quarter"]) == {}


def _d601(first: str, second: str) -> list[tuple[str, str]]:
    fm = "title: x\ncompanies:\n" + "".join(
        f"- category: ai_company\n  confidence: high\n  context: {json.dumps(n + ' came up in the interview')}\n"
        f"  name: {json.dumps(n)}\n  source: llm_enhanced\n" for n in (first, second))
    return [(f.field, f.evidence) for f in audit_text(episode_text(fm), select=["D601"])]


def test_a_name_written_otherwise_first_leaves_the_later_entry_the_duplicate():
    # a legal form, a possessive, a web address's ending or a firm's "AI" around a right name is
    # no misspelling: the later entry of the two is the duplicate
    for first, second in (("Alphabet Inc.", "Alphabet"), ("Anthropic's", "Anthropic"), ("Salesforce.com", "Salesforce"),
                          ("Cohere AI", "Cohere"), ("Samsung Electronics", "Samsung"), ("Nvidia Corp.", "NVIDIA")):
        assert _d601(first, second) == [("companies[1].name", second)], (first, second)
    # a misspelt name first is still the one flagged (the seed's "Openai" before "OpenAI")
    assert _d601("Openai", "OpenAI") == [("companies[0].name", "Openai")]
    assert _d601("Anthropic", "Anthropic PBC") == [("companies[1].name", "Anthropic PBC")]
