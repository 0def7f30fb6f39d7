"""Attribution on more phrasings of the session-20 held-out set (attr22): "project" as a product's
kind ("Mistral 7B is, like, sort of an Anthropic side project"); a dash before a spoken copula
("Llama — that's a Microsoft thing"); a maker described by what it gave us ("Anthropic, the lab
that gave us GPT-4"); a maker that has or made a product "called" so ("OpenAI has this model called
Gemini"; a cloud's or a platform's, quiet)."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, quote_episode, summary_episode

_S, _Q = summary_episode, quote_episode
_FIELD = {_S: "summary", _Q: "quotes[0].text"}


def _makers(text: str, episode):
    return [(f.rule, f.field, f.evidence) for f in audit_text(episode(text), select=("A4",))]


FOUND = [
    (_Q, "Mistral 7B is, like, sort of an Anthropic side project.", "Mistral 7B is, like, sort of an Anthropic side project"),
    (_S, "Grok, a Microsoft side project, is discussed.", "Grok, a Microsoft side project"),
    (_Q, "Llama — that's a Microsoft thing, right?", "Llama — that's a Microsoft thing"),
    (_Q, "Gemini -- it's an OpenAI model, I think.", "Gemini -- it's an OpenAI model"),
    (_Q, "Anthropic, the lab that gave us GPT-4, is hiring.", "Anthropic, the lab that gave us GPT-4"),
    (_Q, "so OpenAI has this model called Gemini and it's huge", "OpenAI has this model called Gemini"),
    (_S, "Meta released a new model named Claude 4.", "Meta released a new model named Claude 4"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND)
def test_a_wrong_maker_s23b_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET = [
    (_Q, "Grok, an xAI side project, is edgy."),
    (_Q, "Gemini — it's a Google integration project for Siri."),
    (_Q, "Llama — that's a Meta thing, right?"),
    (_Q, "OpenAI, the lab that gave us ChatGPT, is hiring."),
    (_Q, "so Google has this model called Gemini and it's huge"),
    (_Q, "AWS has this model called Claude in Bedrock."),
    (_Q, "Samsung has this assistant called Gemini on the phones."),
]


@pytest.mark.parametrize("episode,text", QUIET)
def test_a_right_or_no_maker_s23b_is_quiet(episode, text):
    assert _makers(text, episode) == []
