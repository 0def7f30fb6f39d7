"""Truncation, session 23 (lead): a text that ends on a file name or a domain ends on its extension
("settings.py", "src/attention.c", "acme.ai"), not on the start of a cut word; the same ending
before a comma is still mid-sentence, and a word cut after a space still is a cut."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _t701(text: str) -> list[str]:
    ep = episode_text(f"title: x\nquotes:\n- text: {json.dumps(text)}\n  relevance_score: 5\n")
    return [f.evidence for f in audit_text(ep) if f.rule == "T701"]


@pytest.mark.parametrize("text", [
    "The whole config lives in settings.py",
    "All the kernels are in src/attention.c",
    "The build is driven by Makefile.in",
    "Go to acme.ai",
])
def test_a_file_name_or_domain_at_the_end_is_no_cut(text):
    assert _t701(text) == []


@pytest.mark.parametrize("text, evidence", [
    ("The whole config lives in settings.py, and", "and"),
    ("It lists settings.py,", "py,"),
    ("The whole config lives in the sett", "sett"),
])
def test_cuts_around_them_are_still_found(text, evidence):
    assert _t701(text) == [evidence]
