"""Attribution on phrasings from a fresh held-out set (session 18, attr21): a model fetched from a
host is no maker claim ("Llama 3 from Hugging Face downloads fast": rules/attribution.yaml
`hosts`); the product referred back to by "that" or "those" after a maker's verb ("Phi-4, yeah,
Amazon trained that"); an org with a parent named another firm's unit by the firm's name as an
adjective after an article ("Azure, the Amazon cloud")."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, entity_context_makers, insight_episode, quote_episode, summary_episode


def _makers(text: str, episode):
    return [(f.rule, f.field, f.evidence) for f in audit_text(episode(text), select=("A4",))]


_S, _Q, _I = summary_episode, quote_episode, insight_episode
_FIELD = {_S: "summary", _Q: "quotes[0].text", _I: "insights[0].text"}

# (episode, text, evidence)
FOUND = [
    # the product referred back to by "that (one)" or "those", adverbs before what follows
    (_Q, "And Phi-4, yeah, Amazon trained that almost entirely on synthetic textbooks.",
     "Phi-4, yeah, Amazon trained that"),
    (_Q, "Mistral Large 2 — Cohere trained that one, right?", "Mistral Large 2 — Cohere trained that one"),
    (_S, "Gemma 2, OpenAI released that last June.", "Gemma 2, OpenAI released that"),
    (_I, "Claude, Google trained those on TPUs.", "Claude, Google trained those"),
    # an org with a parent named another firm's unit, the firm as the adjective
    (_Q, "Azure, the Amazon cloud, has the most H100s outside of Meta.", "Azure, the Amazon cloud"),
    (_I, "Waymo is an Amazon unit now.", "Waymo is an Amazon unit"),
    (_S, "GitHub, the Google code platform, hosts the weights.", "GitHub, the Google code platform"),
    # a host is still judged: with a copula, a comma, a maker's team, a verb of making, or before a chip
    (_Q, "Llama 3 is from Hugging Face.", "Llama 3 is from Hugging Face"),
    (_Q, "Llama 3 from the Hugging Face team is good.", "Llama 3 from the Hugging Face"),
    (_Q, "Gaudi 3 from Groq is fast.", "Gaudi 3 from Groq"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND)
def test_a_wrong_maker_s21_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET = [
    # where a model was got: a hub, an inference host, a reseller (rules/attribution.yaml `hosts`)
    (_Q, "Llama 3 from Hugging Face downloads fast, and it runs fine on a MacBook."),
    (_Q, "We grabbed Llama 3.2 1B from Hugging Face, quantized it, and it fit in four gigs."),
    (_Q, "I got Claude from OpenRouter for the weekend hackathon."),
    (_I, "Llama 3 from Groq answers at 800 tokens per second."),
    (_S, "Qwen 2.5 from Together AI was the cheapest option."),
    # "that" after a maker's verb that is no pronoun of the product
    (_Q, "GPT-4o. Microsoft built that into Copilot."),
    (_Q, "Llama 3.1 405B, Meta trained that."),
    # the right parent as the adjective; a relation after the noun
    (_Q, "Azure, the Microsoft cloud, trains OpenAI models on those clusters."),
    (_Q, "AWS, the Google cloud customer, is a strange phrase."),
    (_Q, "Azure, the Amazon cloud rival, grew faster."),
    (_Q, "DeepMind, the Google research lab, published AlphaFold."),
]


@pytest.mark.parametrize("episode,text", QUIET)
def test_a_right_or_no_maker_s21_is_quiet(episode, text):
    assert _makers(text, episode) == []
