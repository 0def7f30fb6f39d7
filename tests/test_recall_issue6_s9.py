"""Issue 6, session 9: recall of the duplicate and truncation families on the helper's held-out
misses. Each test puts the cases the change finds next to the near cases it must leave alone, so
each fails without the change. One episode per case, all run as one batch through the real rules.
"""

import yaml

from tests.conftest import ROOT
from tests.test_recall_extended8 import _episode, _hits, _insight, _quote


def _pair(a, b):
    return _episode(quotes=[_quote(a), _quote("Customers decide with their wallets, whatever the benchmark says"), _quote(b)])


# --- D602: an amount written two ways spoils every shingle of a short quote -----------------------
AMOUNTS_TWO_WAYS = [
    ("Churn fell 15% after the redesign", "Churn fell fifteen percent after the redesign"),
    ("Our agents closed 3 out of 5 tickets", "Our agents closed three out of five tickets"),
    ("The GPU bill came to $4M in March", "The GPU bill came to four million dollars in March"),
    ("We doubled the team to 60 people", "We doubled the team to sixty people"),
    ("Serving got 5x cheaper with quantization", "Serving got five times cheaper with quantization"),
    ("It reads 2 million documents a night", "It reads 2M documents a night"),
    ("We hired our first 8 engineers from open source", "We hired our first eight engineers from open source"),
]
OTHER_AMOUNTS = [
    ("Churn fell 15% after the redesign", "Churn fell 50% after the redesign"),
    ("Our agents closed 3 out of 5 tickets", "Our agents closed three out of ten tickets"),
    ("The GPU bill came to $4M in March", "The GPU bill came to $40M in March"),
    ("We doubled the team to 60 people", "We doubled the team to six people"),
]
# a run of words put for another one of other content words: two claims on one pattern
OTHER_WORDS = [
    ("We closed 3 million in our seed round", "We closed 3 million in our Series A"),
    ("When you zoom out, it is really all about distribution", "When you zoom out, it is really all about the data"),
]


def test_an_amount_written_another_way_in_a_short_quote_is_a_duplicate():
    texts = [_pair(a, b) for a, b in AMOUNTS_TWO_WAYS + OTHER_AMOUNTS]
    assert _hits(texts, "duplicate") == [True] * len(AMOUNTS_TWO_WAYS) + [False] * len(OTHER_AMOUNTS)


def test_a_run_of_other_content_words_is_another_claim():
    # (and the same pairs with only a spelling changed stay duplicates)
    same = [("We closed 3 million in our seed round", "We closed 3 million in our seed rund"),
            ("When you zoom out, it is really all about distribution", "When you zoom out, it is really all about Distribution.")]
    texts = [_pair(a, b) for a, b in OTHER_WORDS + same]
    assert _hits(texts, "duplicate") == [False] * len(OTHER_WORDS) + [True] * len(same)


def test_the_second_index_leaves_out_the_words_of_amounts():
    from audit.checks.duplicate import _flat_words, _without_amounts, _Words

    texts = ["Churn fell 15% after the redesign", "Nothing to see here at all", "Churn fell fifteen percent after the redesign",
             "ten percent", "3 of them"]
    held, words = _without_amounts(_Words(_flat_words(texts), len(texts)), 4)
    # (a text of amounts only, or of fewer than four words, takes no part)
    assert held.tolist() == [0, 2]
    assert words.flat.split(b"\x00") == [b"churn fell after the redesign", b"churn fell after the redesign"]


# --- T701: a quote that stops on a word that wants the next one ----------------------------------
OPEN_PHRASES = [
    "and the reviewers told us the labelers needed",  # a verb without its object after its subject
    "we looked at the logs and they basically want",
    "So the plan is that we're going to need",
    "and the platform lets analysts",  # the object of 'let' without its verb
    "what we shipped was a tiny",  # an adjective after a determiner
    "and the retrieval quality was surprisingly",  # an adverb of degree
    "it is really just the glue code around",  # a preposition after a noun
    "and legal wanted every answer to be",  # 'to be' after the object of a verb that wants another
]
WHOLE_SENTENCES = [
    "That's the feature our users wanted", "It's what every team needs", "I don't know what they want",
    "Take whatever you need", "There's a real need", "It's something we all want", "More context is needed",
    "That's the bar you have to reach", "There's a lot to take", "That's the best", "We built it on our own",
    "It is not quite", "We just played around", "We raised our Series A", "The model we use is closed",
    "we had to turn the company around", "It's not what it used to be", "That's the place to be",
]


def test_a_quote_ending_on_a_word_that_wants_the_next_is_cut():
    texts = [_episode(quotes=[_quote(t)]) for t in OPEN_PHRASES + WHOLE_SENTENCES]
    assert _hits(texts, "truncation") == [True] * len(OPEN_PHRASES) + [False] * len(WHOLE_SENTENCES)


# --- T702: an extraction that stops on a verb whose object its text goes on with -------------------
def test_an_extraction_stopping_on_a_verb_without_its_object_is_a_fragment():
    cases = [("inference prices will keep falling, which will make agents viable for small firms.",
              "inference prices will keep falling, which will make", True),
             ("teams should give analysts direct access to the warehouse.", "give analysts direct access to the warehouse", False)]
    texts = [_episode(insights=[_insight(t, x)]) for t, x, _ in cases]
    assert _hits(texts, "truncation") == [want for _, _, want in cases]


def test_the_open_phrase_word_classes_live_in_the_rule_set():
    data = yaml.safe_load((ROOT / "rules" / "truncation.yaml").read_text(encoding="utf-8"))
    for key in ("transitive_verbs", "causative_verbs", "be_forms", "clause_verbs", "attributive_adjectives",
                "adjective_prepositions", "degree_adverbs", "phrase_prepositions", "possessive_own", "object_gap_words"):
        assert data.get(key), key
