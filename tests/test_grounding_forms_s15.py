"""G901: more ways a text says a model's name. A size written out ("the 405-billion-parameter
Llama 3.1"), a product after its maker in the plural ("the H100s" for "NVIDIA H100"), and a tier
with a two-part version without its family ("Sonnet 3.5 from Anthropic" for "Claude 3.5
Sonnet") ground the name; another size, a one-part version inside a longer one ("Sonnet 3.5"
for "Claude 3 Sonnet") and a tier alone do not."""

from __future__ import annotations

import pytest

from tests.test_grounding_sizes import _ungrounded


@pytest.mark.parametrize("name,text", [
    ("Llama 3.1 405B", "Meta's team shipped the 405-billion-parameter Llama 3.1 last summer."),
    ("Llama 3 70B", "We serve Llama 3 70 billion on two nodes."),
    ("NVIDIA H100", "The H100s are rented by the hour."),
    ("Claude 3.5 Sonnet", "Sonnet 3.5 from Anthropic writes most of our code."),
    ("Gemini 2.5 Pro", "We tried 2.5 Pro for the long documents."),
])
def test_these_forms_ground_the_name(name, text):
    assert not _ungrounded(name, text)


@pytest.mark.parametrize("name,text", [
    ("Llama 3.1 405B", "Meta's team shipped the 70-billion-parameter Llama 3.1 last summer."),
    ("Claude 3 Sonnet", "Sonnet 3.5 from Anthropic writes most of our code."),  # another model
    ("Claude 3.5 Sonnet", "Anthropic's Sonnet writes most of our code."),  # no version
    ("Claude 3.5 Sonnet", "Sonnet 3.7 from Anthropic writes most of our code."),
    ("NVIDIA H100", "The H200s are rented by the hour."),
])
def test_other_models_do_not(name, text):
    assert _ungrounded(name, text)
