"""Issue 6, session 10 (trunc10): T701 on quotes cut at a whole word, and the speech endings that
are whole though they end on the same kind of word. One episode per quote, all run as one batch
through the real rules; a cut quote must give T701 with the evidence and position of its last
word (or of the words that show the cut), a whole one no truncation finding at all.
"""

import functools

import pytest

from audit.config import Settings
from audit.engine import Auditor
from audit.episode import Episode, parse_episode
from tests.test_recall_extended8 import _episode, _insight, _quote


def _truncation(episodes: list[str]):
    eps = [parse_episode(t.encode("utf-8"), Episode(path=f"s10_{i}.md")) for i, t in enumerate(episodes)]
    results = Auditor(Settings(select=["ALL"])).audit_episodes(eps)
    return [[f for f in r.findings if f.family == "truncation"] for r in results], episodes


def _quotes(texts: list[str]):
    return _truncation([_episode(quotes=[_quote(t)]) for t in texts])


def quote_tests(cut: list[tuple[str, str]], whole: list[str]):
    """The two parametrised tests of a module of cut and whole quotes, to bind to test names: each
    cut quote (text, evidence) gives exactly one T701, on quotes[0].text with that evidence; each
    whole quote no truncation finding. All the quotes of the module run as one batch, once, on the
    first test that asks (one episode per quote)."""
    found = functools.cache(lambda: _quotes([t for t, _ in cut] + list(whole))[0])

    @pytest.mark.parametrize("i", range(len(cut)), ids=[t[-30:] for t, _ in cut])
    def test_cut_quote_flagged(i):
        f = found()[i]
        text, evidence = cut[i]
        assert [x.rule for x in f] == ["T701"], (text, [(x.rule, x.message) for x in f])
        assert (f[0].evidence, f[0].field) == (evidence, "quotes[0].text")

    @pytest.mark.parametrize("i", range(len(whole)), ids=[t[-30:] for t in whole])
    def test_whole_quote_quiet(i):
        f = found()[len(cut) + i]
        assert f == [], (whole[i], [(x.rule, x.message) for x in f])

    return test_cut_quote_flagged, test_whole_quote_quiet


def _assert_cut(text: str, found, episode: str, evidence: str):
    assert len(found) == 1, (text, [(f.rule, f.evidence) for f in found])
    f = found[0]
    assert (f.rule, f.field) == ("T701", "quotes[0].text"), (text, f.rule, f.field)
    assert f.evidence == evidence, (text, f.evidence)
    # the evidence is the text's end, found where it stands in the file (1-based line and column)
    line = episode.splitlines()[f.line - 1]
    assert line[f.column - 1:f.end_column - 1] == evidence, (text, line, f.column, f.end_column)
    assert text.endswith(evidence)


CUT = [
    # an auxiliary in a clause after 'is (that)', after an object pronoun, in a condition's main clause
    ("The thing about these open weights models is they are", "are"),
    ("What I keep coming back to is that the real bottleneck is", "is"),
    ("The reason we built it was", "was"),
    ("If you give these agents enough context and the right tools, they will", "will"),
    ("The results we got from the pilot have always been", "been"),
    ("What we found was", "was"),
    ("What makes this so hard is", "is"),
    ("The hardest part about all of this is", "is"),
    ("The thing that matters most is", "is"),
    ("If you're a startup, the most important thing you can do is", "is"),
    ("All you have to do is", "is"),
    ("The reason they did it is", "is"),
    ("We tested it for a month and the results were not", "not"),
    # a subject pronoun without its verb
    ("So we ran the same prompt through both models, and honestly I", "I"),
    ("The interesting thing about reasoning models is that you", "you"),
    # 'to' of a for-to infinitive; when/while/how before their clause
    ("We want to make it much easier for developers to", "to"),
    ("It really only works well in production when", "when"),
    ("So we kept the context window at 128k while", "while"),
    ("I think a lot of people underestimate how", "how"),
    # a preposition whose clause has no gap
    ("What surprised me was how quickly developers started building on top of", "of"),
    ("We benchmarked it on a bunch of", "of"),
    ("I think we're going to look back on this period as", "as"),
    # adjectives and determiners without their noun
    ("It's going to be a really big", "big"),
    ("Honestly the community around it has been an incredible", "incredible"),
    ("This is a fundamentally different", "different"),
    ("We're building a much more", "more"),
    ("Most of the cost is serving now, and that changes the whole", "whole"),
    ("Yeah, so, the models are, you know, really", "really"),
    ("The agent keeps calling the tool until", "until"),
    ("We shipped it anyway, even though", "though"),
    ("Most of them will fail, since", "since"),
    ("The real question is something that", "that"),
    ("We're building a far more reliable", "reliable"),
    ("By next year the whole industry will have", "have"),
    ("The goal is to let everyone", "everyone"),
    ("To get good answers you have to give them", "them"),
    ("It's like, you know, when you", "you"),
    ("We trained it on roughly", "roughly"),
    # a verb without its object or complement
    ("Every time a new model comes out we immediately replace", "replace"),
    ("The customers told us over and over that they really wanted", "wanted"),
    ("So what we did was we took", "took"),
    ("After the outage, we basically had to rewrite", "rewrite"),
    ("Developers love it because it finally lets them control", "control"),
    ("So we started using", "using"),
    ("Which is why the models are getting", "getting"),
    ("Last year we hired", "hired"),
    # a relative 'that' after a noun
    ("There's a whole class of problems in biology that", "that"),
    ("That's the kind of thing that", "that"),
    ("There's a new paper from DeepMind that", "that"),
    ("It's a great fit for teams that", "that"),
]


