"""Mojibake of emoji and symbols that ftfy's `fix_encoding` leaves: a byte that Windows-1252 has no
character for (0x8F of the variation selector U+FE0F, 0x9D of "❤") dropped by the decoder ("â¤ï¸"
for "❤️", "âž¡ï¸" for "➡️"), and a symbol whose pair of characters ftfy's heuristic passes ("âš¡" for
"⚡"). Each beside correct text with the same emoji, or a French or Romanian "â", that stays quiet."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _mojibake(text: str) -> list[tuple[str, str]]:
    """(evidence, replacement) of each finding on a quote written verbatim (no JSON escapes)."""
    episode = episode_text(f"title: x\nquotes:\n- text: {json.dumps(text, ensure_ascii=False)}\n")
    return [(f.evidence, f.fix.edits[0].replacement) for f in audit_text(episode, select=("U101",))]


@pytest.mark.parametrize("damaged, evidence, repaired, correct", [
    ("The demo â¤ï¸ was the highlight.", "â¤ï¸", "❤️", "The demo ❤️ was the highlight at the château."),
    ("Next step âž¡ï¸ ship it.", "âž¡ï¸", "➡️", "Next step ➡️ ship it, says the România team."),
    ("Sunny â˜€ï¸ launch day.", "â˜€ï¸", "☀️", "Sunny ☀️ launch day; le pâté était bon."),
    ("All checks âœ”ï¸ passed.", "âœ”ï¸", "✔️", "All checks ✔️ passed in the câble factory."),
    ("Fast âš¡ inference on the new chips.", "âš¡", "⚡", "Fast ⚡ inference; Vietnamese Tân and the ¤ sign are fine."),
])
def test_emoji_mojibake_is_flagged_and_correct_emoji_are_not(damaged, evidence, repaired, correct):
    assert _mojibake(damaged) == [(evidence, repaired)]
    assert _mojibake(correct) == []
