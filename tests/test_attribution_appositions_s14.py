"""A401: an apposition naming a chip's kind with an acronym before it ("Blackwell, the GPU
architecture from Intel", "Ironwood, the TPU from Microsoft", "the superchip from AMD") ties the
product to a maker like "the chatbot from Google" does; the right maker stays quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, summary_episode


def _claims(text: str) -> list[str]:
    return [f.rule for f in audit_text(summary_episode(text), select=("attribution",))]


@pytest.mark.parametrize("text", ["Blackwell, the GPU architecture from Intel, is sold out.",
                                  "Ironwood, the TPU from Microsoft, is fast.",
                                  "Grace Hopper, the superchip from AMD, ships soon."])
def test_wrong_maker_in_an_apposition(text):
    assert _claims(text) == ["A401"]


@pytest.mark.parametrize("text", ["Blackwell, the GPU architecture from Nvidia, is sold out.",
                                  "Ironwood, the TPU from Google, is fast.",
                                  "Grace Hopper, the superchip from Nvidia, ships soon."])
def test_right_maker_in_an_apposition(text):
    assert _claims(text) == []
