"""Attribution on headline and summary shapes of the session-20 held-out set (attr22): a
headline's capitalised qualifier ("Anthropic's New Llama Model Explained") and team clause
("Inside the Microsoft Team That Built Claude"); a bracketed list after a maker's range
("OpenAI's lineup (GPT-4o, o1, Gemini)"; a cloud's, quiet); an item after a verb's object
followed by an apposition starts a new clause, no object of the verb ("Databricks built DBRX, and
Arctic, the Databricks model, targets SQL": the apposition's claim only)."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, summary_episode, title_episode

_S, _T = summary_episode, title_episode
_FIELD = {_S: "summary", _T: "title"}


def _makers(text: str, episode):
    return [(f.rule, f.field, f.evidence) for f in audit_text(episode(text), select=("A4",))]


FOUND = [
    (_T, "Anthropic's New Llama Model Explained", "Anthropic's New Llama"),
    (_T, "Google's Latest Claude Release, Reviewed", "Google's Latest Claude"),
    (_T, "Inside the Microsoft Team That Built Claude", "Microsoft Team That Built Claude"),
    (_S, "OpenAI's lineup (GPT-4o, o1, Gemini) is reviewed.", "OpenAI's lineup (GPT-4o, o1, Gemini)"),
    (_S, "Meta's models (Llama 3, Qwen) lead open weights.", "Meta's models (Llama 3, Qwen)"),
    (_S, "Data platforms train their own models: Databricks built DBRX, and Arctic, the Databricks model, "
         "targets SQL.", "Arctic, the Databricks model"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND)
def test_a_wrong_maker_s23d_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET = [
    (_T, "Meta's New Llama Model Explained"),
    (_T, "Inside the Anthropic Team That Built Claude"),
    (_T, "OpenAI's New York Office"),
    (_S, "OpenAI's models (GPT-4o, o1) and Google's (Gemini) are compared."),
    (_S, "Azure's models (Claude, Llama) are served."),
    (_S, "Meta (Llama) and OpenAI (GPT-4o) are compared."),
]


@pytest.mark.parametrize("episode,text", QUIET)
def test_a_right_or_no_maker_s23d_is_quiet(episode, text):
    assert _makers(text, episode) == []
