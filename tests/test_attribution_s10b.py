"""Attribution on phrasings missed by held-out probes (session 10, attr10b): appositions between
dashes, "just dropped" / "came out with" / "has released", "the company behind Y, X", "the latest
offering from X", plural chip names ("TPUs"), suffixes after a version ("Qwen2-VL"), a maker
described before its name ("by the Chinese lab X"), "the AI editor X makes", "the weights X
published", a month or a partnership after the product, entity contexts "series from X", "flagship
of X's lineup". Each with its guards: right makers, a clause after a dash, a list after a comma, a
customer's units, a lab taking a model away, a partner who is the right maker, a renamed derivative."""

from __future__ import annotations


import pytest

from tests.conftest import audit_text, summary_episode as _summary, insight_episode as _insight
from tests.test_generalise_core import _family, _quote
from tests.test_generalise_core9 import _entity


WRONG_MAKER = [
    # an apposition between dashes, or closed by the sentence's end
    (_quote, "Gemini Ultra — OpenAI's biggest model yet — is huge.", "quotes[0].text",
     "Gemini Ultra — OpenAI's biggest model"),
    (_summary, "Llama 4 -- Anthropic's open model -- is big.", "summary", "Llama 4 -- Anthropic's open model"),
    (_quote, "Mistral Large — built by Google — is multilingual.", "quotes[0].text", "Mistral Large — built by Google"),
    # an AI lab's verbs of bringing out, with "just" or a perfect
    (_quote, "Mistral just dropped Grok 3 mini.", "quotes[0].text", "Mistral just dropped Grok 3 mini"),
    (_insight, "DeepSeek came out with Claude 3 Haiku last year.", "insights[0].text",
     "DeepSeek came out with Claude 3 Haiku"),
    (_quote, "OpenAI has just launched Llama 4.", "quotes[0].text", "OpenAI has just launched Llama 4"),
    # the maker after a comma, named by what goes before the product
    (_quote, "The company behind Grok, Google, is hiring.", "quotes[0].text", "Grok, Google"),
    # a maker's offering
    (_quote, "Qwen 3 is the latest offering from Meta.", "quotes[0].text", "Qwen 3 is the latest offering from Meta"),
    (_quote, "Meta's latest offering, Claude 3, is strong.", "quotes[0].text", "Meta's latest offering, Claude 3"),
    # plurals and suffixes after a version
    (_quote, "Intel's TPUs are fast.", "quotes[0].text", "Intel's TPUs"),
    (_quote, "Microsoft's Qwen2-VL reads charts.", "quotes[0].text", "Microsoft's Qwen2-VL"),
    # a maker described before its name
    (_summary, "Llama 3 was released by the Chinese lab DeepSeek.", "summary",
     "Llama 3 was released by the Chinese lab DeepSeek"),
    (_quote, "Gemma 3 comes from the French startup Mistral.", "quotes[0].text",
     "Gemma 3 comes from the French startup Mistral"),
    # an apposition's clause with "AI" among its words, weights, "published"
    (_quote, "Copilot, the AI editor Google makes, is popular.", "quotes[0].text", "Copilot, the AI editor Google makes"),
    (_quote, "Llama 2, the weights Google published, are popular.", "quotes[0].text",
     "Llama 2, the weights Google published"),
    # a month or a partnership after the product is no platform
    (_quote, "Meta open-sourced Gemma 2 in January.", "quotes[0].text", "Meta open-sourced Gemma 2"),
    (_quote, "OpenAI built Grok 2 in partnership with Oracle.", "quotes[0].text", "OpenAI built Grok 2"),
]


