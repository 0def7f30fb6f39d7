"""Issue 6, session 17 (tr17): T701 on quotes cut where the last words alone read whole, and the
whole quotes of the same shapes that must stay quiet. One episode per quote, all run as one batch
through the real rules; a cut quote gives one T701 on its last word, a whole one no truncation
finding at all. The word classes are in rules/truncation.yaml (derived_word_endings, be_adverbs,
wh_object_verbs, partitive_openers, noun_phrase_prepositions and more never-stranded prepositions).
"""

import pytest

from tests.test_truncation_s10 import quote_tests

CUT = [
    # a word that is a clipping of its form with a final s ("alway" of "always")
    ("Honestly, the investors who backed us early were the ones who alway", "alway"),
    # a common word after a determiner or a number, the start of the noun or adjective made from it
    ("After the audit we had to redo the whole invest", "invest"),
    ("We shipped it to the pharmacy chain and the manage", "manage"),
    ("Our analysts tried four differ", "differ"),
    # a preposition of two words whose object was cut
    ("The new scheduler works pretty much the same as", "as"),
    ("Our churn numbers look great compared to", "to"),
    ("We delayed the launch by a quarter due to", "to"),
    # 'be' or an auxiliary, then an adverb without what it says
    ("What most people miss about the freight business is that it's really", "really"),
    ("The hard part of hiring nurses in rural Montana was basically", "basically"),
    ("Most of the budget for the pilot will only", "only"),
    # a verb of knowing, then 'what' without its clause
    ("After a decade in dispatch centers, I finally understood what", "what"),
    ("Then the ops team showed me the logs and I saw what", "what"),
    # a noun phrase and the phrases after it, the subject of a verb that never comes
    ("The main bottleneck for our Lisbon warehouse this winter", "winter"),
    ("The cheapest option for a small dental clinic in Ohio", "Ohio"),
    ("Our retention curve for the enterprise tier", "tier"),
    ("Most of the engineers we hired from Warsaw", "Warsaw"),
    ("A lot of the growers we talk to in Andalusia", "Andalusia"),
    # a determiner or a preposition after 'than' or a preposition, without its noun
    ("Our support in Lagos is faster than any", "any"),
    ("We'd rather spend the money on hiring than on", "on"),
    # a clause opener, a determiner and a noun, and no verb
    ("The backlog shrank to nothing once the scheduler", "scheduler"),
    # a preposition's noun, then the subject of a relative clause without its verb
    ("The trick was to live inside the app our dispatchers", "dispatchers"),
    # a preposition and the -ing form of a verb that wants its object
    ("We kept the old dashboard running without deleting", "deleting"),
    ("The team in Accra cut costs by replacing", "replacing"),
    # a rare word that one or two letters make a far more common one
    ("I ran the whole plan past my old profess", "profess"),
    ("The team that built it in se", "se"),
    # a contraction cut after its apostrophe; 'no' without its noun; a two-letter start of a name
    ("The pilot in Recife looked great but the hospital board wasn'", "wasn'"),
    ("So we shipped it anyway and they'", "they'"),
    ("We kept finding bugs in modules that no", "no"),
    ("We closed the seed in a week, and then the Ze", "Ze"),
    # 'a' and a common adjective without its noun; a transitive -ing after a verb of stopping
    ("The whole migration took us a long", "long"),
    ("Our churn fell the month we stopped sending", "sending"),
    # a subject relative, a passive verb and a preposition: no gap for the preposition
    ("Half the clinics still run on a records system that was built for", "for"),
    # a number above one and a noun that lost its plural s; an approximation and a cut number word
    ("The rollout to the depots in Lyon took about seventeen week", "week"),
    ("We moved the data center and the bill dropped by roughly sixt", "sixt"),
    # a clause after 'I think' that is only a subject with its relative clause
    ("I think the clinics that switch to us first", "first"),
    ("Honestly I believe the whole freight industry", "industry"),
]

