"""Attribution on more phrasings of the session-20 held-out set (attr22): a product's past ("Claude
was originally an OpenAI project", "Claude started as a Google research project"); "something" as a
free relative ("Llama is something Microsoft built"); "one of the" before an apposition ("Claude,
one of the OpenAI models"); a maker's compound adjective of making in an apposition ("Claude is a
Google-developed model"); a speaker searching for the word as a filler ("Claude is, what, a Google
model?"); "thing" as the noun before a product ("Meta's thing, Grok, the one inside X"); a claim
called false right after it is no claim ("Grok is an OpenAI product, which is just false"); a
question's possessive is still a claim ("whether Nvidia's Gaudi 3 can ...")."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, quote_episode, summary_episode

_S, _Q = summary_episode, quote_episode
_FIELD = {_S: "summary", _Q: "quotes[0].text"}


def _makers(text: str, episode):
    return [(f.rule, f.field, f.evidence) for f in audit_text(episode(text), select=("A4",))]


FOUND = [
    (_Q, "Claude was originally an OpenAI project, believe it or not.", "Claude was originally an OpenAI project"),
    (_Q, "Claude started as a Google research project.", "Claude started as a Google research project"),
    (_Q, "Gemini started out as a Meta side project.", "Gemini started out as a Meta side project"),
    (_Q, "Llama is something Microsoft built for researchers.", "Llama is something Microsoft built"),
    (_Q, "Claude, one of the OpenAI models, is great at prose.", "Claude, one of the OpenAI models"),
    (_Q, "Claude is a Google-developed model for coding.", "Claude is a Google-developed model"),
    (_S, "Claude, a Meta-built chatbot, leads on coding.", "Claude, a Meta-built chatbot"),
    (_Q, "that's the thing, Claude is, what, a Google model? Anyway it's good.", "Claude is, what, a Google model"),
    (_Q, "you know Meta's thing, Grok, the one inside X, is kind of unhinged", "Meta's thing, Grok"),
    (_S, "The hosts ask whether Nvidia's Gaudi 3 or AMD's Instinct MI300X can break the CUDA moat.", "Nvidia's Gaudi 3"),
    (_S, "The guests debate whether Anthropic's ChatGPT lead is durable.", "Anthropic's ChatGPT"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND)
def test_a_wrong_maker_s23c_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET = [
    (_Q, "Copilot started as a GitHub project."),
    (_Q, "Gemini started as a rival to ChatGPT."),
    (_Q, "Claude is an Anthropic-developed model."),
    (_Q, "Claude is a Google-backed model."),
    (_Q, "Claude is a Google-hosted model."),
    (_Q, "Llama is something Meta built."),
    (_Q, "Claude, one of the rival OpenAI models, is fine."),
    (_Q, "they said Grok is an OpenAI product, which is just false, it's from xAI"),
    (_Q, "Claude is Google's model, which is false."),
    (_Q, "Grok is an OpenAI product, that's wrong."),
    (_Q, "I wonder if Google quietly built Claude."),
]


@pytest.mark.parametrize("episode,text", QUIET)
def test_a_right_or_no_maker_s23c_is_quiet(episode, text):
    assert _makers(text, episode) == []
