"""The lowercase scan reads the text in ASCII: one byte a character, "?" for every
character outside ASCII, so "’" and "–", "—", "“", "é" and a real "?" all read as "?". A place
before a "?" is kept only where the character there is a hyphen or an apostrophe ("you’re"), and
the shapes scan reads the same class string. Both equal their plain definitions."""

from __future__ import annotations

from audit.checks.misspelling import (NameMatcher, _SEP, _ascii_classes, _lowercase_matches, _shape_matches,
                                      scan_texts)
from audit.glossary import glossary
from audit.ruleset import Knowledge

M = NameMatcher(glossary(Knowledge.load([])))

TEXTS = ["you’re open‘source you?re open–source open—source “open-source” open?", "workos’ workos? workos–x",
         "mid’size mid—size super-human super’human café-open open-café 日本-open open-日本",
         "openai’s openai? chatGPT’s xAI’s “deepSeek” Open-AI’s ü-open", "open-", "’open", "you'", "?you’"]


def plain(joined: str) -> list[tuple[int, int]]:
    return [cm.span() for cm in (M.lowercase.match(joined, k) for k in range(len(joined) + 1)) if cm is not None]


def test_lowercase_matches_before_characters_outside_ascii():
    joined = _SEP.join(TEXTS)
    data, _ = _ascii_classes(joined)
    assert len(data) == len(joined)
    found = [cm.span() for cm in _lowercase_matches(joined, M, data)]
    assert found == [cm.span() for cm in _lowercase_matches(joined, M)] == plain(joined)
    words = {joined[a:b] for a, b in found}
    assert {"you’re", "open-source", "super-human", "super’human", "mid’size"} <= words
    assert not any(w.startswith(("open–", "open—", "you?", "workos?")) for w in words)


def test_shapes_read_the_shared_class_string():
    joined = _SEP.join(TEXTS)
    shared = [(hit.span(), hit.re.pattern) for hit in _shape_matches(joined, _ascii_classes(joined)[1])]
    assert shared == [(hit.span(), hit.re.pattern) for hit in _shape_matches(joined)]
    assert len(shared) >= 3


def test_scan_with_and_without_the_shared_classes():
    texts = [(t, "text") for t in TEXTS + ["Antropic and Nvidea’s “Lama” and nvidia’s chatgpt-style Gemeni—Openai?"]]
    joined = _SEP.join(t for t, _ in texts)
    alone = list(scan_texts(texts, M))
    assert list(scan_texts(texts, M, _ascii_classes(joined))) == alone
    assert len(alone) >= 4
