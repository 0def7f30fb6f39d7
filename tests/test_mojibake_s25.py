"""Mojibake of letters whose UTF-8 ftfy's whole-string judgement passes: Latin Extended Additional
(Vietnamese "ễ" read as "á»…"), Latin Extended-B next to a lowercase letter (Romanian "ș" as "È™",
Pinyin "ǎ" as "ÇŽ") and "Š" read as "Å" and a no-break space. Correct text with a closing
guillemet, an all-caps possessive or a Scandinavian "Å" stays quiet."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _mojibake(text: str) -> list[tuple[str, str]]:
    """(evidence, replacement) of each finding on a quote written verbatim (no JSON escapes)."""
    episode = episode_text(f"title: x\nquotes:\n- text: {json.dumps(text, ensure_ascii=False)}\n")
    return [(f.evidence, f.fix.edits[0].replacement) for f in audit_text(episode, select=("U101",))]


@pytest.mark.parametrize("damaged, evidence, repaired", [
    ("Our Hanoi lead, Nguyá»…n, runs the eval team.", "Nguyá»…n", "Nguyễn"),  # (not the comma)
    ("The office in Ná»™i opened in March.", "Ná»™i", "Nội"),
    ("The Má»›i app launched in May.", "Má»›i", "Mới"),
    ("Our Phá»§ office is small.", "Phá»§", "Phủ"),
    ("The festival is called Lá»… in the schedule.", "Lá»…", "Lễ"),
    ("The Èšara project shipped.", "Èšara", "Țara"),
    ("Ni hÇŽo, said the demo voice.", "hÇŽo", "hǎo"),
    ("The Å\u00a0koda plant uses vision QA.", "Å\u00a0koda", "Škoda"),
    ("Engineers from Å\u00a0iauliai joined.", "Å\u00a0iauliai", "Šiauliai"),
])
def test_extended_latin_mojibake_is_found_and_repaired(damaged, evidence, repaired):
    assert _mojibake(damaged) == [(evidence, repaired)]


@pytest.mark.parametrize("text", [
    "Nguyễn and Hồ Chí Minh City, Timișoara, Țara, nǐ hǎo and Škoda are spelled right.",
    "«Vamos allá»… dijo el fundador, y se fue.",  # a real closing guillemet and an ellipsis
    "«Está allá» — dijo.",
    "THE CAFÉ’s MENU and JOSÉ’s slides",  # an all-caps possessive
    "Å i Lofoten is a village at the end of the road.",
    "Ærø, Château, ÇA VA and Øresund stay as written.",
])
def test_correct_text_stays_quiet(text):
    assert _mojibake(text) == []


@pytest.mark.parametrize("damaged, evidence, repaired", [
    ("Prices fell by â…“ in a year.", "â…“", "⅓"),
    ("It took 2â…” weeks.", "2â…”", "2⅔"),
    ("Final Fantasy â…¡ was the demo.", "â…¡", "Ⅱ"),
])
def test_number_forms_read_as_windows_1252_are_found(damaged, evidence, repaired):
    assert _mojibake(damaged) == [(evidence, repaired)]


def test_word_ending_in_a_circumflex_before_an_ellipsis_and_quote_stays_quiet():
    assert _mojibake("«Pentru România…” a spus el.") == []
