"""Session 20 (tr22): T701 on quotes cut where a clause stays open in shapes the earlier grammar
let pass -- a passive without its agent after a relative clause ("the team that built it was led
by"), a linking verb and a degree adverb ("made the answers look slightly"), an amount after a
verb of having ("the one that has the most"), 'be' and an amount before more/less ("turned out to
be a lot more"), 'not yet' after an auxiliary, 'have to be', 'has already', a subordinator of
time before 'we had', a bare 'be' and 'much', a subject and 'either', an approximation without
its number, "let's just", and numbers cut before their decimals or percent sign ("$0.", "the top
1", ", only 3"); and the whole endings of the same words that must stay quiet ("what it was
inspired by", "what matters the most", "there's a lot more", "Not yet", "me either", "the top 10")."""

from __future__ import annotations

from tests.test_recall_extended8 import _episode, _insight
from tests.test_truncation_s10 import _truncation, quote_tests
from tests.test_truncation_s19 import _context, assert_contexts

CUT = [
    ("The platform group that rewrote it last spring was managed by", "by"),
    ("Honestly the whole rollout was heavily shaped by", "by"),
    ("Once we swapped the vision encoder, the product photos started to look fairly", "fairly"),
    ("After the redesign the checkout flow felt really", "really"),
    ("The vendor we picked was the one with the fewest", "fewest"),
    ("In the end the lab that wins is the one that owns the most", "most"),
    ("Running it on our own racks turned out to be way less", "less"),
    ("The second version of the planner was a lot more", "more"),
    ("Most hospital systems in the region are not yet", "not yet"),
    ("For the insurers to sign off, every generated letter needs to be", "be"),
    ("By the time we called them back, the buyer had already", "already"),
    ("We only raised the seed round after we had", "had"),
    ("Fine-tuned checkpoints tend to be significantly", "significantly"),
    ("It's one of those calls where we either", "either"),
    ("Our gross margin right now is somewhere around", "around"),
    ("Okay, forget the roadmap, let's just", "just"),
    ("Per thousand calls the hosted version costs you $0.", "$0."),
    ("By revenue per employee they sit in the top 1", "top 1"),
    ("We onboarded nine design partners, only 2", "only 2"),
    ("The analysts told us the scheduling market is worth at least", "at least"),
    ("You can get a basic version running for under $", "$"),
    ("I showed her the raw scores, and then she said", "said"),
    ("Our investors saw the churn numbers and they were like", "like"),
    ("The point of the seed program is not only", "not only"),
    ("We put it head to head, Gemini vs", "vs"),
    ("Our two bets right now are robotics &", "&"),
    ("Per customer we were spending something like", "like"),
    ("The first training run took like", "like"),
    ("Her team had trained a so-called", "so-called"),
]

PROSE_CUT = [
    # an LLM's impact reason or summary: 'the only' without its noun, ', and what' without its clause
    "Captures the guest's view that owning the data pipeline is the only",
    "Walks through the pricing change, the churn that followed, and what",
]

WHOLE = [
    "Honestly that's the paper our whole approach was inspired by",
    "It's the vendor the startup was eventually acquired by",
    "The robots look really good",
    "I feel the same way too",
    "That's the feature customers ask about the most",
    "Which of those matters the most",
    "There is a lot more",
    "That's way more than we budgeted",
    "Not yet",
    "We're not done yet",
    "That's the way it has to be",
    "What it needs to be",
    "The reports don't need to be",
    "We were there already",
    "It's not that much",
    "It wasn't much",
    "Me either",
    "It went from fourth place to the top 10",
    "We hired 3",
    "Apple charges $0.99.",
    "We went from 8 to 1",
    "It'll take a year at least",
    "Or so they say",
    "Nobody realises how much work that is",
    "Nobody told us what it was like",
    "I don't know what it feels like",
    "The paper was called Gemini vs. GPT-4",
    "We're the only ones",
    "It is only us",
    "So what",
    "Nobody knew what the warehouse looked like",
    "You can bill them however you like",
    "We need more engineers, something like that",
    "We went fully open-source",
    "So what are you waiting for",
    "Who do we even report to",
]

test_cut_quote_flagged, test_whole_quote_quiet = quote_tests(CUT, WHOLE)


CONTEXTS_CUT = [
    # a 'whose' clause whose owned noun ends at its verb: the verb's own object is there, the
    # final preposition still wants its own
    "Cloud vendor whose discounts pushed the guest's startup into",
    "Chip maker whose supply problems forced the team toward",
]
CONTEXTS_WHOLE = [
    "Insurance startup whose claims pilot the guest took part in",
    "Consultancy whose seed round the guest invested in",
]


def test_prose_cut():
    found, _ = _truncation([_episode(companies=[_context(t)]) for t in PROSE_CUT])
    for text, f in zip(PROSE_CUT, found):
        assert [x.rule for x in f] == ["T701"], (text, [(x.rule, x.message) for x in f])


def test_contexts():
    assert_contexts(CONTEXTS_CUT, CONTEXTS_WHOLE)


# T702: a piece that opens with a conjunction, or with a preposition after its text's comma, lost
# the clause before it; the same text's own main clause stands alone
FRAGMENTS = [
    ("Most labs hoard their eval data, but the smart ones publish a subset every quarter.",
     "but the smart ones publish a subset every quarter"),
    ("Robots will be sold like software, per site licensed rather than per unit shipped.",
     "per site licensed rather than per unit shipped"),
]
STANDALONE = [
    ("Most labs hoard their eval data, but the smart ones publish a subset every quarter.",
     "the smart ones publish a subset every quarter"),
    ("Robots will be sold like software, per site licensed rather than per unit shipped.",
     "Robots will be sold like software"),
    ("In logistics, the hardest data to get is what happens at the loading dock.",
     "In logistics, the hardest data to get is what happens at the loading dock"),
]


def test_fragments_that_lost_the_clause_before_them():
    cases = FRAGMENTS + STANDALONE
    found, _ = _truncation([_episode(insights=[_insight(t, x)]) for t, x in cases])
    for (text, ex), f in zip(FRAGMENTS, found):
        assert [x.rule for x in f] == ["T702"], (ex, [(x.rule, x.message) for x in f])
    for (text, ex), f in zip(STANDALONE, found[len(FRAGMENTS):]):
        assert f == [], (ex, [(x.rule, x.message) for x in f])
