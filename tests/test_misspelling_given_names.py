"""M303: a firm one letter from a short product name of the glossary is no misspelling of it when
the glossary lists it as an exception ("Devon Energy" for Devin); a misspelling of the product
still is ("Devinn"; "Cognition's Devon" in tests/test_misspelling_s17.py)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _misspelling(name: str) -> list[str]:
    ep = episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: company\n"
                      "  confidence: high\n  context: Discussed.\n")
    return [f.rule for f in audit_text(ep, select=("misspelling",))]


@pytest.mark.parametrize("name", ["Devon Energy"])
def test_an_exception_stays_quiet(name):
    assert _misspelling(name) == []


def test_a_misspelling_of_the_product_is_found():
    assert _misspelling("Devinn") == ["M303"]

