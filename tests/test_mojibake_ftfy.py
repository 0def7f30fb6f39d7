"""Mojibake detection against ftfy's own test cases: real mojibake is flagged, correct text is not."""

from __future__ import annotations

import json

import ftfy
import pytest

from audit.checks.mojibake import lost_byte_guessed, mojibake_spans
from tests.conftest import TESTDATA, audit_text, episode_text

CASES = TESTDATA / "ftfy-cases"


def _load(name):
    return json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))


def _repair(text):
    for a, b, repaired in reversed(mojibake_spans(text)):
        text = text[:a] + repaired + text[b:]
    return text


@pytest.mark.parametrize("name,at_least", [("in-the-wild", 60), ("synthetic", 14)])
def test_real_mojibake_is_found_and_repaired_like_fix_encoding(name, at_least):
    cases = [c for c in _load(name) if c["expect"] == "pass"]
    damaged = [c for c in cases if ftfy.fix_encoding(c["original"]) != c["original"]]
    assert len(damaged) >= at_least
    for c in damaged:
        assert mojibake_spans(c["original"]), c["label"]
        # the word-level repairs add up to exactly what fix_encoding does to the whole string,
        # except where a character was lost: fix_encoding marks it U+FFFD, audit guesses it
        ours, theirs = _repair(c["original"]), ftfy.fix_encoding(c["original"])
        if lost_byte_guessed(c["original"], 0, len(c["original"])):
            assert len(ours) == len(theirs) and "\ufffd" not in ours, c["label"]
            assert all(a == b or b == "\ufffd" for a, b in zip(ours, theirs)), c["label"]
        else:
            assert ours == theirs, c["label"]


@pytest.mark.parametrize("name", ["negative", "synthetic"])
def test_negative_cases_are_not_flagged(name):
    for c in _load(name):
        if c["original"] == c["fixed"]:
            assert mojibake_spans(c["original"]) == [], c["label"]


@pytest.mark.parametrize("text", [
    "Café, résumé, naïve", "an em dash — and “curly quotes” and ‘single’ ones", "3×4 matrix at 5€",
    "東京でAIの会議", "Zürich and Kraków", "¿Qué tal? ¡Bien!", "Ångström, Øresund, Æsir", "emoji 🚀 ok",
])
def test_correct_non_ascii_text_is_never_flagged(text):
    assert mojibake_spans(text) == []
    assert audit_text(episode_text(f"title: {json.dumps(text, ensure_ascii=False)}"), select=["U101"]) == []


def test_the_evidence_is_the_damaged_word_and_the_fix_is_safe():
    findings = audit_text(episode_text("summary: the majority of Metaâ€™s code within 12â€“18 months"),
                          select=["U101"])
    assert [f.evidence for f in findings] == ["Metaâ€™s", "12â€“18"]
    assert [f.fix.edits[0].replacement for f in findings] == ["Meta’s", "12–18"]
    assert all(f.fix.applicability == "safe" for f in findings)


def test_mojibake_next_to_correct_non_ascii_is_still_found():
    # ftfy cannot repair this string as a whole (the correct "×" is not UTF-8 read as cp1252)
    assert [(s[2]) for s in mojibake_spans("2× â€” and cafÃ© ok")] == ["—", "café"]
    assert mojibake_spans("2× — fine, naïve café") == []


@pytest.mark.parametrize("errors", ["ignore", "replace"])
def test_a_closing_quote_whose_third_byte_was_lost_is_found_and_guessed(errors):
    # "”" is E2 80 9D; Windows-1252 has no character for 0x9D, so a decoder drops or replaces it
    text = "He called it “the best model” and moved on; “scale is all you need”".encode().decode(
        "cp1252", errors=errors)
    assert "â€" in text and "â€\x9d" not in text
    spans = mojibake_spans(text)
    assert [(text[a:b], r) for a, b, r in spans] == [
        ("â€œthe", "“the"), (text.split()[5], "model”"), ("â€œscale", "“scale"), (text.split()[-1], "need”")]
    findings = audit_text(episode_text(f"summary: {json.dumps(text, ensure_ascii=False)}"), select=["U101"])
    assert [f.fix.applicability for f in findings] == ["safe", "unsafe", "safe", "unsafe"]
    assert "a character was lost" in findings[1].message


def test_a_lost_byte_between_letters_is_read_as_an_apostrophe():
    assert [(r) for _, _, r in mojibake_spans("Donâ€t stop, itâ€s fine")] == ["Don’t", "it’s"]
    # ftfy's replaced form with a question mark, and a real question mark after a whole quote
    assert [r for _, _, r in mojibake_spans("rated â€œbb+â€? by them")] == ["“bb+”"]
    assert [r for _, _, r in mojibake_spans("did he say â€œnoâ€\x9d?")] == ["“no”"]  # (not the "?")
    assert mojibake_spans("Le gâteau coûte 5 €, â la carte") == []
