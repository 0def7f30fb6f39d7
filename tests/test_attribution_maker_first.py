"""Attribution (A401) of claims written maker first in languages that put a participle of making
before its noun: Turkish "Google'ın geliştirdiği Claude", Hungarian "a Google által fejlesztett
Claude", German "das von Google entwickelte Claude", Dutch "het door Meta ontwikkelde Gemini",
Finnish "OpenAI:n kehittämä Gemini". The right maker so written stays quiet, and a German verb
with no "von" before the maker is no participle ("Microsoft entwickelte Copilot weiter")."""
import json

import pytest

from tests.conftest import audit_text, episode_text


def _attribution(text: str) -> list[str]:
    ep = episode_text(f"title: x\nquotes:\n- text: {json.dumps(text)}\n  relevance_score: 5\n")
    return [f.evidence for f in audit_text(ep, select=["attribution"])]


@pytest.mark.parametrize("text, evidence", [
    ("Ekip, Google'ın geliştirdiği Claude ile çok iyi sonuç aldı.", "Google'ın geliştirdiği Claude"),
    ("A Google által fejlesztett Claude jól teljesített a teszten.", "Google által fejlesztett Claude"),
    ("Das von Google entwickelte Claude ist im Test gut.", "Google entwickelte Claude"),
    ("Het door Meta ontwikkelde Gemini is goed in vertalen.", "Meta ontwikkelde Gemini"),
    ("OpenAI:n kehittämä Gemini on hyvä kääntämään.", "OpenAI:n kehittämä Gemini"),
])
def test_a_wrong_maker_written_first(text, evidence):
    assert _attribution(text) == [evidence]


@pytest.mark.parametrize("text", [
    "Ekip, Anthropic'in geliştirdiği Claude ile çok iyi sonuç aldı.",
    "Das von Anthropic entwickelte Claude ist im Test gut.",
    "A Google által fejlesztett Gemini jól teljesített.",
    "Microsoft entwickelte Copilot weiter, sagt der Gast.",
])
def test_the_right_maker_or_no_participle_is_quiet(text):
    assert _attribution(text) == []


@pytest.mark.parametrize("text, evidence", [
    ("Tim kami memakai DeepSeek-R1 buatan Alibaba untuk ringkasan.", "DeepSeek-R1 buatan Alibaba"),
    ("Claude dikembangkan oleh Google, kata tamu.", "Claude dikembangkan oleh Google"),
])
def test_indonesian_makers(text, evidence):
    assert _attribution(text) == [evidence]


@pytest.mark.parametrize("text", ["Qwen buatan Alibaba sangat bagus.", "Claude dikembangkan oleh Anthropic, kata tamu."])
def test_indonesian_right_makers_are_quiet(text):
    assert _attribution(text) == []
