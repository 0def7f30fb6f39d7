"""Duplicate quotes, session 21: a quote of fewer words than a shingle (four) that is one whole
sentence of another quote of the episode is found (D602), though no shingle of the longer quote
is its tuple of words; four words that stand inside a longer sentence, or another short sentence,
are not."""

from __future__ import annotations

import json

from tests.conftest import audit_text, episode_text, findings_by_item


def _d602(texts: list[str]) -> dict[int, list[str]]:
    return {i: [f.message for f in fs] for i, fs in findings_by_item(texts, "duplicate").items()}


def test_a_short_quote_that_is_a_sentence_of_another():
    found = _d602(["Latency is the feature. Everything else is a nice-to-have for our users.",
                   "Latency is the feature."])
    assert list(found) == [1] and "is inside quotes[0]" in found[1][0], found


def test_the_short_quote_may_come_first():
    found = _d602(["Distribution beats product, usually.",
                   "We learned it the hard way. Distribution beats product, usually. Then we hired sales."])
    assert list(found) == [1] and "contains quotes[0]" in found[1][0], found


def test_four_words_inside_a_longer_sentence_are_no_duplicate():
    assert _d602(["I think it was really hard for the whole team that year.", "It was really hard."]) == {}


def test_another_short_sentence_is_no_duplicate():
    assert _d602(["Latency is the feature. Everything else is a nice-to-have for our users.",
                  "Accuracy is the feature."]) == {}


def _d601(names: list[str]) -> list[str]:
    fm = "title: x\nsummary: x\ncompanies:\n" + "".join(
        f"- {{name: {json.dumps(n)}, category: tech, confidence: high, context: x}}\n" for n in names)
    return [f.message for f in audit_text(episode_text(fm)) if f.rule == "D601"]


def test_an_acronym_duplicates_the_name_it_abbreviates():
    found = _d601(["Associated Press", "Reuters", "AP"])
    assert found == ["'AP' duplicates 'Associated Press' (companies[0])"], found
    found = _d601(["TSMC", "Taiwan Semiconductor Manufacturing Company"])
    assert len(found) == 1 and "duplicates" in found[0], found


def test_an_acronym_of_two_names_or_of_none_stays():
    assert _d601(["AP", "Reuters", "Bloomberg"]) == []
    assert _d601(["AP", "Associated Press", "Applied Physics"]) == []


def test_a_legal_form_is_no_misspelling():
    found = _d601(["Waymo", "Waymo LLC"])
    assert found == ["'Waymo LLC' duplicates 'Waymo' (companies[0])"], found
