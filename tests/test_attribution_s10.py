"""Attribution on phrasings from held-out probes (session 10, attr10): an AI lab bringing out
another's product ("xAI shipped Llama 4"), a product that "comes from" a maker, the people of a
maker "behind" a product, an apposition whose noun a maker's clause describes ("Sora, the video
model Google open-sourced"), passive "shipped/rolled out by", sizes and stages after a name
("Mistral Large", "o1-preview"), "flagship" as an apposition's head, capitalised verbs of titles.
Each shape both ways, through the real rules; the quiet cases are the guards of the new shapes
(platforms, relations, objects, former employers)."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text
from tests.test_generalise_core import _family, _quote
from tests.test_generalise_core9 import _entity

WRONG_MAKER = [
    # an AI lab's verbs of bringing out, with an adverb or a determiner and qualifier
    ("Anthropic launched Gemini 2.5 Pro last week.", "Anthropic launched Gemini 2.5 Pro", "Google DeepMind"),
    ("xAI quietly shipped Llama 4 Scout.", "xAI quietly shipped Llama 4 Scout", "Meta"),
    ("DeepSeek announced the new Claude Opus 4.", "DeepSeek announced the new Claude Opus 4", "Anthropic"),
    ("OpenAI rolled out Grok 3 yesterday.", "OpenAI rolled out Grok 3", "xAI"),
    ("Microsoft put out Gemma 3.", "Microsoft put out Gemma 3", "Google DeepMind"),
    # a product as the subject of "comes from" / "came out of"
    ("Qwen comes from Google.", "Qwen comes from Google", "Alibaba"),
    ("Gemma came out of Meta.", "Gemma came out of Meta", "Google DeepMind"),
    # a maker's people behind a product
    ("The OpenAI team behind Grok is hiring.", "OpenAI team behind Grok", "xAI"),
    ("Microsoft's researchers behind Gemini published a paper.", "Microsoft's researchers behind Gemini",
     "Google DeepMind"),
    # an apposition described by the maker's clause, no relative pronoun
    ("Sora, the video model Google open-sourced, is popular.", "Sora, the video model Google open-sourced", "OpenAI"),
    # "flagship" as the head, after a size word of the name
    ("Mistral Large, Google's flagship, is multilingual.", "Mistral Large, Google's flagship", "Mistral AI"),
    ("o1-preview, Anthropic's reasoning model, thinks first.", "o1-preview, Anthropic's reasoning model", "OpenAI"),
    ("Gemini 2.0 Flash Thinking (OpenAI) reasons step by step.", "Gemini 2.0 Flash Thinking (OpenAI)",
     "Google DeepMind"),
    # passive "shipped by", a time after the maker
    ("Claude 3.5 Sonnet, shipped by Meta last month, writes code.", "Claude 3.5 Sonnet, shipped by Meta", "Anthropic"),
]


@pytest.mark.parametrize("text,evidence,right", WRONG_MAKER)
def test_wrong_maker_s10_is_found(text, evidence, right):
    found = _family(audit_text(_quote(text)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A401", "quotes[0].text", evidence)]
    (f,) = found
    assert f.fix is not None and f.fix.applicability == "unsafe"
    assert [e.replacement for e in f.fix.edits] == [right]


def test_position_and_fix_of_a_lab_launching_another_s_model():
    # the finding starts at the maker; the fix replaces only the maker's name
    text = _quote("So Anthropic launched Gemini 2.5 Pro last week.")
    (f,) = _family(audit_text(text), "attribution")
    line = text.splitlines()[f.line - 1]
    assert line[f.column - 1:f.end_column - 1] == "Anthropic launched Gemini 2.5 Pro"
    (edit,) = f.fix.edits
    lines = text.splitlines(keepends=True)
    start = sum(map(len, lines[:f.line - 1])) + f.column - 1
    assert (edit.start, edit.end) == (start, start + len("Anthropic"))


def test_a_title_s_capitalised_verb():
    text = "---\ntitle: How Meta Built Gemini\n---\n"
    found = _family(audit_text(text), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A401", "title", "Meta Built Gemini")]


RIGHT_OR_NO_CLAIM = [
    # platforms bring out others' models: only an AI lab's launch is a claim
    "Samsung launched Gemini Live on the Galaxy S25.",
    "Microsoft rolled out GPT-4o to Copilot users.",
    "Apple announced ChatGPT in Siri last year.",
    # a relation to the product, or a feature of it
    "OpenAI launched its Claude competitor last year.",
    "OpenAI announced the Windsurf acquisition.",
    "OpenAI announced Claude support in the Agents SDK.",
    # the right makers, in the new shapes
    "xAI launched Grok 3 last week.",
    "Qwen comes from Alibaba.",
    "Copilot comes from GitHub.",
    "The Google DeepMind team behind Gemini is hiring.",
    "Mistral Large, Mistral AI's flagship, is multilingual.",
    "Whisper, the speech model OpenAI open-sourced, is accurate.",
    # "comes from" with the product as no subject, or a place it is downloaded from
    "Competition to ChatGPT comes from Google.",
    "Llama models come from Hugging Face for most developers.",
    # where the people behind it were before
    "The former OpenAI researchers behind Claude founded Anthropic.",
    # the maker's clause goes on after its verb, or is a platform's move
    "GPT-4, the model Microsoft built Copilot on, is old.",
    "ChatGPT, the chatbot Apple built into Siri, is everywhere.",
    "Llama, the model Microsoft released on Azure, is cheap.",
    # a platform's place after "shipped by" / "rolled out by"
    "Gemini Nano, shipped by Samsung on Galaxy phones, runs locally.",
    "Claude, rolled out by Amazon to Alexa users, talks well.",
]


@pytest.mark.parametrize("text", RIGHT_OR_NO_CLAIM)
def test_right_makers_s10_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "attribution") == []


def test_a_relation_after_a_possessive_product_stays_quiet():
    # "OpenAI's Windsurf acquisition" is a purchase, not who made Windsurf
    assert _family(audit_text(_quote("OpenAI's Windsurf acquisition fell through.")), "attribution") == []


ENTITY = [
    ("Grok", "Chatbot rolled out by Meta last year.", "rolled out by Meta"),
    ("Claude", "Assistant rolled out by Amazon to Alexa users.", None),   # a platform's move
    ("Gemini", "Model family shipped by Google DeepMind.", None),          # right maker
]


@pytest.mark.parametrize("name,context,evidence", ENTITY)
def test_entity_context_s10(name, context, evidence):
    found = _family(audit_text(_entity(context, name)), "attribution")
    expected = [] if evidence is None else [("A402", "companies[0].context", evidence)]
    assert [(f.rule, f.field, f.evidence) for f in found] == expected


# glossary: Perplexity the answer engine is a product of Perplexity AI
@pytest.mark.parametrize("text,evidence", [
    ("Perplexity, a product of Google, answers with citations.", "Perplexity, a product of Google"),
    ("Perplexity's Claude and GPT-4 options cost extra.", None),   # a platform's options
    ("Perplexity uses OpenAI and Anthropic models under the hood.", None),
])
def test_perplexity_is_a_product(text, evidence):
    found = _family(audit_text(_quote(text)), "attribution")
    assert [f.evidence for f in found] == ([] if evidence is None else [evidence])


# second round: a predicate "is an X model", a kind "product" before "by", two verbs before
# "by", "created at", an agent "from" a maker in an entity's context
MORE_WRONG_MAKER = [
    ("DeepSeek-R1 is an OpenAI reasoning model that rivals o1.", "DeepSeek-R1 is an OpenAI reasoning model"),
    ("The Copilot product built by Amazon is popular.", "Copilot product built by Amazon"),
    ("ChatGPT is built and run by Google.", "ChatGPT is built and run by Google"),
    ("Codex was created at Google as a coding agent.", "Codex was created at Google"),
]


@pytest.mark.parametrize("text,evidence", MORE_WRONG_MAKER)
def test_more_wrong_maker_s10_is_found(text, evidence):
    found = _family(audit_text(_quote(text)), "attribution")
    assert [(f.rule, f.evidence) for f in found] == [("A401", evidence)]


MORE_QUIET = [
    "Llama is a Meta model.",
    "Claude is an AWS customer favorite.",                  # a cloud is no maker in an apposition
    "ChatGPT is built and run by OpenAI.",
    "Codex was created at OpenAI.",
    "Cursor was created at MIT by students.",               # where its makers studied
    "GPT-4 was built at Microsoft's supercomputing cluster in Iowa.",   # a place of the maker's
    "Llama 2 was released at Microsoft Inspire.",           # an event: no "released at"
    "Claude agents built by Salesforce handle support.",    # things built on the model
]


@pytest.mark.parametrize("text", MORE_QUIET)
def test_more_right_makers_s10_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "attribution") == []


def test_entity_context_agent_from_a_maker():
    found = _family(audit_text(_entity("Command-line coding agent from OpenAI.", "Claude Code")), "attribution")
    assert [(f.rule, f.evidence) for f in found] == [("A402", "agent from OpenAI")]
    assert _family(audit_text(_entity("Command-line coding agent from Anthropic.", "Claude Code")), "attribution") == []


# a customer's chips and a lab's deployments are no maker claims
@pytest.mark.parametrize("text", [
    "Meta's H100 clusters are huge.",
    "xAI's H100 supercomputer is in Memphis.",
    "OpenAI's Trainium capacity is small.",
    "Meta built H100 clusters for Llama.",
    "OpenAI announced H100 clusters in Texas.",   # a lab launches models and its own products only
    "OpenAI launched Android apps for ChatGPT.",
])
def test_chips_and_platforms_owned_or_used_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "attribution") == []


def test_a_lab_launching_another_lab_s_product():
    found = _family(audit_text(_quote("Anthropic launched Sora.")), "attribution")
    assert [(f.rule, f.evidence) for f in found] == [("A401", "Anthropic launched Sora")]


@pytest.mark.parametrize("text,evidence", [
    ("Apple's Gemini talks stalled last spring.", None),                  # negotiations, a relation
    ("Nvidia's Llama Nemotron models are fine-tunes.", None),             # Nvidia's own model named after Llama
    ("Microsoft's Gemini Nano runs on phones.", "Microsoft's Gemini Nano"),
])
def test_talks_and_derivatives(text, evidence):
    found = _family(audit_text(_quote(text)), "attribution")
    assert [f.evidence for f in found] == ([] if evidence is None else [evidence])


# a maker described by what it makes, a product's maker as a possessive noun, "one of X's models"
@pytest.mark.parametrize("text,evidence", [
    ("OpenAI, the company behind Gemini, is hiring.", "OpenAI, the company behind Gemini"),
    ("Google, which makes Claude, is hiring.", "Google, which makes Claude"),
    ("Meta, the maker of Grok, is hiring.", "Meta, the maker of Grok"),
    ("Gemini's creator, OpenAI, is hiring.", "Gemini's creator, OpenAI"),
    ("Phi-4 is one of Google's small models.", "Phi-4 is one of Google's small models"),
    ("Microsoft, the company behind Copilot, is big.", None),
    ("Microsoft, which built Copilot on GPT-4, is big.", None),
    ("Apple, the company that integrated ChatGPT, is cautious.", None),
    ("Claude's maker, Anthropic, raised money.", None),
    ("Gemini's parent company, Alphabet, reported earnings.", None),
    ("ChatGPT's creator, Sam Altman, spoke.", None),
])
def test_makers_described_by_what_they_make(text, evidence):
    found = _family(audit_text(_quote(text)), "attribution")
    assert [f.evidence for f in found] == ([] if evidence is None else [evidence])


# a platform's word after a versioned name is not passed by a shorter version ("Claude 3.5", then
# " Sonnet in" read as no platform's word): a false positive on main
@pytest.mark.parametrize("text", [
    "Amazon released Claude 3.5 Sonnet in Bedrock.",
    "Microsoft released Gemini 2.0 Flash on Azure.",
    "Google built Claude 3.5 Sonnet into Vertex AI.",
    "OpenAI announced Gemini 2.5 Pro support in its SDK.",
])
def test_platform_guard_after_a_versioned_name(text):
    assert _family(audit_text(_quote(text)), "attribution") == []


def test_a_versioned_name_without_a_platform_after_it_is_still_a_claim():
    found = _family(audit_text(_quote("Amazon released Claude 3.5 Sonnet last year.")), "attribution")
    assert [f.evidence for f in found] == ["Amazon released Claude 3.5 Sonnet"]
