"""A401's fast paths give exactly what the plain definitions give.

- the claim patterns are tried only where a maker or product name starts (`Patterns.starts`),
  which finds the same claims as trying them at every position of the windows;
- whether a name without a capital ("xAI", "o1") occurs at all is asked of `other_probes` (each
  anchored at a rare character), which answer as a substring search of every such name does.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.checks import attribution as A
from audit.engine import discover
from audit.episode import load_episode
from audit.glossary import glossary
from audit.ruleset import Knowledge
from audit.tables import Batch

from tests.conftest import ROOT

GL = glossary(Knowledge.load([]))
PATS = A.patterns_for(GL)
ORGS = sorted(PATS.org_forms)
PRODS = sorted(PATS.product_forms)
GLUE = [" (", ") ", " ", "'s ", "’s new ", " by ", ", developed by ", " from ", " is a model from ",
        " is an open-source reasoning model by ", "-developed ", " developed ", " built its ", " versus ",
        " rival ", " 3.5 Pro ", "-4 ", " v2 ", ". ", ", ", "-", "\n", " which was made by ", " the ",
        " switched to ", " into ", " AI ", "x", "o1", "xAI", "a16z "]


@st.composite
def claim_texts(draw) -> str:
    pieces = []
    for _ in range(draw(st.integers(2, 12))):
        pieces.append(draw(st.sampled_from(ORGS) | st.sampled_from(PRODS) | st.sampled_from(["Grok", "it", "model"])))
        pieces.append(draw(st.sampled_from(GLUE)))
    return "".join(pieces)


def _plain_claims(text: str, names) -> list:
    """The windows of `_claims_in`, each searched at every position (`finditer`)."""
    if len(names) < 2:
        return []
    windows: list[list[int]] = []
    for i, (a, b, is_org, is_prod) in enumerate(names):
        for a2, b2, is_org2, is_prod2 in names[i + 1:]:
            if a2 - b > A._PAIR_GAP:
                break
            if (is_org and is_prod2) or (is_prod and is_org2):
                lo, hi = max(0, a - 1), min(len(text), b2 + 40)
                if windows and lo <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], hi)
                else:
                    windows.append([lo, hi])
    return [m for lo, hi in windows for m in PATS.claims.finditer(text, lo, hi)]


def _same(fast, plain) -> None:
    assert [(m.span(), m.groupdict()) for m in fast] == [(m.span(), m.groupdict()) for m in plain]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_texts())
def test_claims_at_name_starts_are_the_claims_of_the_windows(text):
    names = PATS._names(PATS.names, text)
    _same(list(A._claims_in(PATS, text, names)), _plain_claims(text, names))


def test_claims_of_real_texts():
    files = discover([ROOT / "examples"], ["*.md"], [])
    batch = Batch([load_episode(p, d) for p, d in files], Knowledge.load([]))
    checked = 0
    for _, _, texts in A._by_episode(batch):
        for text, names in zip(texts, PATS.names_in(texts)):
            fast = list(A._claims_in(PATS, text, names))
            _same(fast, _plain_claims(text, names))
            checked += len(fast)
    assert checked >= 2


def test_claims_found_by_starts():
    # a claim whose product is followed by a version the name scan does not take ("Llama4")
    for text in ["OpenAI (Gemini)", "Google's Claude", "Grok by Anthropic", "Qwen, developed by Microsoft",
                 "Claude is a model from OpenAI", "Google-developed Claude", "xx OpenAI (Gemini 1.5 Pro) yy"]:
        names = PATS._names(PATS.names, text)
        fast = list(A._claims_in(PATS, text, names))
        assert fast and [m.span() for m in fast] == [m.span() for m in _plain_claims(text, names)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list(PATS.other_names) + ["o", "1", "x", "A", "I", "xA", "a1", "6z", " ",
                                                         "iPhon", "Phone", "nV", "11", "Labs", "o13"]),
                max_size=12).map("".join))
def test_other_probes_are_a_substring_search(text):
    assert any(p.search(text) for p in PATS.other_probes) == any(f in text for f in PATS.other_names)


def test_other_probes_cover_every_other_name():
    rng = random.Random(1)
    for f in PATS.other_names:
        text = "".join(rng.choice("abc ") for _ in range(20)) + f + " end"
        assert any(p.search(text) for p in PATS.other_probes), f
        assert not any(p.search(text.replace(f, f[:-1] + " ")) for p in PATS.other_probes) or any(
            g in text.replace(f, f[:-1] + " ") for g in PATS.other_names)


PLAIN_ORGS = __import__("re").compile(rf"(?<![\w-])(?:{A.trie_pattern(ORGS)})(?!\w)")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_texts())
def test_maker_prefilter_is_the_plain_search(text):
    # A402 asks `orgs` whether a context names any maker: the look-behind after the first character
    # answers as the one before it
    for t in (text, text.lower(), "x" + text, "-" + text, text.replace(" ", "-")):
        assert (PATS.orgs.search(t) is None) == (PLAIN_ORGS.search(t) is None)
