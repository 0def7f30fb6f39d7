"""N201's literal gates (`_Gates`): a text's literals found word by word (remembered per
word) select the statements it is searched for; the gates only drop searches that cannot match."""

from __future__ import annotations

import random

import yaml

from audit.checks.not_mentioned import _Gates, parse_phrases
from tests.conftest import ROOT

DATA = yaml.safe_load((ROOT / "rules" / "not_mentioned.yaml").read_text(encoding="utf-8"))

# literals inside words with punctuation ("didn't", "(mentioned,"), spaced literals ("no one",
# "none of the"), a line break or a no-break space between words, case folding ("İmplied", "ſ")
EDGES = ["Not mentioned.", "(not mentioned,", "didn't mention", "didn’t mention it", "No one mentions it.",
         "no\u00a0one mentions it", "no\none mentions it", "None of the speakers names it", "nobody names it",
         "İmplied only", "only İmplied", "implicitly referenced", "Mentioned: no", "mentions=0", "Mentioned as a lab.",
         "No talk of it in the episode", "no  talk of it", "At no point is it named.", "NOT MENTIONED",
         "never ſaid aloud", "cannot be found in the transcript", "can't find it in the transcript"]


def _key(m):
    return None if m is None else (m.span(), m.group(0))


def test_gated_search_finds_what_the_joined_regex_finds_on_edge_texts():
    phrases = parse_phrases(DATA, "not_mentioned.yaml")
    rng = random.Random(24)
    texts = EDGES + [" ".join(rng.sample(EDGES, 3)) for _ in range(300)]
    found = phrases.search_statements(texts)
    assert [_key(m) for m in found] == [_key(phrases.statements.search(t)) for t in texts]
    assert sum(m is not None for m in found) > len(texts) // 2
    # the second time the words are remembered: the same answers
    assert [_key(m) for m in phrases.search_statements(texts)] == [_key(m) for m in found]


def test_words_forgotten_past_the_limit_give_the_same_answers(monkeypatch):
    phrases = parse_phrases(DATA, "not_mentioned.yaml")
    monkeypatch.setattr(_Gates, "_WORDS_MAX", 5)
    texts = EDGES * 2
    assert [_key(m) for m in phrases.search_statements(texts)] == [_key(phrases.statements.search(t)) for t in texts]
    assert len(phrases._gates.words) <= max(5, max(len(set(t.lower().split())) for t in texts))


def test_a_spaced_literal_counts_as_held_where_its_words_are():
    phrases = parse_phrases(DATA, "not_mentioned.yaml")
    phrases.search_statements(["a", "b"])
    gates = phrases._gates
    bit = gates.bit["no one"]
    assert gates.held("no one named it")[0] & bit
    assert gates.held("no\u00a0one named it")[0] & bit  # (more texts than hold it: a search, not a match)
    assert not gates.held("nobody named it")[0] & bit
