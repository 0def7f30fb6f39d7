"""Session 21 (tr21): T701 on texts cut at a word that is a word ("... weekly us" of "users", a
name of the episode cut where its next word starts: "... at Hugging" for Hugging Face), on 'so' of
degree after 'be' or a linking verb, a comparison after "make it", "those which", "and never"; in
an LLM's prose, an auxiliary after "described as the vendor that ..." and 'to' after a tough
adjective in a relative clause. Quiet: rare short words and code words at a text's end ("wax",
"yak", "cron", "jq"), a contact relative clause in prose that strands its preposition ("the model
the team currently relies on"), "now or never", "I hope so", "it would seem so". T702 on an
extraction that stops inside a list of its text. One episode per text, all run as one batch
through the real rules; the word lists are in rules/truncation.yaml (object_pronouns,
so_degree_verbs, name_suffixes, sentence_adverbs, standalone_adverbs).
"""

import functools
import json

import pytest

from tests.test_recall_extended8 import _episode
from tests.test_truncation_s10 import _truncation, quote_tests

CUT = [
    # a rare three-letter stub that starts a far more common word
    ("The new hire came to us straight from the hos", "hos"),
    ("We spent the whole quarter on the onboarding flo", "flo"),
    # an object pronoun after an adjective or a determiner is the start of a word
    ("The app now has a little over two hundred thousand weekly us", "us"),
    # 'so' of degree after 'be' or a linking verb, without its adjective
    ("Honestly the early reviews of the beta felt so", "so"),
    ("The reason we stopped was that the bills were just so", "so"),
    # the comparative of "make it", without its adjective
    ("The board asked us to make it less", "less"),
    # 'never' after a conjunction, before the verb it negates
    ("We want the people who never sign up, never log in, and never", "never"),
    # a plural demonstrative and a relative word, without the clause
    ("The grades were higher for the students than for those who", "who"),
    # a verb of building or liking after its subject, without its object
    ("After the second outage, the team rebuilt", "rebuilt"),
    ("We put the new onboarding in front of them and the nurses loved", "loved"),
    # 'whether' and a bare subject, without its verb
    ("Every week the board kept asking us whether margins", "margins"),
]

WHOLE = [
    # rare short words and code words at the end
    "The old seals on those letters were all made of wax",
    "The fox always finds a way into the coop to get at the hen",
    "They sell wool from the yak",
    "Half of that pipeline is honestly just a cron",
    "We check the queue depth every morning with jq",
    "Every one of our frontend builds broke because of npm",
    # 'so' and 'never' that end their clause
    "It's now or never",
    "I hope so",
    "It would seem so",
    "We need to make more",
    # 'one' after a determiner is a noun; the subject of its relative clause comes after it
    "It was the one everyone used",
    "That release was the one everybody loved",
    "I promise",
    "We will ship it whether or not",
]

test_cut_quote_flagged, test_whole_quote_quiet = quote_tests(CUT, WHOLE)


def _company(name: str, context: str) -> str:
    return (f"- category: tech\n  confidence: high\n  context: {json.dumps(context)}\n  name: {json.dumps(name)}\n"
            f"  source: llm_enhanced\n")


def _quote(text: str) -> str:
    return f"- length: {len(text)}\n  relevance_score: 6\n  text: {json.dumps(text)}\n  topics: []\n"


CUT_CONTEXTS = [
    # 'to' after a tough adjective in a relative clause wants its verb
    ("Partner whose tools the guest said were cheap but difficult to", "to"),
    # "described as" is a role, no comparison that would end on its auxiliary
    ("Described as the supplier that most of the hospitals in the study were", "were"),
    # a 'to' after a verb that takes an infinitive is no stranded preposition
    ("Cited for the one checklist every new engineer is asked to", "to"),
]

WHOLE_CONTEXTS = [
    # a contact relative clause strands its preposition in prose too
    "Named as the cloud the startup mostly builds on",
    "A lab the guest once interned with",
    "Cited as the tool people actually pay for",
    "The consultancy the guest used to work for",
]


@functools.cache
def _contexts():
    texts = [t for t, _ in CUT_CONTEXTS] + WHOLE_CONTEXTS
    return _truncation([_episode(companies=[_company("Acme", t)]) for t in texts])[0]


