"""D602's fast paths give exactly what the plain definitions give: the words of all texts at once
(`_flat_words`) are `_normalise`'s, the numpy shingle counts (with hash collisions, in chunks,
with texts that fall back to all their shingles) find the pairs of an all-pairs comparison, and
the LCS bound that skips partial_ratio never lies below it."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from audit.checks import duplicate
from audit.checks.duplicate import (_anchor_shingles, _flat_words, _normalise, _partial_ratio_bound, _words,
                                    near_duplicate_pairs)
from audit.engine import discover
from audit.episode import load_episode
from audit.ruleset import Knowledge
from audit.tables import Batch

from tests.conftest import ROOT, generated_corpus
from tests.test_near_duplicate_pairs import _reference

# words of every kind the normalisation meets: case, digits, punctuation, non-ASCII letters (some
# lowercase to ASCII: the Kelvin sign, the dotted capital I), brackets, NULs, long runs
ODD = ["The", "data", "is", "RUNNING", "out", "so", "we", "open", "it", "3.5", "Llama-3", "don't",
       "café", "naïve", "İstanbul", "\u212aelvin", "ΣΟΦΙΑ", "—", "“quoted”", "[...]", "[laughs]",
       "[unclosed", "closed]", "a\0b", "\0", "\t", "\n", "ab", "abc", "abcdef"]


def _text(rng: random.Random, vocab, n: int) -> str:
    return " ".join(rng.choice(vocab) for _ in range(n))


@given(st.lists(st.text(alphabet=st.sampled_from(
    list("aZ09 ,.-'[]\0\t\nİΣσς\u212aé—") + ["\ud800", "x"]), max_size=40), max_size=8))
@settings(max_examples=400, deadline=None)
def test_flat_words_are_normalise(texts):
    parts = _flat_words(texts).decode("ascii").split("\0")
    if texts:
        assert [p.rstrip(" ") for p in parts] == [_normalise(t) for t in texts]


def test_flat_words_of_odd_words():
    rng = random.Random(5)
    for _ in range(300):
        texts = [_text(rng, ODD, rng.randint(0, 12)) for _ in range(rng.randint(1, 6))]
        parts = _flat_words(texts).decode("ascii").split("\0")
        assert [p.rstrip(" ") for p in parts] == [_normalise(t) for t in texts]


def _repeating_rows(rng: random.Random, vocab, episodes: int = 3) -> list[tuple]:
    """Texts of a few episodes, many of them repeats of others (whole, cut, extended, edited,
    or a passage twice in one text), some short; rows of the episodes interleaved."""
    rows = []
    for ep in range(episodes):
        texts: list[str] = []
        for _ in range(rng.randint(2, 20)):
            r = rng.random()
            if texts and r < 0.45:
                base = rng.choice(texts).split()
                cut = base[rng.randint(0, len(base) // 3):]
                if rng.random() < 0.5:
                    cut = cut + _text(rng, vocab, rng.randint(0, 8)).split()
                if cut and rng.random() < 0.3:
                    cut[rng.randrange(len(cut))] = rng.choice(vocab)
                text = " ".join(cut) + rng.choice(("", ".", " [...]"))
            elif texts and r < 0.55:
                text = rng.choice(texts) + " " + rng.choice(texts)
            else:
                text = _text(rng, vocab, rng.choice((rng.randint(0, 9), rng.randint(5, 60))))
            texts.append(text)
        rows += [(ep, i, t) for i, t in enumerate(texts)]
    rng.shuffle(rows)  # episodes interleaved; within one, rows in order after a stable sort
    rows.sort(key=lambda r: (r[1] % 3, r[0], r[1]) if rng.random() < 0.5 else (r[0], r[1]))
    rows.insert(rng.randrange(len(rows) + 1), (0, 999, None))
    return rows


VOCABS = [
    ODD,
    "the data model is running out of publicly available text so we open source it".split(),
    ["a", "b", "abc", "abcdef", "xyz", "q"],  # few words: many repeats, many short anchors
]


@pytest.mark.parametrize("min_words", [0, 1, 4, 7])
def test_pairs_equal_an_all_pairs_comparison_on_odd_texts(min_words):
    rng = random.Random(100 + min_words)
    found = 0
    for k in range(60):
        rows = _repeating_rows(rng, VOCABS[k % len(VOCABS)])
        expected = _reference(rows, min_words=min_words)
        assert sorted(near_duplicate_pairs(rows, min_words=min_words)) == expected
        found += len(expected)
    assert found > 100  # the texts do repeat


@pytest.mark.parametrize("share, score", [(0.0, 0.0), (0.34, 90.0), (0.8, 97.0), (1.0, 100.0)])
def test_pairs_with_other_thresholds(share, score):
    rng = random.Random(int(share * 10 + score))
    for k in range(30):
        rows = _repeating_rows(rng, VOCABS[k % len(VOCABS)])
        assert (sorted(near_duplicate_pairs(rows, min_share=share, min_score=score))
                == _reference(rows, min_share=share, min_score=score))


@pytest.mark.parametrize("numbers", ["length", "constant", "episode-blind"])
def test_colliding_numbers_change_no_count(monkeypatch, numbers):
    """Shingle numbers that collide (on purpose) send the counting down the plain path."""
    plain = duplicate._shingle_numbers
    fake = {
        "length": lambda flat, s, e, ep: (e - s).astype(np.uint64),
        "constant": lambda flat, s, e, ep: np.zeros(len(s), np.uint64),
        "episode-blind": lambda flat, s, e, ep: plain(flat, s, e, np.zeros_like(ep)),
    }[numbers]
    calls = []
    monkeypatch.setattr(duplicate, "_shingle_numbers", lambda *a: calls.append(1) or fake(*a))
    rng = random.Random(9)
    for k in range(40):
        rows = _repeating_rows(rng, VOCABS[k % len(VOCABS)])
        assert sorted(near_duplicate_pairs(rows)) == _reference(rows)
        texts, episode = [r[2] for r in rows if r[2] is not None], [r[0] for r in rows if r[2] is not None]
        assert _counts(texts, episode) == _reference_counts(texts, episode)
    assert calls


def test_chunks_of_episodes(monkeypatch):
    monkeypatch.setattr(duplicate, "_CHUNK", 300)
    rng = random.Random(13)
    for k in range(40):
        rows = _repeating_rows(rng, VOCABS[k % len(VOCABS)], episodes=6)
        assert sorted(near_duplicate_pairs(rows)) == _reference(rows)


def _counts(texts, episode, min_words=4):
    """`_shared_shingles`' counts as {(a, b): n} and the sizes of the texts taking part."""
    first, second, n, sizes, _ = duplicate._shared_shingles(texts, episode, min_words)
    kept = [t for t, text in enumerate(texts) if len(_words(text)) >= min_words]
    return dict(zip(zip(first.tolist(), second.tolist()), n.tolist())), {t: int(sizes[t]) for t in kept}


