"""Duplicate: a quote repeated with a hedge put in or left out ("The open models are, I'd say,
maybe six months behind" and "The open models are maybe six months behind") is the same quote,
as one with a filler ("uh", "you know") is; quotes of one shape with other content stay apart."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _d602(a: str, b: str) -> list[str]:
    ep = episode_text("title: x\nsummary: x\nquotes:\n" + "".join(
        f"- relevance_score: 7\n  text: {json.dumps(t)}\n" for t in (a, b)))
    return [f.field for f in audit_text(ep, select=("D602",))]


@pytest.mark.parametrize("hedge", ["I'd say,", "I think,", "I guess,", "to be honest,", "frankly,",
                                   "in my opinion,", "if you ask me,", "obviously,"])
def test_a_hedge_put_in_is_the_same_quote(hedge):
    plain = "The open models are maybe six months behind, and that gap keeps shrinking every quarter."
    hedged = f"The open models are, {hedge} maybe six months behind, and that gap keeps shrinking every quarter."
    assert _d602(plain, hedged) == ["quotes[1].text"]


def test_other_content_of_one_shape_stays_apart():
    assert _d602("I think the next big thing is agents that can use a browser reliably.",
                 "I think the next big thing is robots that can fold laundry reliably.") == []
