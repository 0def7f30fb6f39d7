"""Duplicate quotes, session 23: two transcriptions of one passage that differ by contractions
("don't" / "do not"), which spoil every shingle a sentence's anchors start, and a quote that
runs on past a word spelt otherwise ("defence" / "defense, which is funny ..."), are one quote
(D602); a run-on whose last word is another word stays another claim."""

from __future__ import annotations

from tests.conftest import findings_by_item


def _d602(texts: list[str]) -> dict[int, list[str]]:
    return {i: [f.message for f in fs] for i, fs in findings_by_item(texts, "duplicate").items()}


def test_contractions_spelt_out_in_one_pass_are_one_quote():
    found = _d602(["I do not think burnout comes from hours, it comes from working on things that do not matter",
                   "We hired ten people in a month and it took a year to recover from that",
                   "I don't think burnout comes from hours. It comes from working on things that don't matter."])
    assert list(found) == [2] and "quotes[0]" in found[2][0], found


def test_other_contractions_too():
    found = _d602(["They're never going to ship it before the election, and we'll be the ones who pay for that",
                   "They are never going to ship it before the election, and we will be the ones who pay for that"])
    assert list(found) == [1], found


def test_a_contraction_does_not_hide_a_negation():
    # "can't" and "can" differ by a negation: two claims, spelt out or not
    assert _d602(["You can't train a frontier model on public data alone anymore, everybody knows it",
                  "You can train a frontier model on public data alone anymore, everybody knows it"]) == {}


def test_a_quote_that_runs_on_past_a_word_spelt_otherwise():
    found = _d602(["Everybody in Silicon Valley suddenly discovered defence",
                   "Everybody in Silicon Valley suddenly discovered defense, which is funny if you remember 2018"])
    assert list(found) == [1] and "contains quotes[0]" in found[1][0], found


def test_a_run_on_that_starts_with_another_word_is_another_claim():
    assert _d602(["When you zoom out, it is really all about distribution",
                  "When you zoom out, it is really all about the data we collected in 2019"]) == {}
    assert _d602(["At the end of the day the whole market comes down to inference",
                  "At the end of the day the whole market comes down to training runs in 2026"]) == {}


def test_a_run_on_beside_a_word_of_another_first_letter_is_another_claim():
    # "Libiberty" is no spelling of "Library", nor "biconnected" of "connected"
    assert _d602(["Libiberty is distributed in the hope that it will be useful,",
                  "The GNU C Library is distributed in the hope that it will be useful,"]) == {}
    assert _d602(["libs/graph/include/boost/graph/make_connected.hpp",
                  "libs/graph/include/boost/graph/make_biconnected_planar.hpp"]) == {}