WHOLE = [
    "I learned most of what I know about sales from my mom",
    "We argued about it for weeks and in the end the settlement",
    "In the end we closed the round with the same investors",
    "My cofounder still keeps a paper notebook for the sign",
    "Honestly I think you know what",
    "I'll tell you what",
    "I don't know what",
    "Nobody really knows what",
    "That's how it is",
    "We built it together with the team in Lisbon",
    "The customers love it",
    "The price of electricity drops",
    "A great question",
    "So the whole thing runs on a single server in Frankfurt",
    "It works pretty much the same as before",
    "We paid for it with the money we had",
    "Honestly it was the best hire we made, and she started as an intern",
    "We sync the inventory once a week",
    "We sat down and showed the demo to the board and our investors",
    "The whole company got there by working",
    "We grew the first year without advertising",
    "We cut the cost of a claim by twenty percent",
    "The first pilot had five people",
    "It took two years",
    "The thing we got right was hiring about ten",
    "I know the product team",
    "I think the same",
    "I hope the best team wins",
    # a quantity 'of them' is a subject like 'they': the verb after its auxiliary is understood
    "The banks are nervous, and honestly some of them should be",
    "Will they switch? I think a lot of them will",
    "Half of them should be",
    # 'that' as the object of a verb before a phrase; the gap of 'expensive for them to ...'
    "We learned it the hard way, and now we put that in the contract",
    "Every migration breaks something and nobody writes that in the runbook",
    "The dataset is clean but it's very expensive for them to produce",
    # a short last word that its two-word phrase makes whole (rules/truncation.yaml whole_final_phrases)
    "That's not a pricing problem per se",
    "We rewrote the whole parser in C",
    "Everyone at the founders' dinner said no",
    "We asked the board and the answer was no",
    "It only helps a little",
    "Nobody in the room liked the founders'",
    "That's exactly what the tool was designed for",
]


test_cut_quote_flagged, test_whole_quote_quiet = quote_tests(CUT, WHOLE)


# --- T702: where an extraction starts and stops ------------------------------------------------

def _insights(pairs):
    from tests.test_recall_extended8 import _episode, _insight
    from tests.test_truncation_s10 import _truncation
    return _truncation([_episode(insights=[_insight(t, x)]) for t, x in pairs])[0]


FRAGMENTS = [
    # the last sentence of the extraction is only the opening words of a sentence of its text
    ("The migration took a weekend and the cleanup took a month. After that, nobody touched the old cluster.",
     "the cleanup took a month. After that"),
    ("Pilots are cheap and procurement is slow. In practice, the contract lands a year later.",
     "Pilots are cheap and procurement is slow. In practice"),
    # an aside set off by commas; a relative clause without its noun; a preposition without its object
    ("Small farms adopt sensors when the cooperatives, not the buyers, pay for them.", "not the buyers"),
    ("Carriers should automate the invoices first, which nobody reads anyway, and keep people on claims.",
     "which nobody reads anyway"),
    ("we should benchmark every vendor on our own tickets before signing a contract.",
     "benchmark every vendor on our own tickets before"),
]
STANDING = [
    # a clause after a fronted phrase of time or place stands alone
    ("within two years most claims in Ontario will be triaged by a model and checked by an adjuster.",
     "most claims in Ontario will be triaged by a model and checked by an adjuster"),
    ("By next spring every depot we run will have its own charging bay.",
     "every depot we run will have its own charging bay"),
    # a whole last sentence ("... After that, it was easy.")
    ("The migration took a weekend. After that, it was easy.", "The migration took a weekend. After that, it was easy"),
    ("Small farms adopt sensors when the cooperatives, not the buyers, pay for them.",
     "Small farms adopt sensors when the cooperatives pay for them"),
    ("we should benchmark every vendor on our own tickets before signing a contract.",
     "benchmark every vendor on our own tickets before signing a contract"),
    ("The reason we lost was simple: the competitor asked who signs the checks.", "the competitor asked who signs the checks"),
]


def test_fragmentary_extractions_flagged():
    found = _insights(FRAGMENTS)
    assert [[f.rule for f in fs] for fs in found] == [["T702"]] * len(FRAGMENTS), found


def test_standing_extractions_quiet():
    found = _insights(STANDING)
    assert found == [[]] * len(STANDING), [[(f.rule, f.message) for f in fs] for fs in found]


@pytest.mark.parametrize("key", ["derived_word_endings", "be_adverbs", "wh_object_verbs", "partitive_openers",
                                 "noun_phrase_prepositions", "fronted_phrase_prepositions", "gerund_prepositions",
                                 "possessive_determiners", "singular_numbers", "approximate_prepositions",
                                 "clause_only_verbs", "subject_relatives", "aside_openers", "object_prepositions",
                                 "partitive_heads", "whole_final_phrases", "no_determiner_before",
                                 "negative_contractions"])
def test_the_new_word_classes_live_in_the_rule_set(key):
    import yaml

    from tests.conftest import ROOT
    data = yaml.safe_load((ROOT / "rules" / "truncation.yaml").read_text(encoding="utf-8"))
    assert data.get(key), key
