"""Truncation (T701): relative clauses without 'that' whose subject has a phrase of its own or no
determiner, free relatives that hold a verb's object, a subject relative that strands nothing, a
final 'before' outside a clause about the past, a subject left alone after its opener or after
'and then', a reporting verb's 'that', a filler 'like' after a preposition, and capitals that are
code, each a cut text paired with a whole one that looks alike."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode, quote_episode


def _cut(text: str) -> bool:
    """Is the quote `text` flagged as cut?"""
    return any(f.family == "truncation" and f.field == "quotes[0].text" for f in audit_text(quote_episode(text)))


def _context_cut(text: str) -> bool:
    return any(f.family == "truncation" and f.field == "companies[0].context"
               for f in audit_text(llm_entity_episode("Acme", text)))


# (cut, whole): the cut one is flagged, the whole one is not
PAIRS = [
    # a relative clause without 'that': its subject may carry a phrase ("analysts at the bank"),
    # be a bare noun ("management"), or follow an indefinite pronoun or a noun with 'of' before
    # it; the same words as a main clause lost the preposition's object
    ("And the analysts at the bank kept asking about", "These are the questions analysts at the bank kept asking about"),
    ("Our management kept returning to", "Reliability was the one issue management kept returning to"),
    ("And then lawmakers will need to deal with", "That's something lawmakers will need to deal with"),
    ("And researchers love to write about", "It's the type of problem researchers love to write about"),
    ("And nobody on the team had heard of", "There were shortcuts nobody on the team had heard of"),
    # a free relative or a relative clause holds the object of 'give'
    ("The answer depends on it and we give them", "The answer depends on whatever context you give them"),
    # a subject relative has its gap in its subject: a final preposition after it strands nothing,
    # whatever noun or subject stands before it
    ("The biggest change this quarter was the library that handles retries for",
     "The biggest change this quarter was the library that handles retries for us"),
    # 'before' is an adverb only about the past (a past or a perfect, 'never', a comparison)
    ("We always run the full eval suite before", "We had always run the full eval suite before"),
    ("Our policy is that engineers review every prompt change before", "Nobody reviewed prompt changes before"),
    # a subject alone after its opener or after 'and then'
    ("They shipped a patch on Friday and then it", "They shipped a patch on Friday and then it broke"),
    ("The panel spent an hour debating whether startups really", "The panel spent an hour debating whether startups really win"),
    ("The hard part is figuring out whether customers actually", "The hard part is figuring out whether customers actually care"),
    # a relative 'that' after a gerund's object
    ("Most of the job is writing prompts that", "Most of the job is writing prompts that work"),
    # a pronoun after its relative clause's noun is the subject
    ("It turned into the tool you never", "It turned into the tool you never stop using"),
    ("You learn all the shortcuts you never", "You learn all the shortcuts you never use"),
    # 'who' with its verb after it is its clause's subject; a subject after 'before' opens a clause:
    # neither leaves a gap for a final preposition
    ("Everything is decided by who owns the rights to", "Everything is decided by who owns the rights to it"),
    ("Sketch the architecture on paper before you write a line of", "Sketch the architecture on paper before you write a line of code"),
    # a reporting verb and its object before a final 'that'; a filler 'like' after a preposition
    ("When the investors asked about churn, I told them that", "When the investors asked about churn, I never told them that"),
    ("Our revenue went up by like", "Our revenue went up by like half"),
    # an opener and a plural noun phrase without a verb
    ("We redesigned the landing page, because first impressions",
     "We redesigned the landing page, because first impressions matter"),
    # a compound subject after an indefinite pronoun
    ("And the support teams at large banks worry about", "It's something support teams at large banks worry about"),
    # 'that' after a verb that takes an object and a clause; 'about' after a preposition; 'for' and
    # an adjective and a noun before a final 'to'; 'not exactly' after an auxiliary
    ("The pilot with the hospital taught us that", "The pilot with the hospital never taught us that"),
    ("The migration cut our build times from forty minutes to about",
     "The migration cut our build times from forty minutes to about ten"),
    ("Cheaper inference makes it easier for small startups to", "Cheaper inference makes it easier for small startups to compete"),
    ("The first demo, which was not exactly", "The first demo was fine, but not exactly"),
    # 'do' and its verb after a noun; "the hard way" is how, not a clause after 'that'
    ("The charts don't lie because", "The charts don't lie"),
    # 'have' after a free relative with its noun is the verb, its object the gap
    ("We support it and the client already has", "We support whatever database the client already has"),
    ("Our team learned that the", "Our team learned that the hard way"),
]


@pytest.mark.parametrize("cut, whole", PAIRS)
def test_the_cut_quote_is_flagged_and_the_whole_one_is_not(cut, whole):
    assert _cut(cut), cut
    assert not _cut(whole), whole


def test_capitals_after_capitals_are_code_not_a_cut_preposition():
    assert not _cut("The slow query had no index on the column its ORDER BY")
    assert _cut("The slow query had no index on the column sorted by")


def test_a_context_may_end_on_a_relative_clause_whose_verb_has_its_object():
    # "keeps an eye on": the verb and its object, then the stranded preposition of the relative
    assert not _context_cut("Mentioned as a rival the team keeps an eye on")
    assert not _context_cut("Chip vendor the startup buys its wafers from")
    assert _context_cut("Mentioned as a rival that the team keeps an eye on and")
