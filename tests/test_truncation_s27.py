"""Truncation: complete sentences that end like cut ones (a verb left without its object after a
negative subject or in a pair of clauses that share it, a name that is a word of English, a noun
after a preposition in an extraction) and cut texts and fragments that looked whole (a relative
clause after a comma that lost its verb's object, a main clause after a condition that is only
its subject, 'worth' without what something is worth, extractions that open with 'of' or with
'that' and a subject, a bare noun phrase after 'a'), each paired with a look-alike."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, quote_episode


def _cut(text: str) -> bool:
    """Is the quote `text` flagged as cut?"""
    return any(f.family == "truncation" and f.field == "quotes[0].text" for f in audit_text(quote_episode(text)))


def _fragment(text: str, extracted: str) -> bool:
    """Is the insight's `extracted` flagged as a fragment of its `text`?"""
    fm = (f"title: x\ninsights:\n- confidence: high\n  extracted: {json.dumps(extracted)}\n"
          f"  text: {json.dumps(text)}\n")
    return any(f.rule == "T702" for f in audit_text(episode_text(fm)))


# (cut, whole): the cut quote is flagged, the whole one is not
PAIRS = [
    # a negative subject: the act does not happen at all, and English leaves its object out
    ("The old crew retired and then they replaced", "The old crew retired and nobody replaced"),
    ("Everyone complains about the dashboards but they maintain", "Everyone complains about the dashboards but no one maintains"),
    # two clauses of a pronoun and a verb share the object they leave out
    ("So we told the press and they copy", "We launch, they copy"),
    ("We found the bug last week and they fixed", "We build again and they copy"),
    # a name that is a word of English ends a sentence whole; a cut leaves a stub or the start of a commoner word
    ("We compile the models for Neur", "We compile the models for Neuron"),
    ("All the frames are rendered in Blen", "All the frames are rendered in Blender"),
    ("The new office will be in Mich", "The scheduler runs on Dynamo"),
    # a relative clause set off by a comma whose verb lost its object
    ("We signed with a staffing agency, which costs", "We signed with a staffing agency, which costs more"),
    ("Our first hire was an operator, who brings", "Our first hire was an operator, which helps"),
    # the main clause after a condition that is only its subject
    ("If the warehouse floods again, you", "If the warehouse floods again, you rebuild"),
    ("When the contract renews, it", "When the contract renews, it gets cheaper"),
    # 'worth' wants what something is worth; the noun and a clause's gap are whole
    ("Honestly that deal was a gamble worth", "Honestly that deal was worth it"),
    ("I doubt the second plant was worth", "We sold the plant for less than it was worth"),
    ("It was a bet worth", "The founders never doubted their own worth"),
    ("Nobody thinks the brand is worth", "Nobody knows what the brand is worth"),
    ("That hardware is not worth", "It sold a few dollars worth"),
    # a final 'since' in a perfect clause is the adverb 'since then'; elsewhere it lost its clause
    ("The warehouse is busy only since", "Rents have risen every spring since"),
    # 'ever' after an auxiliary wants its verb, in a clause after 'whether' or 'if' too
    ("Nobody can say whether the ferry will ever", "Nobody can say whether the ferry will ever run again"),
    # 'be' and adverbs in -ly lost what it is; an adjective in -ly is whole
    ("The harbor has been almost entirely", "The harbor has been almost entirely rebuilt"),
    ("Our service has been consistently", "Our service has been consistently friendly"),
    # a relative clause without 'that': a plural subject after 'the' and its verb, or 'no one'
    ("And then the nurses complain about", "That's the kind of thing the nurses complain about"),
    ("And then the drivers ever talk about", "It's the only problem the drivers ever talk about"),
    ("And then no one had budgeted for", "It was something no one had budgeted for"),
    # the subject of a relative clause without 'that' may have an adjective after its determiner
    ("And then the whole staff looks forward to", "The parade is something the whole staff looks forward to"),
    # a verb after a plural noun is its verb: the sentence is no bare noun phrase
    ("The morning shift supervisor on weekdays", "The volunteers come in on weekdays"),
]


@pytest.mark.parametrize("cut,whole", PAIRS)
def test_cut_and_whole(cut, whole):
    assert _cut(cut)
    assert not _cut(whole)


# (text, fragment, standing): the fragment is flagged, the standing extraction of the same text is not
EXTRACTIONS = [
    ("Loyalty matters more than price for most of the grocery shoppers we surveyed.",
     "of the grocery shoppers we surveyed", "Loyalty matters more than price"),
    ("The panel agreed that the vendors who actually ship weekly win the biggest accounts.",
     "that the vendors who actually ship weekly", "the vendors who actually ship weekly win the biggest accounts"),
    ("Most buyers gave up when the signup form asked for a fax number.",
     "a fax number", "Most buyers gave up when the signup form asked for a fax number"),
    ("The chef recommends a second oven for any kitchen that serves brunch.",
     "a second oven", "The chef recommends a second oven"),
    ("Small models beat large ones on cost regardless of the benchmark.",
     "of the benchmark", "Small models beat large ones on cost"),
    # a quantifier after the text's opening phrase opens a main clause of its own
    ("In the coach's view, most young strikers peak in their third season.",
     "in their third season", "most young strikers peak in their third season"),
    ("To her surprise, many donors stay because somebody calls them.",
     "calls them", "many donors stay because somebody calls them"),
    ("In his view, most hotel complaints come from noise rather than service.",
     "rather than service", "most hotel complaints come from noise rather than service"),
]


@pytest.mark.parametrize("text,fragment,standing", EXTRACTIONS)
def test_fragment_and_standing_extraction(text, fragment, standing):
    assert _fragment(text, fragment)
    assert not _fragment(text, standing)


# An extraction that is a clause of its own (a subject, a finite verb, a last word that wants
# nothing more) stands alone though its text goes on around it; the same text's pieces that end
# on a modal's verb, a preposition or an article are fragments still.
@pytest.mark.parametrize("text, extracted", [
    ("Bootcamp placement rates fell because juniors are squeezed by hiring freezes at every big firm.",
     "juniors are squeezed"),
    ("Composers worry, since library music is the first segment replaced by generated tracks.",
     "library music is the first segment replaced"),
    ("Margins shrink because the delivery fees are higher than the tips in most cities.",
     "the delivery fees are higher than the tips"),
])
def test_a_clause_of_its_own_stands_alone(text, extracted):
    assert not _fragment(text, extracted)


@pytest.mark.parametrize("text, extracted", [
    ("Every audit says companies should treat prompts as code and review them.", "companies should treat"),
    ("The guests agree vertical farming is in trouble without cheap power.", "vertical farming is in"),
    ("Retrieval systems will increasingly run inside the database itself.", "Retrieval systems will increasingly run inside the"),
])
def test_a_piece_that_wants_more_is_still_a_fragment(text, extracted):
    assert _fragment(text, extracted)
