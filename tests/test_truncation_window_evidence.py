"""T701: a text whose last word goes on with more letters where its end recurs in another text of
the episode (an NER transcript window, the other pass's copy of a quote) was cut inside that word,
though the stub is a word ("... the entire fund" where a window reads "the entire funding round")."""

from __future__ import annotations

from tests.test_recall_extended8 import _episode, _ner, _quote
from tests.test_truncation_s10 import _truncation


def test_a_quote_whose_last_word_goes_on_in_a_transcript_window_is_cut():
    sentence = "We closed it in March and the entire funding round came from Porto, from two family offices."
    cut = "We closed it in March and the entire fund"
    whole = "We closed it in March and the entire funding round came from Porto, from two family offices"
    found, _ = _truncation([
        _episode(companies=[_ner("Porto", sentence)], quotes=[_quote(cut)]),
        _episode(companies=[_ner("Porto", sentence)], quotes=[_quote(whole)]),
        # a short end recurs by chance: no evidence ("the entire fund" alone)
        _episode(companies=[_ner("Porto", sentence)], quotes=[_quote("They invested the entire fund")]),
    ])
    assert [(f.rule, f.field, f.evidence) for f in found[0]] == [("T701", "quotes[0].text", "fund")], found[0]
    assert "funding" in found[0][0].message
    assert found[1] == [] and found[2] == []


def test_the_other_pass_copy_of_a_quote_shows_the_cut():
    found, _ = _truncation([_episode(quotes=[
        _quote("Our biggest customer moved every workload to the new region in a single weekend"),
        _quote("Our biggest customer moved every workload to the new region in a sing"),
    ])])
    assert [(f.field, f.evidence) for f in found[0]] == [("quotes[1].text", "sing")]
