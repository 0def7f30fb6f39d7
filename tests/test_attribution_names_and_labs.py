"""Attribution: a maker's name that reads like a platform's verb ("Runway", "ServiceNow") is no
platform before a wrong possessive, and a lab's name used for its model after another firm's
possessive ("Alibaba's DeepSeek model") claims that firm made it. Hosts and clouds serving a lab's
models, and a firm's relation to a lab ("Microsoft's OpenAI stake"), stay quiet."""
from __future__ import annotations

import pytest

from tests.conftest import findings_by_item

WRONG = [
    ("A commercial director on Runway, Kling, Veo 2, Google's Sora and Midjourney.", "Google's Sora"),
    ("He compared Runway and Google's Sora for the plates.", "Google's Sora"),
    ("ServiceNow and Google's Sora came up in the same breath.", "Google's Sora"),
    ("Alibaba's DeepSeek model was on the shortlist too, but procurement would not sign off on it.",
     "Alibaba's DeepSeek"),
    ("Meta's Anthropic chatbot is what the bank's analysts use.", "Meta's Anthropic"),
    ("We benchmarked Google's Mistral open model against the rest.", "Google's Mistral"),
]

RIGHT = [
    "We run Google's Gemini on our own hardware.",
    "Runway and OpenAI's Sora were both on the shoot.",
    "AWS's Anthropic models are the default in the bank's sandbox.",
    "Hugging Face's DeepSeek models are downloaded a million times a week.",
    "Microsoft's OpenAI stake is worth more than the rest of its portfolio.",
    "Alibaba's Qwen model was on the shortlist too.",
    "The thing that runs Google's Gemini in the car is a Qualcomm chip.",
]


def test_wrong_makers_are_found():
    found = findings_by_item([text for text, _ in WRONG], "attribution")
    for i, (text, evidence) in enumerate(WRONG):
        assert [f.evidence for f in found.get(i, [])] == [evidence], text


@pytest.mark.parametrize("text", RIGHT)
def test_right_makers_and_relations_stay_quiet(text):
    assert findings_by_item([text], "attribution") == {}
