"""Issue 6, session trunc14: T701 on spoken quotes cut at a random word boundary, read by what the
last clause lacks -- a comma after a number, a focus adverb or 'not' alone after a comma, a
preposition in a subject relative ("founders who remind the partner of"), a noun phrase alone after
", so" / ", but" / ", and" / ";", a compound adjective after a determiner ("a three-week"), an
auxiliary after a noun and its subject relative ("the people who stayed were"), 'whose' and its
noun only, a sentence that is only a subordinate clause ("When we started"), 'be' and a wh-word
after a noun phrase, a subject relative whose verb lost its object -- and T702 on extractions that
open with an adjunct and lost the main clause, tear a phrase apart, or start after a content word.
Each cut case fails on the commit before trunc14; the whole cases are quiet.
"""

import pytest

from tests.conftest import audit_text, episode_text, findings_by_item

CUT = [
    # a comma after a number: the clause goes on
    "When we first raised money back in 2019,",
    # a focus adverb or 'not' alone after a comma
    "We answer every ticket within an hour, even",
    "She wanted the product to feel calm, not",
    # a preposition in a subject relative: no gap for it
    "We only back founders who remind us of",
    "The engineers who stayed were the ones who cared about",
    # a noun phrase alone after ', so' / ', but' / ', and' (after a clause) / ';'
    "We dropped the free tier last spring, so our margins",
    "The launch went better than anyone expected, and the real surprise",
    "Nobody on the team had sold software before; every deal",
    "Most of our users are students, but half",
    "The model handles French and German well, but Korean",
    # a compound adjective after a determiner
    "Every new hire gets a two-week",
    "What investors really love is a usage-based",
    # an auxiliary after a noun and its subject relative
    "After the reorg the managers who left were",
    # 'whose' and its noun, without the verb
    "We partnered with a hospital whose doctors",
    # ', so you', 'another that', 'for being'
    "The setup takes about ten minutes, so you",
    "There's one camp that wants regulation and another that",
    "Our users thanked us for being",
    # a sentence that is only a subordinate clause
    "When we first met",
    "Since I joined the company",
    # 'be' and a wh-word after a noun phrase
    "The strangest part of the whole process was how",
    # a subject relative whose verb lost its object
    "We run it on a cluster in Oregon that uses",
]

WHOLE = [
    "We support Python, Rust, and the JVM",
    "It's not about the model, but the data",
    "We tried everything, but nothing worked",
    "We raised two rounds, and a half",
    "Nobody expected it, not even us",
    "We ship every week, even on holidays",
    "It runs on a single GPU, whose memory is about eighty gigabytes",
    "We met a founder whose startup had just failed",
    "We went remote-first",
    "We offer a three-week trial",
    "We hired a co-founder",
    "It was a one-off",
    "That's for the time being",
    "I hope not",
    "The people who built this are amazing",
    "Those who can, will",
    "I wonder where the people who stayed were",
    "If it works it works",
    "If you know you know",
    "When we launched the numbers exploded",
    "Why did we build it? Because we could",
    "If you want to be",
    "The question is why",
    "That was how we learned",
    "What surprised me was how fast people adopted it",
    "Whatever that means",
    "I don't know what that means",
    "It's a product that works",
    "We launched in the US, and the response was incredible",
    "It was expensive, but worth it",
    "Our investors are Sequoia, Accel, and others",
    "We built it in a week, our first real product",
]


@pytest.mark.parametrize("text", CUT)
def test_a_quote_cut_where_its_clause_lacks_what_its_head_requires_is_flagged(text):
    assert findings_by_item([text], "truncation").get(0), text


def test_whole_spoken_quotes_ending_on_the_same_kinds_of_word_are_quiet():
    found = findings_by_item(WHOLE, "truncation")
    assert {WHOLE[i]: [f.message for f in fs] for i, fs in found.items()} == {}


def _extraction_cut(text: str, extracted: str) -> list:
    fm = ("title: x\ninsights:\n"
          f"- text: {text!r}\n  extracted: {extracted!r}\n")
    return [f for f in audit_text(episode_text(fm), select=["T702"]) if f.field == "insights[0].extracted"]


EXTRACTION_CUT = [
    # an adjunct without the main clause of its text
    ("Because inference is cheap now, teams should log every call.", "Because inference is cheap now"),
    ("Despite raising huge rounds, most labs still lose money on every query.", "Despite raising huge rounds"),
    ("Robots learn faster in simulation, so hardware teams should invest there.", "so hardware teams should invest there"),
    # a phrase torn apart
    ("Cheaper storage will change data retention policies at most banks.", "Cheaper storage will change data"),
    # a piece that runs to its text's end but starts after a content word
    ("Good teams quietly retire features that nobody uses.", "features that nobody uses"),
]

EXTRACTION_WHOLE = [
    ("I think the real bottleneck is memory bandwidth.", "the real bottleneck is memory bandwidth"),
    ("We learned that customers pay for outcomes rather than features.", "customers pay for outcomes"),
    ("The guest says open models will catch up within a year.", "open models will catch up"),
    ("The company grew revenue fivefold last year.", "The company grew revenue fivefold"),
    ("Voice agents are replacing call centers faster than expected.", "Voice agents are replacing call centers"),
    ("Companies adopt AI faster when executives use it themselves.", "Companies adopt AI faster"),
    ("Small teams ship better products together.", "Small teams ship better products"),
    ("Our team believes distribution beats product early on.", "distribution beats product early on"),
    ("If you want reliable agents, you need good evals.", "you need good evals"),
    ("Because models are commoditizing, value shifts to the application layer.", "value shifts to the application layer"),
]


@pytest.mark.parametrize("text,extracted", EXTRACTION_CUT)
def test_an_extraction_that_no_longer_stands_alone_is_flagged(text, extracted):
    assert _extraction_cut(text, extracted), extracted


@pytest.mark.parametrize("text,extracted", EXTRACTION_WHOLE)
def test_a_standalone_extraction_of_its_text_is_quiet(text, extracted):
    assert _extraction_cut(text, extracted) == []
