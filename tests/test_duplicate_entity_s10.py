"""D601, session 10: an investment firm's name with and without its legal-name word ("Sequoia
Capital" and "Sequoia"), and a firm's name with the "s" of a possessive that lost its apostrophe
("Anthropics"), are one entity; other names that only look alike stay apart."""

import json

import pytest

from tests.conftest import audit_text, episode_text


def _duplicates(first: str, second: str) -> list:
    fm = "title: x\ncompanies:\n" + "".join(
        f"- name: {json.dumps(n)}\n  category: ai_company\n  confidence: high\n"
        f"  context: {json.dumps(n + ' came up in the interview')}\n  source: llm_enhanced\n"
        for n in (first, second))
    return [f for f in audit_text(episode_text(fm), select=["D601"])]


@pytest.mark.parametrize("first, second", [
    ("Sequoia Capital", "Sequoia"),
    ("Thrive", "Thrive Capital"),
    ("Index Ventures", "Index"),
    ("Greylock Partners", "Greylock"),
    ("Lightspeed Venture Partners", "Lightspeed"),
    ("Anthropic", "Anthropics"),
    ("Nvidias", "Nvidia"),
])
def test_one_firm_written_two_ways_is_a_duplicate(first, second):
    found = _duplicates(first, second)
    # the worse entry is flagged: a misspelt one, else the later one
    worse = 0 if first.endswith("s") and first[:-1] == second else 1
    assert len(found) == 1 and found[0].field == f"companies[{worse}].name", [f.message for f in found]


@pytest.mark.parametrize("first, second", [
    ("Google", "Google Cloud"),
    ("Intel", "Intel Capital"),  # a known firm's fund is a firm of its own
    ("Scale AI", "Scale Venture Partners"),
    ("Google", "Google Ventures"),
    ("Capital One", "One"),
    ("Geminis", "Gemini"),  # a product, not a firm: a plural of it is another thing
    ("Glass", "Glas"),
    ("Meta", "Metals"),
])
def test_names_that_only_look_alike_stay_apart(first, second):
    assert _duplicates(first, second) == []