def _reference_counts(texts, episode, min_words=4):
    """The same from `_anchor_shingles` of every text, every pair of one episode intersected."""
    sets = {t: _anchor_shingles(_words(text), len(text)) for t, text in enumerate(texts)
            if len(_words(text)) >= min_words}
    shared = {(a, b): len(sets[a] & sets[b]) for a in sets for b in sets
              if a < b and episode[a] == episode[b] and sets[a] & sets[b]}
    return shared, {t: len(sh) for t, sh in sets.items()}


def test_counts_with_words_of_thousands_of_letters():
    """`_anchor_shingles` tests long words for a multiple of 3 another way; the counts agree."""
    rng = random.Random(4)
    vocab = ["x" * 2999, "y" * 3000, "z" * 3001, "w" * 3003, "the", "data", "is", "a"]
    for _ in range(100):
        texts: list[str] = []
        for _ in range(12):
            if texts and rng.random() < 0.5:
                w = rng.choice(texts).split()
                text = " ".join(w[rng.randint(0, 2):] + [rng.choice(vocab)])
            else:
                text = _text(rng, vocab, rng.randint(3, 12))
            texts.append(text)
        episode = [rng.randint(0, 1) for _ in texts]
        assert _counts(texts, episode) == _reference_counts(texts, episode)


@pytest.mark.parametrize("min_words", [0, 4, 6])
def test_counts_equal_set_intersections(min_words):
    rng = random.Random(min_words)
    for k in range(100):
        rows = [r for r in _repeating_rows(rng, VOCABS[k % len(VOCABS)]) if r[2] is not None]
        texts, episode = [r[2] for r in rows], [r[0] for r in rows]
        assert _counts(texts, episode, min_words) == _reference_counts(texts, episode, min_words)


@given(st.text(alphabet="abc d", max_size=150), st.text(alphabet="abc d", max_size=300))
@settings(max_examples=500, deadline=None)
def test_partial_ratio_bound_is_an_upper_bound(a, b):
    short, longer = (a, b) if len(a) <= len(b) else (b, a)
    assume(short)  # (an empty text is inside any other: D602 never asks)
    assert _partial_ratio_bound(short, longer) >= fuzz.partial_ratio(short, longer) - 1e-9


def test_partial_ratio_bound_on_edited_long_texts():
    rng = random.Random(2)
    words = "the data model is running out of publicly available text so we open source it".split()
    for _ in range(300):
        a = _text(rng, words, rng.randint(10, 60))
        b = a.split()
        for _ in range(rng.randint(0, 12)):
            b[rng.randrange(len(b))] = rng.choice(words)
        b = _text(rng, words, rng.randint(0, 20)) + " " + " ".join(b)
        short, longer = (a, b) if len(a) <= len(b) else (b, a)
        assert _partial_ratio_bound(short, longer) >= fuzz.partial_ratio(short, longer) - 1e-9


def test_pairs_of_real_and_generated_episodes():
    corpus = generated_corpus(30, random.Random(17).randint(0, 10**6))
    files = discover([ROOT / "examples", corpus], ["*.md", "*.txt"], [])
    batch = Batch([load_episode(p, d) for p, d in files], Knowledge.load([]))
    rows = batch.rows("quotes", "ep", "index", "text")
    assert len(rows) > 1500
    expected = _reference(rows)
    assert len(expected) > 100
    assert sorted(near_duplicate_pairs(rows)) == expected