@pytest.mark.parametrize("make,text,field,evidence", WRONG_MAKER)
def test_wrong_maker_s10b_is_found(make, text, field, evidence):
    found = _family(audit_text(make(text)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A401", field, evidence)]


ENTITY_WRONG_MAKER = [
    ("Llama", "Model series from OpenAI for coding.", "series from OpenAI"),
    ("Gemini", "Flagship of OpenAI's model lineup.", "Flagship of OpenAI's model lineup"),
    ("Claude", "Mixture-of-experts architecture by the startup Mistral.", "architecture by the startup Mistral"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITY_WRONG_MAKER)
def test_entity_wrong_maker_s10b_is_found(name, context, evidence):
    found = _family(audit_text(_entity(context, name)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A402", "companies[0].context", evidence)]


QUIET = [
    # the same shapes with the right maker
    "Gemini Ultra — Google's biggest model yet — is huge.",
    "OpenAI just dropped GPT-4o mini for developers.",
    "The company behind Grok, xAI, is hiring.",
    "Qwen 3 is the latest offering from Alibaba.",
    "Qwen 3 was released by the Chinese lab Alibaba.",
    "Copilot, the AI editor GitHub makes, is popular.",
    "Meta open-sourced Llama 2 in January.",
    "Alibaba's Qwen2-VL reads charts.",
    "Google's TPUs are fast.",
    # a dash that starts a clause, a comparison between dashes
    "We tried Gemini — OpenAI's model is better.",
    "We tried Gemini — OpenAI's model, by contrast, lags.",
    "Gemini Ultra — OpenAI's biggest rival model — is huge.",
    # a list after a comma
    "We compared Grok, Google, and Meta.",
    "The company behind Claude, OpenAI, and Google are rivals.",
    # a platform's offer, a lab taking a model away, a platform's place
    "Bedrock is offering Claude from Anthropic.",
    "Microsoft just dropped GPT-4 from Copilot.",
    "Apple has just dropped Gemini from Siri.",
    "Amazon has launched Claude in Bedrock.",
    "Microsoft released Llama 2 in Azure.",
    # a customer's or a seller's units
    "Microsoft's H100s run GPT-4.",
    "Google's B200s are sold out.",
    "Nvidia shipped B200s to OpenAI's data centers.",
    # a partner who is the right maker: a joint release
    "Microsoft released Llama 2 in partnership with Meta.",
    # a renamed derivative
    "Llama, released by Nvidia as Nemotron, is good.",
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet_s10b(text):
    assert _family(audit_text(_quote(text)), "attribution") == []


@pytest.mark.parametrize("name,context", [
    ("Llama", "Model family released by Nvidia as Nemotron, based on Llama."),
    ("Llama 3", "Open model released by Nvidia under the name Nemotron."),
    ("Llama", "Model series from Meta for coding."),
    ("Gemini", "Flagship of Google's model lineup."),
    ("Claude", "Built on the Transformer architecture from Google."),
    ("Claude", "Transformer architecture from Google for chat."),
    ("Claude", "Successor of OpenAI's GPT-4 line."),
])
def test_entity_quiet_s10b(name, context):
    assert _family(audit_text(_entity(context, name)), "attribution") == []


@pytest.mark.parametrize("name,right", [
    ("Google Claude", "Anthropic"), ("OpenAI Gemini 2.5 Pro", "Google DeepMind"), ("Anthropic GPT-4", "OpenAI"),
])
def test_maker_and_another_s_product_in_an_entity_name(name, right):
    # the name itself ties a maker to another's product; the fix replaces the maker's word
    found = _family(audit_text(_entity("Mentioned briefly.", name)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A402", "companies[0].name", name)]
    assert [e.replacement for e in found[0].fix.edits] == [right]


@pytest.mark.parametrize("name", [
    "Meta Llama", "Microsoft Copilot", "GitHub Copilot", "Google Gemini", "Microsoft Phi-3", "Meta Llama 3.1 405B",
    "Azure GPT-4", "Nvidia Llama Nemotron", "Samsung Gemini", "Amazon Bedrock", "Azure OpenAI", "Google DeepMind Gemini",
])
def test_right_or_hosting_maker_in_an_entity_name_is_quiet(name):
    assert _family(audit_text(_entity("Mentioned briefly.", name)), "attribution") == []


MORE_WRONG_MAKER = [
    ("Claude, which comes from OpenAI, is good.", "Claude, which comes from OpenAI"),
    ("Meta's newly released Claude 4 is good.", "Meta's newly released Claude 4"),
    ("Anthropic revealed Gemini 3 today.", "Anthropic revealed Gemini 3"),
    ("Gemini 2, Meta's latest, is good.", "Gemini 2, Meta's latest"),
    ("Llama 3, from the folks at Google, is open.", "Llama 3, from the folks at Google"),
    ("Grok was developed by the team at OpenAI.", "Grok was developed by the team at OpenAI"),
    ("OpenAI's DeepSeek-R1-Distill is small.", "OpenAI's DeepSeek-R1-Distill"),
]


@pytest.mark.parametrize("text,evidence", MORE_WRONG_MAKER)
def test_more_wrong_makers_s10b(text, evidence):
    found = _family(audit_text(_quote(text)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A401", "quotes[0].text", evidence)]


@pytest.mark.parametrize("text", [
    "Amazon's newly announced Claude deal is big.",
    "Anthropic previewed Gemini support in Claude Code.",
    "The traffic, which comes from Google, helps ChatGPT.",
    "Llama 3, from the folks at Meta, is open.",
    "Cursor teased GPT-5 integration.",
    "We compared Gemini, OpenAI's latest and Claude.",
    "Perplexity previewed Claude 4 for Pro users.",
])
def test_more_quiet_s10b(text):
    assert _family(audit_text(_quote(text)), "attribution") == []
