"""English word frequencies from wordfreq's data, without importing wordfreq on the usual path.

The first `wordfreq.zipf_frequency` call of a process imports wordfreq (langcodes, regex: 0.13 s)
and builds a dict of its 321,000 English words with a float each (0.12 s); a whole check then asks
it about a few dozen words, and only whether each is above a threshold. This module reads the
same data file (wordfreq's large English list, with the header check wordfreq applies) and gives
wordfreq's own answers:

- `at_least(word, z)` is `wordfreq.zipf_frequency(word, "en") >= z`;
- `zipf(word)` is `wordfreq.zipf_frequency(word, "en")`;
- `top_words(n)` is `wordfreq.top_n_list("en", n)`;
- `sorted_words(n)` is the words of letters among `top_words(n)`, sorted (for prefix look-ups),
  kept as one string (`SortedWords`).

For a word of lowercase ASCII letters (one token for wordfreq's tokenizer, no digits) they are
computed with wordfreq's arithmetic from the word's bucket; any other string goes to wordfreq
itself. The list is stored most frequent first, a bucket per centibel, so a question about a
threshold is answered from the buckets above it: the file is decompressed and indexed only as
far as the highest threshold asked needs (Zipf 2, the rarest the rules ask about, is 95,000
words of 321,000: 0.05 s instead of 0.24 s). `zipf` reads the whole list.

Should the data file be missing or its format change, they fall back to wordfreq.

`sorted_words` costs a process 0.2-0.5 s the first time it is asked (decoding 200,000 words, then
sorting them). Its list is kept in regexcache's cache folder, a text file of a word a line under a
header naming the data file it came from (size and modification time), so later processes read it
in milliseconds; like that cache it only ever saves time (`AUDIT_REGEX_CACHE=0` turns it off).
tests/test_wordlist.py holds them to wordfreq's answers over the whole list.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import math
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
import os
from . import regexcache
from .atomic import write_text_atomic

_SIMPLE = regexcache.compile(r"[a-z]+")
_MULTI_DIGIT = regexcache.compile(r"\d[\d.,]+")  # wordfreq.numbers.MULTI_DIGIT_RE: left out of top_n_list
_MINIMUM = 10**0 / 1e9  # zipf_frequency's default minimum, Zipf 0, as a frequency


class _Buckets:
    """wordfreq's list for English ("best" is the large one), read bucket by bucket as asked:
    bucket i holds the words of frequency 10 ** (-i / 100), most frequent first.

    Each word stands in one bucket (a later one would win in wordfreq's dict; the lists hold
    none twice, and the tests would see it if one did: they compare every listed word)."""

    def __init__(self, path: Path):
        import msgpack  # a dependency of wordfreq

        # The compressed file is read whole (1.5 MB) and decompressed from memory as asked: a
        # worker forked after a partial read then goes on from its own copy, where reading on
        # from a shared file descriptor would move the other workers' position too.
        self._file = gzip.GzipFile(fileobj=io.BytesIO(path.read_bytes()), mode="rb")
        try:
            self._unpacker = msgpack.Unpacker(self._file, raw=False)
            self._left = self._unpacker.read_array_header() - 1  # the header, then the buckets
            header = self._unpacker.unpack()
        except Exception:
            self._file.close()
            raise
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            self._file.close()
            raise ValueError("not a wordfreq cB list, version 1")
        self.buckets: list[list[str]] = []
        self.index: dict[str, int] = {}  # word -> its bucket, for the buckets read so far

    @property
    def complete(self) -> bool:
        return self._left <= 0

    def read_to(self, n: int) -> None:
        """Read until `n` buckets (or all) are in."""
        while len(self.buckets) < n and self._left > 0:
            bucket = self._unpacker.unpack()
            if not isinstance(bucket, list):
                raise ValueError("a bucket is not a list")
            self.index.update(dict.fromkeys(bucket, len(self.buckets)))
            self.buckets.append(bucket)
            self._left -= 1
            if self._left == 0:
                self._file.close()

    def read_all(self) -> None:
        self.read_to(len(self.buckets) + max(self._left, 0))


@lru_cache(maxsize=1)
def _reader() -> _Buckets | None:
    """The reader of wordfreq's English list; None when it cannot be read as wordfreq does."""
    try:
        return _Buckets(_data_file())
    except Exception:  # noqa: BLE001 - anything unexpected: wordfreq's own functions decide
        return None


def _data_file() -> Path:
    spec = importlib.util.find_spec("wordfreq")
    return Path(spec.origin).parent / "data" / "large_en.msgpack.gz"


_failed = False  # reading stopped part-way (a damaged file): wordfreq answers from then on


def _read(n: int | None) -> _Buckets | None:
    """The reader with at least `n` buckets (all of them for None) in, or None."""
    global _failed
    reader = None if _failed else _reader()
    if reader is None:
        return None
    try:
        reader.read_all() if n is None else reader.read_to(n)
    except Exception:  # noqa: BLE001
        _failed = True
        return None
    return reader


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


@lru_cache(maxsize=None)
def _buckets_at_least(z: float) -> int:
    """How many buckets, from the first, have a Zipf value >= z (the value falls bucket by bucket)."""
    n = 0
    while _bucket_zipf(n) >= z and n < 10_000:
        n += 1
    return n


