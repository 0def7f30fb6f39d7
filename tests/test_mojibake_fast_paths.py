"""The mojibake rule's shortcuts give exactly what ftfy gives: `looks_bad` is ftfy's badness test,
`fix_encoding` is ftfy.fix_encoding, on ftfy's own cases and on random text made of the characters
its heuristic looks at."""

from __future__ import annotations

import json
import random

import ftfy
import pytest
from ftfy.badness import BADNESS_RE, is_bad

from audit.checks.mojibake import _BAD_WINDOW, fix_encoding, looks_bad
from tests.conftest import TESTDATA

CASES = sorted((TESTDATA / "ftfy-cases").glob("*.json"))
# the non-ASCII characters of ftfy's heuristic, C1 controls, and ASCII letters, punctuation, space
ALPHABET = sorted({c for c in BADNESS_RE.pattern if ord(c) >= 128} | {chr(i) for i in range(0x80, 0xa0)}
                  | set("aZz .,?!\n\t\xa0") | set("ab xy.Z"))


def _texts():
    for path in CASES:
        for case in json.loads(path.read_text(encoding="utf-8")):
            for text in (case["original"], case["fixed"]):
                yield text
                yield "x" * 40 + text + " y" * 20  # the damage far from both ends


def test_the_badness_window_is_derived_from_ftfys_pattern():
    assert _BAD_WINDOW is not None and 2 <= _BAD_WINDOW <= 12


@pytest.mark.parametrize("seed", range(4))
def test_looks_bad_is_ftfys_badness_test_on_random_text(seed):
    rng = random.Random(seed)
    for _ in range(20000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 30)))
        assert looks_bad(text) == is_bad(text), repr(text)


def test_looks_bad_and_fix_encoding_agree_with_ftfy_on_its_cases():
    for text in _texts():
        assert looks_bad(text) == is_bad(text), text
        assert fix_encoding(text) == ftfy.fix_encoding(text), text


@pytest.mark.parametrize("seed", range(2))
def test_fix_encoding_is_ftfys_on_random_damage(seed):
    rng = random.Random(seed)
    words = ["café", "naïve", "Meta’s", "12–18", "—", "“quoted”", "Zürich", "東京", "3×4", "5€", "plain", "text", "ok"]
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 12)):
            word = rng.choice(words)
            if rng.random() < 0.3:  # UTF-8 read as Windows-1252 (or Latin-1), once or twice
                for _ in range(rng.choice((1, 1, 2))):
                    word = word.encode("utf-8").decode(rng.choice(("sloppy-windows-1252", "latin-1")), "replace")
            parts.append(word)
        text = rng.choice((" ", "  ", "\n")).join(parts)
        assert fix_encoding(text) == ftfy.fix_encoding(text), repr(text)
        assert looks_bad(text) == is_bad(text), repr(text)


def test_without_ftfys_private_step_the_repair_is_ftfys_whole(monkeypatch):
    """Another ftfy (no `_fix_encoding_one_step_and_explain`): fix_encoding falls back to ftfy's."""
    from audit.checks import mojibake

    monkeypatch.setattr(mojibake, "_ONE_STEP", None)
    texts = list(_texts())
    assert any(ftfy.fix_encoding(t) != t for t in texts)
    for text in texts:
        assert mojibake.fix_encoding(text) == ftfy.fix_encoding(text)
