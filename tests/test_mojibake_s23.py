"""Session 20 (mojibake): text upper-cased after the damage -- an all-caps title or topic whose
accented capital is a pair ftfy leaves alone ("ÃŽLE-DE-FRANCE", "Ã…LAND"), and the curly quote
of an all-caps title whose "â" became "Â" ("METAÂ€™S", repaired "META’S", not "META€™S").
Correct all-caps text (Portuguese "SÃO PAULO", "IRMÃ’S") stays quiet."""

from __future__ import annotations

import json

import pytest

from audit.checks.mojibake import mojibake_spans
from tests.conftest import audit_text, episode_text


def _episode(title: str, topic: str = "artificial intelligence") -> str:
    return episode_text(
        f"title: {json.dumps(title, ensure_ascii=False)}\n"
        "summary: The guest talks about regional AI programs.\n"
        "topics:\n- keywords:\n  - ai\n  - policy\n  mentions: 4\n  prominence: 0.4\n"
        f"  topic: {json.dumps(topic, ensure_ascii=False)}\n")


@pytest.mark.parametrize("damaged, repaired", [
    ("ÃŽLE-DE-FRANCE", "ÎLE-DE-FRANCE"),
    ("Ã…LAND", "ÅLAND"),
    ("ÅšWIAT", "ŚWIAT"),
    ("METAÂ€™S", "META’S"),
    ("OPENAIÂ€”", "OPENAI—"),
])
def test_upper_cased_mojibake_is_found_and_repaired(damaged, repaired):
    findings = audit_text(_episode(f"{damaged} BETS ON SOVEREIGN AI", topic=f"{damaged.lower()} policy"), select=["U101"])
    titles = [f for f in findings if f.field == "title"]
    assert [f.evidence for f in titles] == [damaged]
    assert titles[0].fix.edits[0].replacement == repaired
    assert titles[0].fix.applicability == "safe"


@pytest.mark.parametrize("text", [
    "SÃO PAULO FINTECH WEEK", "IRMÃ’S GARAGE", "NÃO É MAGIA", "ÅLAND ISLANDS", "ÎLE-DE-FRANCE",
    "CORAÇÃO…", "ÂGE D'OR", "ROMÂNIA",
])
def test_correct_all_caps_text_stays_quiet(text):
    assert mojibake_spans(text) == []
    assert audit_text(_episode(text), select=["U101"]) == []


def _topic_episode(keyword: str) -> str:
    return episode_text(
        "title: Regional AI programs\nsummary: The guest talks about regional AI programs.\n"
        "topics:\n- keywords:\n  - ai\n"
        f"  - {json.dumps(keyword, ensure_ascii=False)}\n  mentions: 4\n  prominence: 0.4\n  topic: policy\n"
        "tags:\n- policy\n")


@pytest.mark.parametrize("damaged, repaired", [
    ("sociã©tã©", "société"), ("zã¼rich", "zürich"), ("cafã©", "café"), ("naã¯ve", "naïve"), ("lãºcia", "lúcia"),
    ("å\x81ã³dåº", "łódź"), ("dvoå™ã¡k", "dvořák"),
])
def test_lower_cased_mojibake_in_a_keyword_is_found_and_repaired(damaged, repaired):
    findings = audit_text(_topic_episode(f"{damaged} robotics"), select=["U101"])
    assert [(f.field, f.evidence, f.fix.edits[0].replacement) for f in findings] == [
        ("topics[0].keywords[1]", damaged, repaired)]


@pytest.mark.parametrize("keyword", ["são paulo", "maçã» e «irmã»", "jää… ok", "päivää", "på §3 och må 2", "irmã’s"])
def test_correct_lowercase_text_stays_quiet(keyword):
    assert audit_text(_topic_episode(keyword), select=["U101"]) == []
