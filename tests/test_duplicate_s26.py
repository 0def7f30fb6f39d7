"""Duplicates: a quote that repeats another with a few words dropped or changed inside its
sentence (not at either end) is the same quote (D602); two statements on one pattern stay two."""

from __future__ import annotations

from tests.conftest import findings_by_item


def _d602(texts: list[str]) -> dict[int, list[str]]:
    return {i: [f.message for f in fs] for i, fs in findings_by_item(texts, "duplicate").items()}


def test_words_dropped_inside_the_sentence():
    found = _d602(["Nobody on the board wanted to discuss the pricing problem because it was awkward, but it decided the quarter",
                   "Nobody on the board wanted to discuss pricing because it was awkward, but it decided the quarter"])
    assert list(found) == [1] and "quotes[0]" in found[1][0], found
    # half the sentence gone is no "few words"
    assert _d602(["The first version shipped in March, which surprised everyone on the team, and it broke on day one",
                  "The first version shipped in March and it broke on day one"]) == {}


def test_words_dropped_in_two_places_but_no_content_word_swapped():
    found = _d602(["Every vendor we talked to last year wants a paid pilot first, and the pilots never end, they just get renewed",
                   "Every vendor we talked to wants a pilot first, and the pilots never end, they just get renewed"])
    assert list(found) == [1], found
    # a content word in place of another is another claim
    assert _d602(["Our retention doubled once the assistant started remembering what users told it last week",
                  "Our retention doubled once the assistant started forgetting what users told it last week"]) == {}
    assert _d602(["We moved the cold logs to object storage and the bill fell by a third within the quarter",
                  "We moved the hot logs to block storage and the bill fell by a third within the quarter"]) == {}
