"""Session 7 of the core families: shapes found by fresh dev probes (names and phrasings nobody on
the team had written), each fix with cases both ways (what it finds, what must stay quiet)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _entity(context: str, name: str = "Globex", confidence: str = "low") -> str:
    return episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: tech\n"
                        f"  confidence: {confidence}\n  context: {json.dumps(context)}\n  source: llm_enhanced\n")


def _quote(text: str) -> str:
    return episode_text(f"title: x\nquotes:\n- text: {json.dumps(text)}\n")


def _family(findings, family):
    return [f for f in findings if f.family == family]


# --- not-mentioned --------------------------------------------------------------------------------

NOT_MENTIONED = [
    ("Appears only in the episode metadata.", "only in the episode metadata"),
    ("Only appears in the episode description.", "Only appears in the episode description"),
    ("Included from the show notes, not the audio.", "Included from the show notes"),
    ("Mention is implied, not explicit.", "Mention is implied"),
    ("Derived from context rather than stated.", "Derived from context rather than stated"),
    ("Speakers only allude to it.", "only allude to"),
    ("The conversation never touches on this company.", "conversation never touches on"),
    ("Name not spoken; inferred from context.", "not spoken"),
    ("Possibly referenced, but not by name.", "but not by name"),
    ("The guest alludes to it without naming it.", "without naming it"),
    ("Referenced only via its product.", "only via its"),
    ("Unnamed in the audio; added from the description.", "Unnamed in the audio"),
    ("Indirect reference only.", "Indirect reference"),
    ("Implicit: the guest talks about 'the search engine'.", "Implicit"),
    ("Nobody brings it up.", "Nobody brings it up"),
    ("Neither speaker refers to this company.", "Neither speaker refers to"),
    ("Not part of what the hosts discussed.", "Not part of what"),
    ("Mentioned nowhere; listed because of the topic.", "Mentioned nowhere"),
    ("Listed only because of the episode title.", "Listed only because of the episode title"),
    ("No explicit naming of the company occurs.", "No explicit naming"),
    ("Not said explicitly; implied by the chip discussion.", "Not said explicitly"),
    ("Not explicitly identified in the episode.", "Not explicitly identified"),
    ("No mention found.", "No mention"),                   # a verb after the noun, no object
    ("No explicit reference exists.", "No explicit reference"),
    ("Likely inferred from the topic.", "inferred from the topic"),
    ("Appears in the description, not the audio.", ", not the audio"),
]


@pytest.mark.parametrize("context,evidence", NOT_MENTIONED)
def test_not_mentioned_phrasings_s7_are_found(context, evidence):
    found = _family(audit_text(_entity(context)), "not-mentioned")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("N201", "companies[0].context", evidence)]


QUIET_CONTEXTS = [
    "Not mentioned as a competitor, but discussed as a partner.",   # a role it was not named in
    "Named as a rival; not mentioned as a customer, but named as a partner.",
    "The hosts discuss why it is not mentioned more often in the press.",  # outside the episode
    "Mentioned as an investor that was not named in the filing.",
    "Mentioned; no reference to its pricing was made.",             # a thing it has
    "Discussed, with no mention of its layoffs.",
    "Discussed in detail; no mention of layoffs was made.",         # a bare noun, no entity
    "Named by the guest; the deal value was not discussed.",        # two words after "the"
    "Mentioned as having no reference design.",                     # a noun compound
    "Mentioned, and its CEO's name is not mentioned.",
    "Mentioned; the speakers did not cite any numbers.",            # an object that is no entity
    "Mentioned as the employer of a guest who was not named.",      # a clause on another noun
]


@pytest.mark.parametrize("context", QUIET_CONTEXTS)
def test_statements_about_something_else_s7_stay_quiet(context):
    assert _family(audit_text(_entity(context)), "not-mentioned") == []


# --- misspelling ----------------------------------------------------------------------------------

MISSPELLED = [
    # ASR sound-alikes: same sound key, same first two and last letters, two edits
    ("I think Gemnai is underrated.", "M303", "Gemnai", "Gemini"),
    ("Hugging Phase is where the weights live.", "M303", "Hugging Phase", "Hugging Face"),
    # a model word one slip off after the family's name
    ("Try Gemini Flahs for the cheap tier.", "M303", "Gemini Flahs", "Gemini Flash"),
    # the "AI" after an organisation's name in wrong casing
    ("Cohere Ai sells to enterprises.", "M302", "Cohere Ai", "Cohere AI"),
    # capitals spelled out, and a lowercase start before capitals
    ("Open A.I. changed its structure.", "M302", "Open A.I.", "OpenAI"),
    ("My mom uses Chat G P T for recipes.", "M302", "Chat G P T", "ChatGPT"),
    ("The openAI team published a paper.", "M302", "openAI", "OpenAI"),
    ("Everyone on the team uses chatGPT.", "M302", "chatGPT", "ChatGPT"),
    # a lowercase L for the capital i in a lowercase-led name
    ("xAl trained Grok on Colossus.", "M301", "xAl", "xAI"),
    # an organisation's own name before "Corporation" stays a misspelling
    ("Nvidea Corporation reported earnings.", "M303", "Nvidea", "Nvidia"),
    ("Everyone uses openai now.", "M302", "openai", "OpenAI"),   # no command before it
]


@pytest.mark.parametrize("text,rule,evidence,replacement", MISSPELLED)
def test_misspelling_shapes_s7_are_found(text, rule, evidence, replacement):
    found = _family(audit_text(_quote(text)), "misspelling")
    assert [(f.rule, f.field, f.evidence, f.fix.edits[0].replacement) for f in found] == [
        (rule, "quotes[0].text", evidence, replacement)]


QUIET_TEXTS = [
    "The Altmann family owns a bakery.",        # a surname after "the", before "family"
    "Patch by Filip Gruszczynski and Claudiu Popa.",  # sounds like Claude, ends otherwise
    "Alecs King fixed a typo.",
    "Codecs and Initial settings are documented.",    # English words: no sound-alike
    "Cerberus guards the underworld; Clyde and Imogen watched.",
    "Minstrel 3 is a game; Clyde 2 is a sequel.",    # English words before a number: no sound-alike
    "Friedman family money funds it.",               # a person has no "family" of models
    "Hugging faces is how babies bond.",
    "Gemini Flash is cheap; Gemini Pro is not.",
    "Gemini Fresh is a brand of soap.",               # an English word after the family name
    "We use iPhone and macOS builds.",                # an accepted lowercase start
    "Call getValue and setUp in the tests.",          # camel case that is no glossary name
    "The U.S. and the E.U. regulate AI.",             # spelled-out letters of no name
    "She studied at M.I.T. in Boston.",               # an acronym's letters with dots: a style
    "Run pip install openai anthropic first.",        # package and module names
    "Then import anthropic and call it.",
    "A Mid-journey break and Open-source code.",      # ordinary compounds
    "Qwin Industries makes bolts.",                   # a product's misspelling before an org's suffix word
    "Ai Weiwei is an artist.",                        # "Ai" after no organisation
]


@pytest.mark.parametrize("text", QUIET_TEXTS)
def test_other_words_s7_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "misspelling") == []


# --- attribution ----------------------------------------------------------------------------------

WRONG_MAKER = [
    ("Mistral, Google's French model, is open weights.", "Mistral, Google's French model"),
    ("ChatGPT maker Google announced memory.", "ChatGPT maker Google"),
    ("Claude developer OpenAI raised money.", "Claude developer OpenAI"),
    ("Trainium chips from Google power Anthropic.", "Trainium chips from Google"),
    ("Anthropic's flagship, GPT-4o, is fast.", "Anthropic's flagship, GPT-4o"),
]


@pytest.mark.parametrize("text,evidence", WRONG_MAKER)
def test_wrong_maker_shapes_s7_are_found(text, evidence):
    found = _family(audit_text(_quote(text)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A401", "quotes[0].text", evidence)]


RIGHT_OR_NO_CLAIM = [
    "Mistral, the French lab, released Magistral.",
    "Gemini, Google's French model, is multilingual.",   # the right maker
    "ChatGPT maker OpenAI raised again.",
    "Mistral models from Azure and AWS are available.",  # a cloud serves others' models
    "Llama models from Azure run in our region.",
    "Google's rival model, Claude, is careful.",         # a comparison between
    "Anthropic's models, Claude and Gemini, were compared.",  # not one thing: a list
]


@pytest.mark.parametrize("text", RIGHT_OR_NO_CLAIM)
def test_right_makers_and_relations_s7_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "attribution") == []
