"""`wordlist.sorted_words`: wordfreq's top words of letters, sorted, kept in the cache folder.

Building the 200,000-word list (decode, filter, sort) was a fifth of a fresh process's first
episode; a later process reads it from a text file. The file is used only when it was made from
the same data file and is whole; anything else rebuilds it, and a cache that cannot be written
only costs time.
"""

from __future__ import annotations

import pytest
from wordfreq import top_n_list

from audit import wordlist
from audit.checks import clause_end


def expected(n: int, ascii_only: bool) -> tuple[str, ...]:
    return tuple(sorted(w for w in top_n_list("en", n) if w.isalpha() and (w.isascii() or not ascii_only)))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache folder of this test's own, and no list remembered in this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("AUDIT_REGEX_CACHE", raising=False)
    wordlist.sorted_words.cache_clear()
    yield tmp_path / "audit"
    wordlist.sorted_words.cache_clear()


def built_again(monkeypatch) -> list[int]:
    """Count the calls that build a list from wordfreq's data (instead of reading the file)."""
    calls: list[int] = []
    real = wordlist.top_words

    def counting(n):
        calls.append(n)
        return real(n)

    monkeypatch.setattr(wordlist, "top_words", counting)
    return calls


@pytest.mark.parametrize("n, ascii_only", [(40000, False), (200000, True), (3000, False)])
def test_the_list_is_wordfreqs_and_a_new_process_reads_it_from_the_file(cache, monkeypatch, n, ascii_only):
    words = tuple(wordlist.sorted_words(n, ascii_only))
    assert words == expected(n, ascii_only)
    files = list(cache.glob("words-*.txt"))
    assert len(files) == 1 and files[0].read_text(encoding="utf-8").startswith("audit sorted_words 1 ")
    wordlist.sorted_words.cache_clear()  # as a new process
    calls = built_again(monkeypatch)
    assert tuple(wordlist.sorted_words(n, ascii_only)) == words
    assert calls == []


def test_the_checks_lists_are_these(cache):
    clause_end._common_words.cache_clear()
    clause_end._rare_words.cache_clear()
    try:
        assert clause_end._common_words() == expected(40000, False)
        assert tuple(clause_end._rare_words()) == expected(clause_end._RARE_WORDS, True)
        assert clause_end.is_word_start("alignm") and not clause_end.is_word_start("zqxv")
        assert clause_end.unlisted_word_start("kuberne")  # "runs on Kuberne": Kubernetes cut short
    finally:
        clause_end._common_words.cache_clear()
        clause_end._rare_words.cache_clear()


def test_a_file_made_from_another_data_file_is_not_read(cache, monkeypatch):
    wordlist.sorted_words(3000)
    path = cache / "words-3000.txt"
    text = path.read_text(encoding="utf-8")
    header, _, rest = text.partition("\n")
    fields = header.split(" ")
    fields[3] = str(int(fields[3]) + 1)  # the data file's size: another wordfreq release
    path.write_text(" ".join(fields) + "\nzzz\n" + rest, encoding="utf-8")
    wordlist.sorted_words.cache_clear()
    calls = built_again(monkeypatch)
    assert tuple(wordlist.sorted_words(3000)) == expected(3000, False)
    assert calls == [3000]
    assert path.read_text(encoding="utf-8") == text  # written again, from this data file


def test_a_damaged_file_is_not_read(cache, monkeypatch):
    wordlist.sorted_words(3000)
    path = cache / "words-3000.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")  # cut short
    wordlist.sorted_words.cache_clear()
    calls = built_again(monkeypatch)
    assert tuple(wordlist.sorted_words(3000)) == expected(3000, False)
    assert calls == [3000]
    assert path.read_text(encoding="utf-8") == text
    path.write_bytes(b"\xff\xfe" + text.encode("utf-8"))  # not UTF-8 at all
    wordlist.sorted_words.cache_clear()
    assert tuple(wordlist.sorted_words(3000)) == expected(3000, False)
    assert calls == [3000, 3000]


def test_a_cache_folder_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # the folder would be a-file/audit
    wordlist.sorted_words.cache_clear()
    try:
        assert tuple(wordlist.sorted_words(3000)) == expected(3000, False)
    finally:
        wordlist.sorted_words.cache_clear()
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_no_file_when_the_cache_is_off(cache, monkeypatch):
    monkeypatch.setenv("AUDIT_REGEX_CACHE", "0")
    assert tuple(wordlist.sorted_words(3000)) == expected(3000, False)
    assert not cache.exists() or not list(cache.glob("words-*"))


def test_the_list_is_one_string_and_answers_like_a_tuple_of_words():
    """`SortedWords` keeps the words as one string: indexing, slicing, bisection and prefix
    look-ups answer as a tuple of the same words would, non-ASCII words included."""
    import sys
    from bisect import bisect_left

    words = tuple(sorted(["alignment", "align", "aligned", "café", "cafés", "zebra", "über", "a"]))
    kept = wordlist.SortedWords("\n".join(words))
    assert len(kept) == len(words) and tuple(kept) == words and list(iter(kept)) == list(words)
    assert [kept[i] for i in range(-len(words), len(words))] == list(words + words)
    assert kept[2:5] == words[2:5] and kept[::-1] == words[::-1]
    with pytest.raises(IndexError):
        kept[len(words)]
    for probe in ("", "a", "al", "align", "alignm", "caf", "café", "b", "zz", "ü", "über"):
        assert bisect_left(kept, probe) == bisect_left(words, probe)
        assert list(kept.starting_with(probe)) == [w for w in words if w.startswith(probe)]
    empty = wordlist.SortedWords("")
    assert len(empty) == 0 and tuple(empty) == () and list(empty.starting_with("a")) == []
    # the point of it: far less memory than a tuple of the words
    rare = wordlist.sorted_words(200000, ascii_only=True)
    as_tuple = tuple(rare)
    held = sys.getsizeof(rare._data) + sys.getsizeof(rare._starts)
    assert held * 3 < sys.getsizeof(as_tuple) + sum(map(sys.getsizeof, as_tuple))
