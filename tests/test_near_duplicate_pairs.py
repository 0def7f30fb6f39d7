"""near_duplicate_pairs (D602) finds exactly the pairs a plain all-pairs comparison finds: the
inverted shingle index and the substring shortcut change the cost, not the answer."""

from __future__ import annotations

import random
from itertools import combinations

from rapidfuzz import fuzz

from audit.checks.duplicate import _anchor_shingles, _words, near_duplicate_pairs

WORDS = ("the data model is running out of publicly available text so we open source it and "
         "then ask what it can do for people who build with agents every day").split()


def _reference(rows, min_share=0.34, min_score=90.0, min_words=4):
    """Every pair of texts of one episode compared directly."""
    texts = [(ep, index, _words(text), len(text)) for ep, index, text in rows
             if isinstance(text, str) and len(_words(text)) >= min_words]
    out = []
    for (ep_a, i, w_a, n_a), (ep_b, j, w_b, n_b) in combinations(texts, 2):
        if ep_a != ep_b:
            continue
        sh_a, sh_b = _anchor_shingles(w_a, n_a), _anchor_shingles(w_b, n_b)
        shared = len(sh_a & sh_b)
        if not shared or shared < min_share * min(len(sh_a), len(sh_b)):
            continue
        a, b = " ".join(w_a), " ".join(w_b)
        short, longer = (a, b) if len(a) <= len(b) else (b, a)
        score = fuzz.partial_ratio(short, longer, score_cutoff=min_score)
        if score:
            out.append((ep_a, min(i, j), max(i, j), score))
    return sorted(out)


def _sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def test_pairs_equal_an_all_pairs_comparison():
    rng = random.Random(7)
    for _ in range(40):
        rows = []
        for ep in range(3):
            texts = []
            for _ in range(rng.randint(2, 25)):
                if texts and rng.random() < 0.4:  # a repeat: whole, cut, extended or edited
                    base = rng.choice(texts).split()
                    cut = base[rng.randint(0, len(base) // 3):]
                    if rng.random() < 0.5:
                        cut = cut + _sentence(rng, rng.randint(0, 8)).split()
                    if cut and rng.random() < 0.3:
                        cut[rng.randrange(len(cut))] = rng.choice(WORDS)
                    text = " ".join(cut) + rng.choice(("", ".", " [...]"))
                else:
                    text = _sentence(rng, rng.randint(1, 60))
                texts.append(text)
            rows += [(ep, i, t) for i, t in enumerate(texts)]
        rows.insert(rng.randrange(len(rows)), (0, 99, None))
        assert sorted(near_duplicate_pairs(rows)) == _reference(rows)


def test_anchor_shingles_are_the_shingles_starting_at_anchor_words():
    rng = random.Random(3)
    vocab = ["a", "ab", "abc", "abcd", "abcdef", "x" * 9, "yy"]
    for _ in range(5000):
        w = [rng.choice(vocab) for _ in range(rng.randint(0, 20))]
        size = rng.choice((20, 999, 1000, 4000))  # both ways of testing a length for a multiple of 3
        every = {tuple(w[i:i + 5]) for i in range(len(w) - 4)}
        anchored = {tuple(w[i:i + 5]) for i in range(len(w) - 4) if len(w[i]) % 3 == 0}
        expected = {tuple(w)} if len(w) < 5 else anchored if len(anchored) >= 2 else every
        assert _anchor_shingles(w, size) == expected, w
