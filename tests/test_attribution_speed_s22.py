"""A401's probes for the names without a capital ("xAI", "o1") tried at their anchors' occurrences
(`_probe_found`, found by `str.find`) answer as the probes' own search over the whole text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.checks import attribution as A
from audit.engine import discover
from audit.episode import load_episode
from audit.ruleset import Knowledge
from audit.tables import Batch

from tests.conftest import ROOT

PATS = A.patterns_for(A.attribution_glossary(Knowledge.load([])))
PROBES = list(zip(PATS.other_probes, PATS.probe_anchors))


def _same(text: str) -> int:
    found = 0
    for probe, anchor in PROBES:
        plain = probe.search(text) is not None
        assert A._probe_found(probe, anchor, text) == plain, (probe.pattern, text[:80])
        found += plain
    return found


def _alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives at its top level (a "|" inside a group is no split)."""
    out, depth, start, k = [], 0, 0, 0
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            out.append(pattern[start:k])
            start = k + 1
        k += 1
    return out + [pattern[start:]]


def test_every_probe_has_its_anchor():
    assert len(PROBES) >= 10
    for probe, anchor in PROBES:
        alternatives = _alternatives(probe.pattern)
        assert len(anchor) == 1 and anchor != " " and all(alt.startswith(A.re.escape(anchor)) for alt in alternatives)


def test_a_probe_finds_a_name_only_where_a_word_starts_and_ends():
    # "fal" in "false" and "verl" in "overly" are no names (session 59: such a substring sent every
    # episode to the slow scan of the names without a capital)
    assert not any(A._probe_found(p, a, "an overly false alarm") for p, a in PROBES)
    assert any(A._probe_found(p, a, "we train with verl on fal") for p, a in PROBES)


def test_a_name_after_many_anchors():
    # past `_PROBE_FINDS` occurrences of the anchor the rest is searched at once: a name there is found
    n = A._PROBE_FINDS
    found = 0
    for name in PATS.other_names:
        for fill in ("A. - 0 1 3 4 F G P R V x ", "A", ".", "-", "x", "xA ", "o ", "v 1", ""):
            for k in (0, 1, n - 1, n, n + 1, 3 * n):
                found += _same(fill * k + " " + name + " and more")  # (a probe wants a word's start)
                found += _same(fill * k + name[:-1] + " " + name[-1:])  # the name cut: no probe's match
    assert found >= len(PATS.other_names) * 9 * 6


WORDS = sorted(PATS.other_names) + ["A", "AI", ".", "-", "0", "1", "3", "4", "x", "o", "i", "F", "G", "P", "R", "V",
                                    "Phone", "Matrix", "new", " ", "  ", "xA", "iP", "nV", "watson", "gpt-", "d-"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=300).map("".join))
def test_probe_found_is_the_probe_s_search(text):
    _same(text)


def test_probe_found_on_real_texts():
    files = discover([ROOT / "examples"], ["*.md"], [])
    batch = Batch([load_episode(p, d) for p, d in files], Knowledge.load([]))
    joined = ["\n".join(texts) for _, _, texts in A._by_episode(batch)]
    assert joined
    for text in joined:
        _same(text)
        _same(text + " and xAI's Grok")
        assert any(A._probe_found(p, a, text + " OpenAI's o1") for p, a in PROBES)
