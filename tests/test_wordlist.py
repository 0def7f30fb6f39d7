"""audit.wordlist gives wordfreq's own answers: `zipf` is `zipf_frequency(word, "en")` and
`top_words` is `top_n_list("en", n)`, over the whole English list and beyond it."""

from __future__ import annotations

import random
import re

from wordfreq import iter_wordlist, top_n_list, zipf_frequency

from audit import wordlist


def test_zipf_of_every_listed_word_and_of_unlisted_ones():
    assert wordlist._bucket_of() is not None  # the data file was read: the fast path is tested
    words = [w for w in iter_wordlist("en") if re.fullmatch(r"[a-z]+", w)]
    assert len(words) > 100_000
    rng = random.Random(3)
    unlisted = ["".join(rng.choice("qxzjkvw") for _ in range(rng.randint(3, 12))) for _ in range(2000)]
    odd = ["Llama", "GPT-4o", "o1", "Meta's", "don't", "2024", "café", "", " ", "naïve", "x-ai", "a.i."]
    for w in words + unlisted + odd:
        assert wordlist.zipf(w) == zipf_frequency(w, "en"), w
    assert {wordlist.zipf(w) for w in ("the", "llama", "lama", unlisted[0])} == {
        zipf_frequency(w, "en") for w in ("the", "llama", "lama", unlisted[0])} and len(
        {wordlist.zipf(w) for w in ("the", "llama", unlisted[0])}) == 3


def test_top_words():
    for n in (1, 1000, 40_000, 10**7):
        assert wordlist.top_words(n) == top_n_list("en", n), n


def test_without_the_data_file_wordfreq_answers(monkeypatch):
    monkeypatch.setattr(wordlist, "_buckets", lambda: None)
    monkeypatch.setattr(wordlist, "_bucket_of", lambda: None)
    assert wordlist.zipf("llama") == zipf_frequency("llama", "en")
    assert wordlist.top_words(50) == top_n_list("en", 50)
