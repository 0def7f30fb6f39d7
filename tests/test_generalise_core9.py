"""Generalisation of the core families to text written in other styles (session 9): each fix with
cases both ways (what it finds, what must stay quiet), run through the real rules on episode files."""

from __future__ import annotations

import json
import random
import re

import pytest

from audit.checks import attribution as A
from audit.glossary import glossary
from audit.ruleset import Knowledge
from tests.conftest import audit_text, episode_text
from tests.test_generalise_core import _family, _quote


def _entity(context: str, name: str, confidence: str = "high") -> str:
    return episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: ai_application\n"
                        f"  confidence: {confidence}\n  context: {json.dumps(context)}\n  source: llm_enhanced\n")


# --- attribution ----------------------------------------------------------------------------------

WRONG_MAKER = [
    # a comparison or a move before a claim that ties the names itself leaves it a claim; and
    # "the hosts" of a podcast are no platform that hosts a model
    ("The hosts compare Grok by Anthropic with open models.", "Grok by Anthropic"),
    ("We switched from OpenAI's Claude to a cheaper option.", "OpenAI's Claude"),
    # a relative clause with the maker as the subject of a making verb
    ("The Gemini models that OpenAI ships are improving quickly.", "Gemini models that OpenAI ships"),
    ("Llama, which Google built, is open weight.", "Llama, which Google built"),
    # the maker's name as the adjective of an apposition
    ("DeepSeek-R1, an OpenAI model, is cheap to run.", "DeepSeek-R1, an OpenAI model"),
    ("Claude Code, an OpenAI tool, writes the tests.", "Claude Code, an OpenAI tool"),
]


