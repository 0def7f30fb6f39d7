"""Not-mentioned: the passive "no mention was made of X" is read as "no mention of X" (another
thing, or a thing the entity has, is no denial of the entity); a yes/no answer ("Mentioned? Not
really.") and "referenced only obliquely" are denials."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _flagged(name: str, context: str) -> bool:
    ep = episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: tech\n"
                      f"  confidence: low\n  context: {json.dumps(context)}\n")
    return any(f.family == "not-mentioned" for f in audit_text(ep))


DENIALS = [
    ("Google", "No mention was made of Google in the episode."),
    ("Google", "No mention is made of the company anywhere."),
    ("Google", "No mention was made of it."),
    ("OpenAI", "Mentioned? Not really; it is only implied by the talk of ChatGPT."),
    ("OpenAI", "Referenced only obliquely, through ChatGPT."),
]

OTHER_THINGS = [
    ("Google", "Google's policy team was discussed at length, but no mention was made of regulation."),
    ("Google", "Google is discussed; no mention is made of its search business."),
    ("OpenAI", "OpenAI came up twice, though no mention was made of its revenue."),
    ("Google", "No reference is made to search at all."),
    ("OpenAI", "Mentioned? Not really a focus, but named twice."),
    ("OpenAI", "Referenced obliquely at first, then by name."),
]


@pytest.mark.parametrize("name,context", DENIALS)
def test_denials(name, context):
    assert _flagged(name, context)


@pytest.mark.parametrize("name,context", OTHER_THINGS)
def test_statements_about_other_things(name, context):
    assert not _flagged(name, context)
