"""Mojibake of symbols whose second UTF-8 byte reads in Windows-1252 as punctuation, which ftfy's
badness heuristic passes: subscripts and currency signs ("COâ‚‚" for "CO₂", "â‚¿" for "₿"),
geometric shapes and enclosed numbers ("â–²" for "▲", "â‘¡" for "②"). Each beside correct text
with the same symbol, and a word ending in "â" before a dash and a quotation mark, that stay quiet."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _mojibake(text: str) -> list[tuple[str, str]]:
    """(evidence, replacement) of each finding on a quote written verbatim (no JSON escapes)."""
    episode = episode_text(f"title: x\nquotes:\n- text: {json.dumps(text, ensure_ascii=False)}\n")
    return [(f.evidence, f.fix.edits[0].replacement) for f in audit_text(episode, select=("U101",))]


def _damaged(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="strict")


@pytest.mark.parametrize("correct, word, repaired", [
    ("Direct air capture removes CO₂ at scale.", "COâ‚‚", "CO₂"),
    ("Electrolysers split H₂O with cheap power.", "Hâ‚‚O", "H₂O"),
    ("The fund holds ₿ and stablecoins.", "â‚¿", "₿"),
    ("Prices fell by ₩300 in Seoul.", "â‚©300", "₩300"),
    ("Revenue ▲ 12% while costs fell.", "â–²", "▲"),
    ("Step ◆ one is the data pipeline.", "â—†", "◆"),
    ("Then ② the tools, then the evals.", "â‘¡", "②"),
])
def test_symbol_mojibake_that_ftfy_passes_is_flagged(correct, word, repaired):
    damaged = _damaged(correct)
    assert word in damaged
    assert _mojibake(damaged) == [(word, repaired)]
    assert _mojibake(correct) == []


@pytest.mark.parametrize("text", [
    "Le mot câ—“ancien” est rare.",  # a word ending in "â" before an em dash and a quotation mark
    "Citim: Dâ–“scurt” aici.",
    "The CO₂ and H₂O figures, ₿ and ▲ symbols are all correct.",
])
def test_correct_text_stays_quiet(text):
    assert _mojibake(text) == []