@pytest.mark.parametrize("text,evidence", WRONG_MAKER)
def test_wrong_maker_in_other_phrasings_is_found(text, evidence):
    found = _family(audit_text(_quote(text)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A401", "quotes[0].text", evidence)]


RIGHT_OR_NO_CLAIM = [
    "We switched to Claude from OpenAI.",                          # "from" after a move: where from
    "Llama, which Meta built, is open weight.",                    # the right maker
    "Claude, which Amazon released on Bedrock, is popular.",       # a platform's move
    "Mixtral, which Google made available in Vertex, is fast.",
    "Qwen, which Microsoft researchers benchmarked, scored well.",  # no making verb
    "Microsoft hosts Grok by xAI on Azure.",
    "Azure hosts Google's Gemini models for some customers.",       # right maker after a platform
    "Claude, an OpenAI rival model, is careful.",                  # a comparison
    "Llama, an Azure model, is cheap to serve.",                   # a cloud: where it runs
    "Claude, an Amazon Bedrock model, is popular.",                # a platform's product between
    "Claude, an Amazon-backed model, is popular.",
    "Claude, an OpenAI model and Gemini were compared.",           # a list, not one thing
]


@pytest.mark.parametrize("text", RIGHT_OR_NO_CLAIM)
def test_right_makers_moves_and_platforms_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "attribution") == []


ENTITY_WRONG_MAKER = [
    # a model's version or size after its family's name: the family's maker
    ("Phi-3", "Small model family from Meta.", "family from Meta"),
    ("Qwen2.5-72B", "Open model from Google.", "model from Google"),
    ("Lama 3", "Model family released by Google.", "released by Google"),  # a misspelled family too
    # "model of" a maker
    ("Mistral Large", "Flagship model of Cohere.", "model of Cohere"),
    # "AI" among the words before the kind, and more kinds ("agent", "chip")
    ("Claude", "OpenAI's AI assistant, discussed for coding.", "OpenAI's AI assistant"),
    ("Codex", "Anthropic's coding agent.", "Anthropic's coding agent"),
    ("TPU", "Nvidia's custom chip for Google Cloud.", "Nvidia's custom chip"),
    # what the context describes it as
    ("Gemini", "Mentioned as OpenAI's multimodal model.", "Mentioned as OpenAI's multimodal model"),
    ("Llama", "Discussed as Google's open-source model family.", "Discussed as Google's open-source model"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITY_WRONG_MAKER)
def test_entity_context_naming_the_wrong_maker_in_more_shapes_is_found(name, context, evidence):
    found = _family(audit_text(_entity(context, name)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A402", "companies[0].context", evidence)]


ENTITY_RIGHT_OR_NO_CLAIM = [
    ("Claude 3 Opus", "The business model of OpenAI was discussed."),  # a way of doing business
    ("Claude", "A product of OpenAI's rival."),                        # "of" before a possessive
    ("Mistral Large", "Flagship model of Mistral AI."),
    ("Gemini 2.5 Pro", "Google's model, compared with OpenAI's o3."),
    ("Llama 3.1", "Meta's model of choice for open weights."),
    ("Phi-4", "Small model family from Microsoft."),
    ("Claude", "Mentioned as OpenAI's rival model."),                      # a comparison
    ("Claude", "Used as Google's internal coding model, per the guest."),  # a use, not authorship
    ("Claude", "Mentioned as Anthropic's flagship model."),
    ("Claude", "Known as Amazon's Bedrock model."),                        # a platform's name between
    ("TPU", "Google's custom chip, an alternative to Nvidia GPUs."),
]


@pytest.mark.parametrize("name,context", ENTITY_RIGHT_OR_NO_CLAIM)
def test_entity_context_with_the_right_maker_or_no_claim_in_more_shapes_stays_quiet(name, context):
    assert _family(audit_text(_entity(context, name)), "attribution") == []


def test_the_relative_clause_rest_matches_as_its_plain_regex():
    # the split rest of the relative clause ("prod12") against the combined regex it replaces
    gl = glossary(Knowledge.load([]))
    shapes = A.patterns_for(gl).claims
    plain = re.compile(shapes.plain_source())
    rng = random.Random(9)
    prods, orgs = ["Gemini", "Llama 3", "Claude", "Qwen"], ["OpenAI", "Google", "Meta", "Google DeepMind", "Microsoft"]
    glue = [" models that ", ", which ", " that ", ",  which ", " which "]
    verbs = [" built", " ships", " made available", " released on Azure", " trained", " hates", "", " built it"]
    found = 0
    for _ in range(300):
        text = rng.choice(prods) + rng.choice(glue) + rng.choice(orgs) + rng.choice(verbs) + rng.choice([".", " now", ""])
        for pos in range(len(text) + 1):
            fast, m = shapes.match(text, pos, len(text)), plain.match(text, pos, len(text))
            assert (fast is None) == (m is None), text
            if m is not None:
                assert fast.span() == m.span() and fast.groupdict() == m.groupdict(), text
                found += bool(m.group("org12"))
    assert found > 50


# --- misspelling ----------------------------------------------------------------------------------

MISSPELLED = [
    # a listed misspelling with a number after its first word: the words of a candidate stop at
    # the number, so the text after it decides
    ("We moved our agent to Cloud 3.5 Sonnet last spring.", "Cloud 3.5 Sonnet", "Claude 3.5 Sonnet"),
    ("Training on H 100 cards is costly.", "H 100", "H100"),
    # the sound-alike of a family's name ("Cloud" for "Claude") before a version and a model word
    # of the family, listed or not
    ("Cloud Opus 4.1 is expensive.", "Cloud Opus 4.1", "Claude Opus 4.1"),
    ("We tried Cloud 4 Sonnet yesterday.", "Cloud 4 Sonnet", "Claude 4 Sonnet"),
    ("Cloud Sonnet 4.5 writes our tests.", "Cloud Sonnet 4.5", "Claude Sonnet 4.5"),
]


@pytest.mark.parametrize("text,evidence,replacement", MISSPELLED)
def test_misspellings_with_a_number_inside_are_found(text, evidence, replacement):
    found = _family(audit_text(_quote(text)), "misspelling")
    assert [(f.rule, f.field, f.evidence, f.fix.edits[0].replacement) for f in found] == [
        ("M301", "quotes[0].text", evidence, replacement)]


QUIET_TEXTS = [
    "Cloud Code is the plugin for the editor.",     # a model word of no number: may be meant
    "Our Cloud 2.0 strategy starts next year.",     # a number and no model word
    "Google Cloud 3 Storage regions were added.",   # another capitalised word
    "Cloud Sonnet poetry is a genre.",
    "AI 2027 is a forecast of the next years.",      # the first word of "AI 21 Labs", another number
]


@pytest.mark.parametrize("text", QUIET_TEXTS)
def test_sound_alikes_without_a_version_and_model_word_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "misspelling") == []


@pytest.mark.parametrize("name", ["Allen Institute for AI", "Allen Institute for Artificial Intelligence",
                                  "Safe Superintelligence Inc."])
def test_a_name_longer_than_three_words_written_right_stays_quiet(name):
    assert _family(audit_text(_entity("Briefly mentioned as a non-profit research lab.", name, "medium")),
                   "misspelling") == []


def test_the_first_words_of_a_long_name_written_otherwise_stay_flagged():
    # the start of the glossary's longer form must be in the text, not only in the guess
    found = _family(audit_text(_quote("Safe Superintelligence Inc and OpenAI.")), "misspelling")
    assert [(f.rule, f.evidence) for f in found] == [("M302", "Safe Superintelligence Inc")]


@pytest.mark.parametrize("text,evidence", [
    # a brand's own name in wrong casing at the start of a sentence: its lowercase is common only as the brand
    ("Youtube is where the clips went viral.", "Youtube"),
    ("Linkedin posts about agents are everywhere.", "Linkedin"),
    ("Whatsapp groups spread the rumour.", "Whatsapp"),
])
def test_a_brand_in_wrong_casing_at_a_sentence_start_is_found(text, evidence):
    found = _family(audit_text(_quote(text)), "misspelling")
    assert [(f.rule, f.evidence) for f in found] == [("M301", evidence)]


def test_an_ordinary_word_that_is_a_listed_casing_at_a_sentence_start_stays_quiet():
    assert _family(audit_text(_quote("Co-pilot mode is on for the landing.")), "misspelling") == []


# --- glossary: well-known names that were missing -------------------------------------------------

GLOSSARY_MISSPELLED = [
    ("Reed Hoffman co-founded Inflection.", "Reed Hoffman", "Reid Hoffman"),
    ("Eric Schmit warned about China.", "Eric Schmit", "Eric Schmidt"),
    ("Johnny Ive designs the device.", "Johnny Ive", "Jony Ive"),
    ("Kevin Scot explained the partnership.", "Kevin Scot", "Kevin Scott"),
    ("Weviate is the vector store they use.", "Weviate", "Weaviate"),
    ("Logan Kirkpatrick announced the release.", "Logan Kirkpatrick", "Logan Kilpatrick"),
]


@pytest.mark.parametrize("text,evidence,replacement", GLOSSARY_MISSPELLED)
def test_misspellings_of_added_glossary_names_are_found(text, evidence, replacement):
    found = _family(audit_text(_quote(text)), "misspelling")
    assert [(f.field, f.evidence, f.fix.edits[0].replacement) for f in found] == [
        ("quotes[0].text", evidence, replacement)]


@pytest.mark.parametrize("text", [
    "Helen Keller learned to read.", "Carl Schmitt wrote about politics.", "The Gartner Magic Quadrant.",
    "Reid Hoffman and Kevin Scott spoke; Jony Ive and Jim Keller listened.",
    "Weaviate, Qdrant and Milvus are vector databases.",
])
def test_other_people_and_the_added_names_written_right_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "misspelling") == []


# --- mojibake -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,evidence,repaired", [
    # a no-break space read as Windows-1252 ("Â" and a no-break space) whose space became plain
    ("A 10Â km run every morning.", "10Â", "10"),
    ("Latency fell to 30Â ms per token.", "30Â", "30"),
])
def test_a_no_break_space_read_as_cp1252_before_a_plain_space_is_mojibake(text, evidence, repaired):
    found = _family(audit_text(_quote(text)), "mojibake")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("U101", "quotes[0].text", evidence)]
    assert found[0].fix.applicability == "safe" and repr(repaired) in found[0].fix.description


