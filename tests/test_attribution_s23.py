"""Attribution on phrasings from a fresh held-out set (session 20, attr22): a product referred
back to by a pronoun after a verb with a particle ("Gemini 2.0 Flash, OpenAI put that out"), a time
or a feature after the pronoun ("released that with a million-token window", "put that out in
like December"), and after "is" ("The thing about Grok is Meta trained it"); a spoken
back-reference with "this is" ("the o3 model, and this is Anthropic's reasoning model"); an
apposition with "as" ("Alexa, as an Apple product"); a kind word before a bracketed maker ("the
Phi-3 family (Google)"); a cost after a headline's verb of making is no platform ("How xAI Built
DeepSeek-V3 for Six Million Dollars"); glossary names added (Microsoft Research Asia, Arctic,
Chinchilla, Gato); a maker's compound adjective of making is a claim whatever platform word stands
before it ("got access to the OpenAI-built Llama 4"); a spoken aside with a hedge and "this" ("Gemma
3 — and I'm pretty sure this was OpenAI —"); weights or checkpoints as the kind before a relative
clause ("the Llama weights that Microsoft put out"); a correction by a maker whose name starts in
lowercase ("Grok is OpenAI's, but it's xAI's"); a question's own clause is no claim ("asked whether
Google made Claude"), an apposition inside it still is."""

from __future__ import annotations

import pytest

from tests.conftest import (audit_text, entity_context_makers, insight_episode, quote_episode, summary_episode,
                            title_episode)


def _makers(text: str, episode):
    return [(f.rule, f.field, f.evidence) for f in audit_text(episode(text), select=("A4",))]


_S, _Q, _I, _T = summary_episode, quote_episode, insight_episode, title_episode
_FIELD = {_S: "summary", _Q: "quotes[0].text", _I: "insights[0].text", _T: "title"}