def at_least(word: str, z: float) -> bool:
    """`wordfreq.zipf_frequency(word, "en") >= z`, reading only the buckets at or above z."""
    if _SIMPLE.fullmatch(word):
        if z <= _UNKNOWN_ZIPF:
            return True  # every word, listed or not, has at least the minimum
        n = _buckets_at_least(z)
        reader = _read(n)
        if reader is not None:  # the first n buckets are in: the word is in one of them, or not >= z
            i = reader.index.get(word)
            return i is not None and i < n
    return zipf(word) >= z


def zipf_above(word: str, floor: float) -> float | None:
    """`zipf(word)` when it is at least `floor`, else None, reading the list only down to `floor`."""
    n = _buckets_at_least(floor)
    reader = _read(n)
    if reader is None:
        z = zipf(word)
        return z if z >= floor else None
    i = reader.index.get(word)
    return _bucket_zipf(i) if i is not None and i < n else None


def zipf(word: str) -> float:
    """`wordfreq.zipf_frequency(word, "en")`."""
    if _SIMPLE.fullmatch(word):
        reader = _read(None)
        if reader is not None:
            i = reader.index.get(word)
            return _UNKNOWN_ZIPF if i is None else _bucket_zipf(i)
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def top_words(n: int) -> list[str]:
    """`wordfreq.top_n_list("en", n)`: the n most frequent words, multi-digit numbers left out."""
    out: list[str] = []
    k = 0
    while len(out) < n:
        reader = _read(k + 1)
        if reader is None:
            from wordfreq import top_n_list

            return top_n_list("en", n)
        if k >= len(reader.buckets):
            break  # the whole list is read
        for word in reader.buckets[k]:
            if not _MULTI_DIGIT.match(word):
                out.append(word)
                if len(out) >= n:
                    break
        k += 1
    return out


_SORTED_FORMAT = "audit sorted_words 1"

# how far down wordfreq's list the look-ups of words cut short read (`sorted_words(RARE_WORD_LIST,
# ascii_only=True)` in checks/clause_end.py and checks/misspelling.py: one list, shared)
RARE_WORD_LIST = 200_000


class SortedWords(Sequence):
    """Words in sorted order, kept as one UTF-8 string and the offsets where each word starts:
    the 200,000-word list as a tuple of 183,000 `str` objects held 11 MB for the whole run, this
    holds 3 MB. Indexing gives a word (so `bisect` works on it); `starting_with(prefix)` yields
    the words that start with a prefix, which sorting made neighbours."""

    __slots__ = ("_data", "_starts")

    def __init__(self, joined: str) -> None:
        """`joined`: the words, sorted, joined by newlines (no word holds one)."""
        import numpy as np  # loaded with pandas anyway; not at import time

        data = joined.encode("utf-8") + b"\n" if joined else b""
        ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
        self._data = data
        # word i is data[starts[i]:starts[i + 1] - 1]
        self._starts = array("q", [0])
        self._starts.frombytes((ends + 1).astype(np.int64).tobytes())

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(len(self))))
        n = len(self._starts) - 1
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("word index out of range")
        return self._data[self._starts[i]: self._starts[i + 1] - 1].decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        return iter(self._data.decode("utf-8").split("\n")[:-1])

    def starting_with(self, prefix: str) -> Iterator[str]:
        """The words that start with `prefix` (itself too, when it is one), in order."""
        i = bisect_left(self, prefix)
        n = len(self)
        while i < n:
            word = self[i]
            if not word.startswith(prefix):
                return
            yield word
            i += 1


@lru_cache(maxsize=4)
def sorted_words(n: int, ascii_only: bool = False) -> SortedWords:
    """The words of letters only (`str.isalpha`; ASCII too with `ascii_only`) among `top_words(n)`,
    sorted: words sharing a prefix are neighbours, so one bisection finds them all.

    Read from the cache folder when a file there was made from the same data file; else built,
    and written there whole or not at all (a folder that cannot be written is no error).
    """
    path = _sorted_words_path(n, ascii_only)
    header = _sorted_words_header() if path is not None else None
    if header is not None:
        try:
            first, _, rest = path.read_text(encoding="utf-8").partition("\n")
        except (OSError, ValueError):
            first = rest = ""
        if first.startswith(header + " "):
            words = SortedWords(rest)
            if first == f"{header} {len(words)}":  # the count guards against a damaged file
                return words
    joined = "\n".join(sorted(w for w in top_words(n) if w.isalpha() and (w.isascii() or not ascii_only)))
    words = SortedWords(joined)
    if header is not None:
        try:
            write_text_atomic(path, f"{header} {len(words)}\n" + joined)
        except (OSError, ValueError):
            pass
    return words


def _sorted_words_path(n: int, ascii_only: bool) -> Path | None:
    folder = regexcache.cache_folder()
    return None if folder is None else folder / f"words-{n}{'-ascii' if ascii_only else ''}.txt"


def _sorted_words_header() -> str | None:
    """The first line's start for lists made from the data file as it is now; None when the data
    file cannot be found or read (wordfreq's own functions then answer, and nothing is kept)."""
    if _failed:
        return None
    try:
        st = os.stat(_data_file())
    except Exception:  # noqa: BLE001 - no data file where wordfreq keeps it
        return None
    return f"{_SORTED_FORMAT} {st.st_size} {st.st_mtime_ns}"