@pytest.mark.parametrize("text", ["CÂY and TÂM are Vietnamese words.", "L'ÂGE D'OR of AI.", "ROMÂNIA sent a team.",
                                  "Pâte, château and grâce."])
def test_a_capital_a_circumflex_in_words_stays_quiet(text):
    assert _family(audit_text(_quote(text)), "mojibake") == []


# --- not-mentioned --------------------------------------------------------------------------------

@pytest.mark.parametrize("context,evidence", [
    # a label with a status or a count, and a count of none
    ("Mention status: none.", "Mention status: none"),
    ("Mention count: 0", "Mention count: 0"),
    ("Mentioned zero times.", "Mentioned zero times"),
    ("Inferred; had 0 mentions in the transcript.", "0 mentions"),
])
def test_a_status_or_count_of_no_mention_is_found(context, evidence):
    found = _family(audit_text(_entity(context, "Globex", "low")), "not-mentioned")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("N201", "companies[0].context", evidence)]


@pytest.mark.parametrize("context", [
    "Mentions: 0.5 per minute of the episode.", "Mention status: confirmed.", "Mentioned 10 times.",
    "Mentioned 20 times; zero mentions of layoffs.", "Zero references to its pricing; named as a partner.",
])
def test_counts_of_other_things_or_of_mentions_stay_quiet(context):
    assert _family(audit_text(_entity(context, "Globex", "low")), "not-mentioned") == []
