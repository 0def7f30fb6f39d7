"""The fast paths of the sponsor rules agree with the plain definitions they replace: a
marker tried only where one of its prefixes stands in a short text too, the last sentence break
before an offset found backwards with rfind, and the sentences naming a sponsor found around each
name instead of by cutting the whole text."""

from __future__ import annotations

import random
from bisect import bisect_left

from audit.checks.sponsor import (
    _BREAK_BEFORE, _break_before, _breaks_in_names, _name_pattern, _naming_spans, _search_part,
    _sentence_spans,
)
from audit.prefilter import fold
from tests.test_sponsor_speed_s22 import KNOWLEDGE, _texts


def test_a_marker_tried_from_its_prefixes_is_its_search():
    rng = random.Random(24)
    texts = list(_texts(rng, 300, length=30))
    # (a marker at the very start or end, and the characters fold() changes: İ, ſ, ı)
    texts += ["use code RADAR20", "Host Maya Lin's new show", "İ use code X", "ſponſored by Acme", "ıt", ""]
    parts = [p for p in (*KNOWLEDGE.strong_parts, *KNOWLEDGE.weak_parts) if p.prefixes is not None]
    assert len(parts) > 40
    found = 0
    for text in texts:
        folded = fold(text)
        for part in parts:
            plain = part.pattern.search(text)
            fast = _search_part(part, text, folded)
            assert (plain and plain.span()) == (fast and fast.span()), (text, part.pattern.pattern)
            found += plain is not None
    assert found > 50


def _plain_break_before(text, i):
    a = 0
    for m in _BREAK_BEFORE.finditer(text, 0, i):
        a = m.end()
    return a


def test_the_break_before_an_offset_is_the_last_match_of_the_regex():
    rng = random.Random(25)
    alphabet = ["ab", " ", ".", "!", "?", "\n", "\t", "\u2003", "\u00a0", "\x1c", "\x85", "\u2028", "3.5", "x"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        for i in range(len(text) + 1):
            assert _break_before(text, i) == _plain_break_before(text, i), (text, i)


def _plain_naming_spans(text, pattern, names):
    if _breaks_in_names(tuple(names)):
        return _sentence_spans(text)
    starts = [m.start() for m in pattern.finditer(text)]
    out = []
    for a, b in _sentence_spans(text):
        k = bisect_left(starts, a)
        if k < len(starts) and starts[k] < b:
            out.append((a, b))
    return out


def test_the_sentences_naming_a_sponsor_are_those_of_the_cut():
    rng = random.Random(26)
    # (names holding or starting with . ! ?, which a break may stand in or start at)
    names = ["Ab", "X.y", "b", ".c", "Ab Cd", "!z", "Monday.com"]
    pattern = _name_pattern(names)
    alphabet = ["Ab", "X.y", "b", ".c", " ", " ", "\n", ".", "!", "?", "x", "\t", "\u2003", "Cd", "!z", "..",
                "3.5", "Monday.com", "\n\n", ". \n"]
    for _ in range(30000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert _naming_spans(text, pattern, names) == _plain_naming_spans(text, pattern, names), text
    summary = " ".join(_texts(rng, 40, length=30))
    sponsors = _name_pattern(KNOWLEDGE.sponsors)
    assert _naming_spans(summary, sponsors, KNOWLEDGE.sponsors) == _plain_naming_spans(summary, sponsors, KNOWLEDGE.sponsors)
