"""Session 19 (sponsor): `_sentence_around` cuts a summary's sentence where `_sentence_spans`
does, whatever white space follows the period ("Alpha beta.\\tScale AI ..." once ran the
sentence back to the start of the text)."""

from __future__ import annotations

import random

from audit.checks.sponsor import _sentence_around, _sentence_spans


def _expected(text: str, i: int) -> tuple[int, int] | None:
    for a, b in _sentence_spans(text):
        if a <= i < b:
            while a < len(text) and text[a].isspace():
                a += 1
            return a, b
    return None


def test_a_tab_after_a_period_ends_the_sentence():
    text = "Alpha beta.\tScale AI is the sponsor of this episode."
    assert _sentence_around(text, text.index("Scale")) == (12, len(text))


def test_the_sentence_around_an_offset_is_the_one_sentence_spans_cuts():
    rng = random.Random(19)
    for _ in range(3000):
        text = "".join(rng.choice("ab .!?\n\t\u00a0\r") for _ in range(rng.randint(1, 40)))
        for i, c in enumerate(text):
            if not c.isspace() and (want := _expected(text, i)) is not None:
                assert _sentence_around(text, i) == want, (text, i)
