"""audit.wordlist gives wordfreq's own answers: `zipf` is `zipf_frequency(word, "en")`,
`at_least(word, z)` is `zipf_frequency(word, "en") >= z` and `top_words` is `top_n_list("en", n)`,
over the whole English list and beyond it."""

from __future__ import annotations

import random
import re

import pytest
from wordfreq import iter_wordlist, top_n_list, zipf_frequency

from audit import wordlist
from audit.checks.misspelling import COMMON_ZIPF, RARE_ZIPF, WORDLIKE_ZIPF

READER = wordlist._reader  # the cached function itself (a test may replace the module's name)
ODD = ["Llama", "GPT-4o", "o1", "Meta's", "don't", "2024", "café", "", " ", "naïve", "x-ai", "a.i."]


@pytest.fixture(scope="module")
def words() -> list[str]:
    """Every listed word of lowercase ASCII letters (the fast path's), then 2,000 unlisted ones."""
    listed = [w for w in iter_wordlist("en") if re.fullmatch(r"[a-z]+", w)]
    assert len(listed) > 100_000
    rng = random.Random(3)
    return listed + ["".join(rng.choice("qxzjkvw") for _ in range(rng.randint(3, 12))) for _ in range(2000)]


@pytest.fixture
def fresh_reader():
    """A reader that has read nothing yet (each test sees what a new process reads)."""
    READER.cache_clear()
    yield
    READER.cache_clear()


def test_zipf_of_every_listed_word_and_of_unlisted_ones(words, fresh_reader):
    for w in words + ODD:
        assert wordlist.zipf(w) == zipf_frequency(w, "en"), w
    assert wordlist._reader().complete  # the data file was read (the fast path is what was tested)
    assert len({wordlist.zipf(w) for w in ("the", "llama", words[-1])}) == 3


@pytest.mark.parametrize("z", [COMMON_ZIPF, RARE_ZIPF, WORDLIKE_ZIPF, 0.0, 1.01, 3.0, 6.5, 9.0])
def test_at_least_a_threshold_reads_only_the_buckets_above_it(words, fresh_reader, z):
    sample = words[::7] + words[-2000:] + ODD  # every 7th listed word, all the unlisted ones
    for w in sample:
        assert wordlist.at_least(w, z) == (zipf_frequency(w, "en") >= z), (w, z)
    reader = wordlist._reader()
    if RARE_ZIPF <= z <= COMMON_ZIPF:
        assert 0 < len(reader.buckets) < 750 and not reader.complete, len(reader.buckets)
    # after more of the list was read (zipf reads it all), the answers stay the same
    for w in sample[:5000:3]:
        wordlist.zipf(w)
        assert wordlist.at_least(w, z) == (zipf_frequency(w, "en") >= z), (w, z)


def test_top_words(fresh_reader):
    for n in (1, 1000, 40_000, 10**7, 1000):
        assert wordlist.top_words(n) == top_n_list("en", n), n


def test_without_the_data_file_wordfreq_answers(monkeypatch, fresh_reader):
    monkeypatch.setattr(wordlist, "_reader", lambda: None)
    assert wordlist.zipf("llama") == zipf_frequency("llama", "en")
    assert wordlist.at_least("llama", 3.0) == (zipf_frequency("llama", "en") >= 3.0)
    assert wordlist.top_words(50) == top_n_list("en", 50)


def test_a_file_damaged_part_way_leaves_the_answers_to_wordfreq(monkeypatch, fresh_reader):
    reader = wordlist._reader()
    reader.read_to(10)

    class Truncated:
        def unpack(self):
            raise ValueError("truncated")

    monkeypatch.setattr(reader, "_unpacker", Truncated())
    monkeypatch.setattr(wordlist, "_failed", False)
    assert wordlist.at_least("llama", RARE_ZIPF) == (zipf_frequency("llama", "en") >= RARE_ZIPF)
    assert wordlist._failed
    assert wordlist.zipf("lama") == zipf_frequency("lama", "en")
    assert wordlist.top_words(3000) == top_n_list("en", 3000)


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork")
def test_readers_forked_after_a_partial_read_go_on_independently(fresh_reader):
    """Workers fork after the first file: each must read on from its own position in the list."""
    import os

    words = ["the", "llama", "lama", "zyzzyva", "qwen"]
    expected = {w: zipf_frequency(w, "en") for w in words}
    wordlist.at_least("the", COMMON_ZIPF)  # the first buckets only
    assert not wordlist._reader().complete
    children = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:  # the child reads the rest of the list while its sibling and parent do too
            ok = all(wordlist.zipf(w) == expected[w] for w in words) and not wordlist._failed
            os._exit(0 if ok else 1)
        children.append(pid)
    assert all(wordlist.zipf(w) == expected[w] for w in words) and not wordlist._failed
    assert all(os.waitpid(pid, 0)[1] == 0 for pid in children)