@pytest.mark.parametrize("i", range(len(CUT_CONTEXTS)), ids=[t[-30:] for t, _ in CUT_CONTEXTS])
def test_cut_context_flagged(i):
    f = _contexts()[i]
    assert [(x.rule, x.field, x.evidence) for x in f] == [("T701", "companies[0].context", CUT_CONTEXTS[i][1])], \
        [(x.rule, x.message) for x in f]


@pytest.mark.parametrize("i", range(len(WHOLE_CONTEXTS)), ids=[t[-30:] for t in WHOLE_CONTEXTS])
def test_whole_context_quiet(i):
    f = _contexts()[len(CUT_CONTEXTS) + i]
    assert f == [], (WHOLE_CONTEXTS[i], [(x.rule, x.message) for x in f])


def test_a_name_of_the_episode_cut_where_its_next_word_starts():
    companies = [_company("Hugging Face", "Hosts the open checkpoints the guest's team publishes."),
                 _company("Google DeepMind", "Lab whose weather model the guest compared against."),
                 _company("Scale AI", "Vendor of the labels the team buys.")]
    eps = [
        _episode(companies=companies, quotes=[_quote("We keep every checkpoint with the people at Hugging")]),
        _episode(companies=companies, quotes=[_quote("The best forecast we saw came out of Google Deep")]),
        # a short form that drops a generic suffix, a name of its own, a word the episode says alone
        _episode(companies=companies, quotes=[_quote("We buy nearly all of our labels from Scale")]),
        _episode(companies=companies, quotes=[_quote("Half of the people on the team came from Google")]),
        _episode(companies=companies, quotes=[_quote("The folks at Hugging Face were kind"),
                                              _quote("We keep every checkpoint with the people at Hugging"),
                                              _quote("My kid keeps Hugging, the dog hates it")]),
        # no such name in the episode
        _episode(quotes=[_quote("We keep every checkpoint with the people at Hugging")]),
    ]
    found, _ = _truncation(eps)
    got = [[(f.rule, f.field, f.evidence) for f in fs] for fs in found]
    assert got[0] == [("T701", "quotes[0].text", "Hugging")]
    assert got[1] == [("T701", "quotes[0].text", "Google Deep")]
    assert got[2:] == [[], [], [], []], got


def _insight(text: str, extracted: str) -> str:
    return (f"- actionable: false\n  confidence: medium\n  extracted: {json.dumps(extracted)}\n"
            f"  text: {json.dumps(text)}\n  type: observation\n")


def test_extraction_that_stops_inside_a_list_of_its_text():
    text = "Most of the speedup came from the caches, the batching and a year of profiling the hot paths."
    listed = _insight(text, "the caches, the batching")
    # a clause after the comma is no list item: the extraction stops at its end
    clause = _insight("Yes, the models will improve and the prices will fall.", "Yes, the models will improve")
    whole = _insight(text, "Most of the speedup came from the caches, the batching and a year of profiling the hot paths")
    found, _ = _truncation([_episode(insights=[listed]), _episode(insights=[clause]), _episode(insights=[whole])])
    assert [(f.rule, f.field) for f in found[0]] == [("T702", "insights[0].extracted")], \
        [(f.rule, f.message) for f in found[0]]
    assert found[1] == [] and found[2] == [], [(f.rule, f.message) for f in found[1] + found[2]]


def test_extraction_of_a_subject_or_of_what_is_says_it_is():
    cases = [
        # a subject of up to six words, its relative clause included, before its text's auxiliary
        ("Over the next decade, startups that own their data will beat those that rent it.",
         "startups that own their data", True),
        # the noun phrase after 'is' alone, without the subject
        ("In enterprise software, distribution is the real moat, not the model.", "the real moat", True),
        ("Most of what looks like a model problem is actually a data problem.", "a data problem", True),
        # a predicate after a modal and a whole clause stand alone
        ("Over the next decade, startups that own their data will beat those that rent it.",
         "startups that own their data will beat those that rent it", False),
        ("Regulators will require explanations for automated credit decisions within two years.",
         "Regulators will require explanations for automated credit decisions", False),
    ]
    found, _ = _truncation([_episode(insights=[_insight(t, e)]) for t, e, _ in cases])
    for (text, extracted, fragment), fs in zip(cases, found):
        assert [f.rule for f in fs] == (["T702"] if fragment else []), (extracted, [(f.rule, f.message) for f in fs])
