"""English word frequencies from wordfreq's data, without importing wordfreq on the usual path.

The first `wordfreq.zipf_frequency` call of a process imports wordfreq (langcodes, regex: 0.13 s)
and builds a dict of its 321,000 English words with a float each (0.12 s); a whole check then asks
it about a few dozen words. This module reads the same data file (wordfreq's large English list,
with the header check wordfreq applies) into a dict of word -> centibel bucket in C, and gives
wordfreq's own answer:

- `zipf(word)` is `wordfreq.zipf_frequency(word, "en")` for a word of lowercase ASCII letters
  (one token for wordfreq's tokenizer, no digits), computed with wordfreq's arithmetic; any other
  string goes to wordfreq itself;
- `top_words(n)` is `wordfreq.top_n_list("en", n)`.

Should the data file be missing or its format change, both fall back to wordfreq. tests/
test_wordlist.py holds them to wordfreq's answers over the whole list.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import re
from functools import lru_cache
from pathlib import Path

_SIMPLE = re.compile(r"[a-z]+")
_MULTI_DIGIT = re.compile(r"\d[\d.,]+")  # wordfreq.numbers.MULTI_DIGIT_RE: left out of top_n_list
_MINIMUM = 10**0 / 1e9  # zipf_frequency's default minimum, Zipf 0, as a frequency


@lru_cache(maxsize=1)
def _buckets() -> list[list[str]] | None:
    """wordfreq's list for English ("best" is the large one): bucket i holds the words of
    frequency 10 ** (-i / 100), most frequent first. None when it cannot be read as wordfreq does."""
    try:
        import msgpack  # a dependency of wordfreq

        spec = importlib.util.find_spec("wordfreq")
        path = Path(spec.origin).parent / "data" / "large_en.msgpack.gz"
        with gzip.open(path, "rb") as fh:
            data = msgpack.load(fh, raw=False)
    except Exception:  # noqa: BLE001 - anything unexpected: wordfreq's own functions decide
        return None
    header = data[0] if isinstance(data, list) and data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    return data[1:]


@lru_cache(maxsize=1)
def _bucket_of() -> dict[str, int] | None:
    buckets = _buckets()
    if buckets is None:
        return None
    index: dict[str, int] = {}
    for i, bucket in enumerate(buckets):
        index.update(dict.fromkeys(bucket, i))  # a later bucket wins, as in get_frequency_dict
    return index


def _rounded_zipf(freq: float) -> float:
    """wordfreq's last steps: at least the minimum, three significant digits, Zipf to 2 places."""
    unrounded = max(freq, _MINIMUM)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(math.log(round(unrounded, leading_zeroes + 3), 10) + 9, 2)


@lru_cache(maxsize=None)
def _bucket_zipf(i: int) -> float:
    freq = 10 ** (-i / 100)  # cB_to_freq(-i)
    return _rounded_zipf(1.0 / (0.0 + 1.0 / freq))  # one token: 1 / (1 / f), as _word_frequency sums


_UNKNOWN_ZIPF = round(math.log(_MINIMUM, 10) + 9, 2)  # a word not in the list: the minimum itself


def zipf(word: str) -> float:
    """`wordfreq.zipf_frequency(word, "en")`."""
    if _SIMPLE.fullmatch(word):
        index = _bucket_of()
        if index is not None:
            i = index.get(word)
            return _UNKNOWN_ZIPF if i is None else _bucket_zipf(i)
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def top_words(n: int) -> list[str]:
    """`wordfreq.top_n_list("en", n)`: the n most frequent words, multi-digit numbers left out."""
    buckets = _buckets()
    if buckets is None:
        from wordfreq import top_n_list

        return top_n_list("en", n)
    out: list[str] = []
    for bucket in buckets:
        for word in bucket:
            if not _MULTI_DIGIT.match(word):
                out.append(word)
                if len(out) >= n:
                    return out
    return out