# (episode, text, evidence)
FOUND = [
    # a pronoun between a verb and its particle; a time or a feature after the pronoun
    (_Q, "I mean Gemini 2.0 Flash, OpenAI put that out in like December and nobody noticed.",
     "Gemini 2.0 Flash, OpenAI put that out"),
    (_Q, "Codestral, yeah, Cohere put it out last spring.", "Codestral, yeah, Cohere put it out"),
    (_S, "Gemini 1.5 Pro, OpenAI released that with a million-token window, leads long context.",
     "Gemini 1.5 Pro, OpenAI released that"),
    (_Q, "Qwen 2, Microsoft released it in March, and it did well.", "Qwen 2, Microsoft released it"),
    # after "is": the product a topic's object
    (_Q, "The thing about Grok is Meta trained it on all the tweets.", "Grok is Meta trained it"),
    (_Q, "The funny part about Phi-4 is that Google trained it on textbooks.", "Phi-4 is that Google trained it"),
    # a spoken back-reference with "this is"
    (_Q, "the o3 model, and this is Anthropic's reasoning model, thinks for a long time",
     "o3 model, and this is Anthropic's reasoning model"),
    (_Q, "So Llama 3, this is Google's open model, right?", "Llama 3, this is Google's open model"),
    # an apposition with "as"
    (_Q, "Alexa, as an Apple product, never really took off.", "Alexa, as an Apple product"),
    (_Q, "And Copilot, as a Google tool, is everywhere.", "Copilot, as a Google tool"),
    # a kind word before a bracketed maker
    (_S, "Discussion of the Phi-3 family (Google) and on-device inference.", "Phi-3 family (Google)"),
    (_S, "The Llama models (OpenAI) lead open weights.", "Llama models (OpenAI)"),
    # a cost after a verb of making
    (_T, "How xAI Built DeepSeek-V3 for Six Million Dollars", "xAI Built DeepSeek-V3"),
    (_Q, "OpenAI trained Llama 3 for about $5 million.", "OpenAI trained Llama 3"),
    # names added
    (_Q, "The Qwen models out of Microsoft Research Asia are strong on math.",
     "Qwen models out of Microsoft Research Asia"),
    (_Q, "Arctic, the Databricks model, is fine for SQL.", "Arctic, the Databricks model"),
    (_I, "Chinchilla, an OpenAI model, set the scaling laws.", "Chinchilla, an OpenAI model"),
    # a compound adjective of making, a platform's word before it
    (_Q, "we got access to the OpenAI-built Llama 4 preview, which was weird", "OpenAI-built Llama 4 preview"),
    (_Q, "Azure hosts the Google-trained Claude models now.", "Google-trained Claude"),
    # a spoken aside with a hedge and "this"
    (_Q, "Gemma 3 — and I'm pretty sure this was OpenAI — got released with vision.",
     "Gemma 3 — and I'm pretty sure this was OpenAI"),
    # weights or checkpoints before a relative clause
    (_Q, "the Llama weights that Microsoft put out were the first real open model", "Llama weights that Microsoft put out"),
    (_Q, "The Gemma checkpoints Anthropic released are small.", "Gemma checkpoints Anthropic released"),
    # an apposition inside a question is still a claim
    (_S, "They debate whether Mistral 7B, released by Google DeepMind, is still a useful baseline.",
     "Mistral 7B, released by Google DeepMind"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND)
def test_a_wrong_maker_s23_is_found(episode, text, evidence):
    fs = _makers(text, episode)
    assert fs and fs[0] == ("A401", _FIELD[episode], evidence) and {f[0] for f in fs} == {"A401"}


QUIET = [
    (_Q, "Gemini 2.0 Flash, Google put that out in like December and nobody noticed."),
    (_S, "Gemini 1.5 Pro, Google released that with a million-token window, leads long context."),
    (_Q, "Claude, Microsoft released it with a partner program on Azure."),
    (_Q, "Claude, Amazon put it out on Bedrock first."),
    (_Q, "The thing about Grok is xAI trained it on all the tweets."),
    (_Q, "The thing about Claude is people trust it."),
    (_Q, "the o3 model, and this is OpenAI's reasoning model, thinks for a long time"),
    (_Q, "We tried Claude, and this is OpenAI's fault, honestly."),
    (_I, "Alexa, as an Amazon product, is losing ground."),
    (_I, "Claude, as an Amazon partner, ships on Bedrock."),
    (_S, "Discussion of the Phi-3 family (Microsoft) and on-device inference."),
    (_S, "The Llama models (Meta, 2024) and Gemini lead."),
    (_T, "How DeepSeek Built DeepSeek-V3 for Six Million Dollars"),
    (_Q, "Microsoft released GPT-4o for Azure customers."),
    (_Q, "We sailed to the Arctic with Microsoft's research team."),
    (_Q, "Snowflake's Arctic is decent at SQL."),
    (_Q, "Chinchilla, the DeepMind paper, changed scaling."),
    (_Q, "we got access to the Meta-built Llama 4 preview"),
    (_Q, "Gemma 3 — and I'm pretty sure this was Google — got released with vision."),
    (_Q, "the Llama weights that Meta put out were the first real open model"),
    # corrected by a maker whose name starts in lowercase
    (_Q, "People assume Grok is OpenAI's, but it's xAI's."),
    # a question's own clause
    (_Q, "I asked ChatGPT whether Google made Claude and it said no, Anthropic did."),
    (_Q, "I wonder if Grok 3 is OpenAI's model."),
    (_Q, "We asked if Claude 3.5 Sonnet was a Google model."),
]


@pytest.mark.parametrize("episode,text", QUIET)
def test_a_right_or_no_maker_s23_is_quiet(episode, text):
    assert _makers(text, episode) == []


def test_an_entity_context_s23_names_the_wrong_maker():
    assert entity_context_makers("Arctic", "Enterprise LLM unveiled by Databricks for SQL generation.") == [
        ("A402", "companies[0].context", "unveiled by Databricks")]


def test_an_entity_context_s23_is_quiet():
    assert entity_context_makers("Arctic", "Enterprise LLM unveiled by Snowflake for SQL generation.") == []
