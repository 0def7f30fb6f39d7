"""Truncation (T701, T702): cut names of the glossary, possessives without their noun, subject-less
extractions and the clause shapes that read as whole when they are cut (and the reverse), each a
cut text paired with a whole one that looks alike."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, llm_entity_episode, quote_episode, summary_episode


def _cut(text: str) -> bool:
    """Is the quote `text` flagged as cut?"""
    return any(f.family == "truncation" and f.field == "quotes[0].text" for f in audit_text(quote_episode(text)))


def _summary_cut(text: str) -> bool:
    return any(f.family == "truncation" and f.field == "summary" for f in audit_text(summary_episode(text)))


def _context_cut(text: str) -> bool:
    return any(f.family == "truncation" and f.field == "companies[0].context"
               for f in audit_text(llm_entity_episode("Acme", text)))


def _fragment(text: str, extracted: str) -> bool:
    fm = ("title: x\ninsights:\n- actionable: true\n  confidence: medium\n"
          f"  extracted: {json.dumps(extracted)}\n  text: {json.dumps(text)}\n  type: insight\n")
    return any(f.rule == "T702" and f.field == "insights[0].extracted" for f in audit_text(episode_text(fm)))


# (cut, whole): the cut one is flagged, the whole one is not
QUOTE_PAIRS = [
    # a glossary name of two words cut inside its second word (one letter after a person's first
    # name is an initial; the whole name and a name's own short form are whole)
    ("We moved our training jobs over to Hugging F", "We moved our training jobs over to Hugging Face"),
    ("We had a long call with Jensen Hu", "We had a long call with Jensen Huang"),
    ("Most of our inference runs on Google Cl", "Most of our inference runs on Google Cloud"),
    ("I used to report to Andrej Karp", "I used to report to Alex Karp"),
    # a possessive noun or name that lost its noun (not after 'be', 'of', 'at', 'to', nor in a comparison)
    ("The real surprise was how fast Anthropic's", "Our latency is far lower than Anthropic's"),
    ("We rebuilt the whole pipeline around Snowflake's", "Honestly the final call was Jensen's"),
    ("There is a great new paper out of Stanford's", "My co-founder is an old friend of Jensen's"),
    ("Everyone is building their own chips, and Amazon's", "Our approach is very different from Google's"),
    ("We had dinner at a conference that Nvidia's", "We used to grab lunch at McDonald's"),
    # a superlative after a possessive, a comparative after 'with much'
    ("Ask any CTO and they will tell you their biggest", "We shipped it and it was honestly our best"),
    ("It lets a tiny team compete with much larger", "We expect the backlog to last for much longer"),
    # a scale word cut after a number
    ("The round closed at about 40 thous", "The round closed at about 40 mil"),
    # 'a'/'an' and a participle without its noun
    ("They sold the company for an undisclosed", "The whole plan was worth a hundred"),
    # a stranded preposition with no gap: a subordinator, an adverb or 'before that' is no noun
    # before a relative clause, a wh-word subject leaves no gap, 'the second one' is no pronoun
    ("Our competitor is Databricks, although they're more focused on", "That's the company they're most focused on"),
    ("We tried three vendors and eventually we settled on", "That's the vendor we eventually settled on"),
    ("I spent four years at Stripe, and before that I was at", "It's a good place to be, wherever we're at"),
    ("What really changed my mind was watching our support team work with", "It all depends on the people you work with"),
    ("The first question is about pricing and the second one is about", "That's the one thing everyone agrees on"),
    ("Tell me where the number of", "That's what this means for"),
    ("the smaller model outperformed the larger one on", "we switched that one on"),
    # 'be' after a subordinator and a longer subject; a negated auxiliary that repeats the clause before
    ("We only ship if the new eval suite is", "Talk is cheap, compute is not"),
    # 'to' after a clause verb's 'that' (a role 'as a CEO' is no gap), not after a condition
    ("The hardest call I had as a CEO was telling the board that we needed to",
     "It works like a charm whenever we need to"),
    # a relative clause's verb without its object, adverbs between them
    ("They don't want a dashboard, they want something that actually takes", "That's the bet we're making"),
    (", and that really", "It's a really hard problem, but a fun one"),
    ("We shipped the feature in a week and it was a big", "It's a big if"),
]


@pytest.mark.parametrize("cut,whole", QUOTE_PAIRS, ids=[c[:40] for c, _ in QUOTE_PAIRS])
def test_quote_pairs(cut, whole):
    assert (_cut(cut), _cut(whole)) == (True, False)


def test_prose_that_after_a_stance_verb_is_no_relative():
    # "explains that ...": 'that' opens a clause, so a final 'with' has no gap to fill
    assert _summary_cut("The founder explains that the company pivoted twice before finding product-market fit with")
    assert not _summary_cut("The founder explains that the company pivoted twice before finding product-market fit.")
    assert not _context_cut("Named as the startup the team invested in")


def test_prose_phrase_preposition_after_a_conjunction_and_participle_compound():
    assert _summary_cut("The guest covers mixture-of-experts models and the open questions around")
    assert not _summary_cut("The guest explains how he turned the company around")
    assert _context_cut("Cited for its work on reducing hallucinations in customer-facing")
    assert not _context_cut("Cited for its work on data pipelines that run in real-time")


# (text, extracted, fragment?)
EXTRACTIONS = [
    ("Startups should treat their prompt library as an asset that is versioned and tested.", "versioned and tested", True),
    ("we should build evaluation suites before we pick a vendor, not after.", "pick a vendor, not after", True),
    ("Startups should red-team every model update before they ship to customers.", "they ship to customers", True),
    ("The winners in healthcare AI will be the ones that integrate into existing EHR workflows.",
     "integrate into existing EHR workflows", True),
    ("The shortage of GPUs will ease in 2026 as new fabs come online.", "The shortage of GPUs will ease in 2026", False),
    ("we should hire generalists early and specialists later.", "hire generalists early and specialists later", False),
    ("So the real moat in enterprise software is distribution.", "the real moat in enterprise software is distribution", False),
    ("Over time, value will concentrate in companies that own proprietary data.",
     "value will concentrate in companies that own proprietary data", False),
]


def test_fragmentary_extractions():
    assert [_fragment(t, x) for t, x, _ in EXTRACTIONS] == [f for _, _, f in EXTRACTIONS]
