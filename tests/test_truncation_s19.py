"""Session 19 (tr19): T701 on texts cut at a word boundary that leaves a clause open, on names and
words cut to no word at all, on numbers cut inside their digits; and the whole texts of the same
shapes that must stay quiet (an object relative with its own subject, a reflexive, an elliptic
'did', a rare whole name). One episode per text, all run as one batch through the real rules; a
cut text gives one T701 on its end, a whole one no truncation finding at all. The word classes
are in rules/truncation.yaml (too_intensifiers, clause_opening_phrases, preposition_verbs,
naming_participles, reflexive_pronouns, that_verbs, clause_verbs, dangling_words).
"""

import json


from tests.test_recall_extended8 import _episode
from tests.test_truncation_s10 import _quotes, _truncation, quote_tests

CUT = [
    # an auxiliary whose subject stands before an aside set off by commas
    ("The regional carriers, to their credit, have", "have"),
    ("Our two biggest suppliers, as far as I can tell, will", "will"),
    # 'a'/'an' and an adverb, without the adjective and the noun
    ("The new scheduler turned out to be a surprisingly", "surprisingly"),
    ("Honestly the onboarding flow is a far", "far"),
    # the 'too' of degree after its intensifier
    ("We dropped the first vendor because their quotes were way too", "too"),
    # 'that' after an adjective of certainty opens a clause, so the verb after it wants its object
    ("After the audit it was obvious that the auditors wanted", "wanted"),
    # a condition with its verb, then the main clause's noun subject and auxiliary, no comma
    ("When the harvest comes in early the cooperatives can", "can"),
    # phrases that open a clause or an infinitive
    ("We moved the nightly jobs to the weekend so that", "that"),
    ("Every clinic had to hire a second nurse in order to", "to"),
    # a naming participle after a noun with 'a', after a verb or a preposition
    ("The first pilot was with a logistics firm called", "called"),
    # 'on' after the pronoun object of a verb whose 'on' is a preposition
    ("We took the open weights and pretrained them on", "on"),
    # prepositions that end no sentence
    ("The margins held up across every region except", "except"),
    ("Most of the churn happened during", "during"),
    # 'that' after an -ing verb of thinking opens a clause
    ("I kept telling the board and hoping that the product was going to be", "be"),
    # a name or word cut to no word at all that starts a listed word
    ("Our second office is in Saskatoon, and the third one is in Winnip", "Winnip"),
    ("The dashboard reads everything from Elasticse", "Elasticse"),
]

WHOLE = [
    # an elliptic 'do' or a repeated auxiliary after an aside
    "Nobody expected the regulators to sign off. The agency, to its credit, did",
    "The small banks never will. The big ones, honestly, will",
    # 'too' as 'also'; 'a' and a noun in -ly; a bit of something
    "We shipped the mobile app too",
    "It started as a side project for the family",
    "The second quarter was a bit much",
    # a condition without a new subject; an embedded 'if'
    "I honestly wonder if the regulators will",
    # a particle after a verb of phrasal use; a verb whose subject is the clause's ('then a customer called')
    "We tried it on",
    "Then one afternoon a customer called",
    # a reflexive object has its verb before it
    "The numbers speak for themselves",
    # rare whole names and words, listed or starting no listed word
    "Our first warehouse partner was Vanderlande",
    "We moved the whole team to Tallinn",
    "The packaging house we ended up with was Amkor",
    "Everyone on the floor drinks a cortado",
    "It went from 1,200 to 14,500",
]


test_cut_quote_flagged, test_whole_quote_quiet = quote_tests(CUT, WHOLE)


def _context(text: str) -> str:
    """An LLM-pass entity whose descriptive context is `text`."""
    return (f"- category: tech\n  confidence: high\n  context: {json.dumps(text)}\n  name: Acme\n"
            f"  source: llm_enhanced\n")


CONTEXTS_CUT = [
    "Logistics startup whose founders left for",
    "Payments processor mentioned as the company that acquired the",
]
CONTEXTS_WHOLE = [
    # an object relative with its own subject and verb: the relative word is the gap
    "Insurance startup whose claims pilot the guest took part in",
    "Observability vendor whose dashboards the team says they copied",
    "Database platform that the guest's team builds on",
]


def assert_contexts(cut: list[str], whole: list[str]) -> None:
    """Each entity context of `cut` gets one T701 and each of `whole` none."""
    found, _ = _truncation([_episode(companies=[_context(t)]) for t in cut + whole])
    for text, f in zip(cut, found):
        assert [x.rule for x in f] == ["T701"], (text, [(x.rule, x.message) for x in f])
    for text, f in zip(whole, found[len(cut):]):
        assert f == [], (text, [(x.rule, x.message) for x in f])


def test_contexts():
    assert_contexts(CONTEXTS_CUT, CONTEXTS_WHOLE)


def test_number_cut_inside_its_digits():
    """A quote ending on a number whose last group after a thousands comma has one or two digits."""
    found, _ = _quotes(["By the end of the season the co-op had shipped 3,1", "We now serve about 3,100"])
    assert [(f.rule, f.evidence) for f in found[0]] == [("T701", "3,1")]
    assert found[1] == []