@pytest.mark.parametrize("text, evidence", CUT)
def test_a_quote_cut_at_a_whole_word_is_flagged_at_its_end(text, evidence):
    (found,), (episode,) = _quotes([text])
    _assert_cut(text, found, episode, evidence)


WHOLE = [
    # a speaker breaking off on a dash; a name that ends on a whole word of a longer name
    "We were about to ship it and then —", "It's not that the model is dumb, it's that the context --",
    "The release that changed everything for us was Claude 3.5 Sonnet",
    # stranded prepositions
    "It's the kind of problem that nobody wants to deal with", "There's a lot of infrastructure that this stuff depends on",
    "Long context is something to think about", "And that's where we're at", "That's what it's for",
    "We need the right partner to work with", "That's the thing I like about", "The people we partnered with",
    # ellipsis with its antecedent or a verb that gives it
    "Nobody wanted to rewrite the tokenizer, but we had to", "Will open models catch up? I think they will",
    "Everyone assumes we can't. The truth is we can", "We'd love to open source it. The problem is we can't",
    "If we can, we will", "Frankly, I was", "That's how it's always been", "They care about privacy and so do we",
    # pronouns, subordinators and adjectives where they end a phrase
    "It was a decision between you and I", "Nobody's more excited about it than I", "And so do I",
    "It took a little while", "It's not a question of if, it's a question of when", "I'll tell you when",
    "Here's how", "We figured out how", "On the whole", "We need a little more", "You need a lot more",
    "It's a good problem to have", "We ran an ad during the Super Bowl", "We're not sure yet when",
    "Which is what everyone was hoping for", "We all know that", "It is what it is", "That's just who we are",
    # a verb whose object is the gap, an amount, an adverb
    "That's all we have", "It's the only one we have", "Nobody has done it, but we have",
    "The model did what it was supposed to", "I think about that a lot", "I'd say it's somewhere in between",
    "Who knows what they'll come up with", "That's the business we're in",
    # fillers set off by commas
    "It comes down to who the buyer is", "We did it because nobody else would",
    "Reliability is the base that all of this sits on", "Data is the thing every team is fighting over",
    "It's been like that ever since", "There's so much to be excited about", "That's a trade-off we learned to live with",
    "It's the best thing we ever made", "Will the startups survive? I think some of them will",
    "And it just, you know, works", "That's the kind of stuff, you know, that we care about", "It works, kind of",
]


def test_whole_speech_ending_on_the_same_kinds_of_word_stays_quiet():
    found, _ = _quotes(WHOLE)
    loud = [(t, [(f.rule, f.evidence) for f in fs]) for t, fs in zip(WHOLE, found) if fs]
    assert not loud


def test_an_extraction_of_a_subject_that_stops_before_its_verb_is_a_fragment():
    text = "the future of open source models is that they will be good enough for most enterprise workloads."
    whole = "the future of open source models is that they will be good enough."
    (cut, ok), _ = _truncation([_episode(insights=[_insight(text, "open source models")]),
                                _episode(insights=[_insight(whole, "open source models is that they will be good enough")])])
    assert [(f.rule, f.field, f.evidence) for f in cut] == [("T702", "insights[0].extracted", "open source models")]
    assert "before 'is'" in cut[0].message
    assert ok == []


# A relative clause without 'that' whose subject is a plural noun or a possessive phrase strands
# its preposition: complete sentences of speech (each was flagged before).
RELATIVE_WITHOUT_THAT = [
    "Cursor is the tool developers actually pay for",
    "That is the outcome customers asked for",
    "This is the model most teams settled on",
    "It was the first product our users fell in love with",
    "We finally shipped the feature customers kept asking for",
    "Cost is the main thing customers complain about",
]
# the same words that are cuts: a verb's -s is no plural subject, an adverb no head noun
STILL_CUT = [
    "Most of the latency in the pipeline comes down to",
    "What surprised me most was how quickly developers started building on top of",
    "and then we ran out of money for",
]


def test_a_relative_clause_after_a_plural_subject_strands_its_preposition():
    import json as _json

    from tests.conftest import audit_text, episode_text

    def flagged(s):
        fm = "title: x\nquotes:\n- text: " + _json.dumps(s) + "\n"
        return [f.rule for f in audit_text(episode_text(fm), select=["T701"])]

    assert {s: flagged(s) for s in RELATIVE_WITHOUT_THAT} == {s: [] for s in RELATIVE_WITHOUT_THAT}
    assert {s: flagged(s) for s in STILL_CUT} == {s: ["T701"] for s in STILL_CUT}
