"""Attribution: products of the big makers that fresh held-out sets named and the glossary lacked
(Trillium, Colab, Gemini Live, Advanced Voice Mode, A18 Pro, MI325X, Galaxy S25, Microsoft
Fabric, OneLake, SenseNova, Kunpeng, Unitree G1) are tied to their makers; a wrong maker is found,
the right one stays quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, quote_episode


def _wrong(text: str) -> list[str]:
    return [f.rule for f in audit_text(quote_episode(text), select=("attribution",))]


@pytest.mark.parametrize("text", [
    "We trained it on Trillium, Nvidia's newest TPU, and it was fast.",
    "Colab, the notebook from Microsoft, is where most students start.",
    "The A18 Pro, Samsung's phone chip, runs the model on device.",
    "Galaxy S25, Apple's new phone, ships with an assistant.",
    "OneLake, Google's data lake, stores everything.",
    "SenseNova, developed by Alibaba, is a family of models.",
])
def test_a_wrong_maker_is_found(text):
    assert _wrong(text) == ["A401"]


@pytest.mark.parametrize("text", [
    "We trained it on Trillium, Google's newest TPU, and it was fast.",
    "Colab, the notebook from Google, is where most students start.",
    "The A18 Pro, Apple's phone chip, runs the model on device.",
    "Galaxy S25, Samsung's new phone, ships with Gemini.",
    "OneLake, Microsoft's data lake, stores everything.",
    "SenseNova, developed by SenseTime, is a family of models.",
    "A trillium is a flower that grows in the shade.",
])
def test_the_right_maker_is_quiet(text):
    assert _wrong(text) == []
