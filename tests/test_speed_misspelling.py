"""The misspelling scan's fast paths find exactly what their plain definitions find.

`_verdicts` looks a run up in the memo before its other tests (most runs are no name); the plain
loop it replaces, kept here, tests first. `_lowercase_matches` finds the lowercase candidates of a
batch's joined texts from the runs of their UTF-8 bytes (a split, a reversed-bytes regex, byte
offsets mapped back to characters); its plain definition is `m.lowercase.match` tried at every
position. Compared on generated texts of glossary spellings glued by hyphens, apostrophes,
non-ASCII letters and punctuation (so byte and character offsets differ), on multi-word names
holding a misspelling, and on every free text of the example episodes and a generated corpus.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from audit.checks.misspelling import (_NUMBERED, _OK, NameMatcher, Verdict, _lowercase_matches, _resolve,
                                     _SEP, _verdicts)
from audit.engine import discover
from audit.episode import load_episode
from audit.glossary import glossary
from audit.ruleset import Knowledge
from audit.tables import Batch
from tests.conftest import ROOT, generated_corpus
from tests.test_name_scans import glossary_texts

M = NameMatcher(glossary(Knowledge.load([])))
ORDINARY = ["you", "open", "model", "code", "human", "mid", "super", "thinking", "data", "the", "it", "i",
            "s", "ai", "openai", "nvidia", "a16z", "o1", "gpt", "4o", "workos", "café", "naïve", "Über", "日本"]
SEPARATORS = [" ", " ", "-", "-", "'", "’", "'s ", "’s ", "–", "—", "“", "”", "é", "€", "™", "日", "\U0001F600",
              ".", "/", "@", "#", "\\", "_", "\n", ", ", " (", "1", "\0", "--", "-'"]


def plain_lowercase_matches(joined: str, m: NameMatcher) -> list[tuple[int, int]]:
    """Every place the lowercase candidate pattern matches: the definition of the fast scan."""
    return [cm.span() for cm in (m.lowercase.match(joined, k) for k in range(len(joined) + 1)) if cm is not None]


def plain_verdicts(text, matches, m):
    """`_verdicts` as it was: the tests that pass over a candidate before the memo look-up."""
    n = len(text)
    skip_until = consumed = -1
    memo = m.runs
    for cm in matches:
        a, b = cm.span(1)
        if a < consumed:
            continue
        consumed = b
        if a < skip_until:
            continue
        last = cm.end(3)
        if last == -1:
            last = cm.end(2)
            if last == -1:
                last = b
        if b < n and text[b] in "'’" and last == b and text[b - 1] == "s":
            plural = m.plural_possessive(text[a:b])  # "Anthropics'"
            if plural is not None:
                skip_until = b + 1
                yield a, b + 1, plural
                continue
        after = text[b] if b < n else " "
        if after == "." and text[b + 1:b + 2] == "0" and text[b - 1].isdigit() and a >= skip_until \
                and (b + 2 == n or not (text[b + 2].isalnum() or text[b + 2] in ".-")):
            right = m.gl.accepted.get(text[a:b] + "o")  # "GPT-4.0" for GPT-4o
            if right is not None:
                skip_until = consumed = b + 2
                yield a, b + 2, Verdict("fuzzy", right, text[a:b] + "o")
                continue
        if after in "@/_" or (after == "." and b + 1 < n and text[b + 1].isalnum()
                              and not (text[b + 1].isdigit() and text[b - 1].isdigit())):
            dotted = m.dotted(text, a, b) if after == "." else None  # "Charachter.AI"
            if dotted is not None:
                skip_until = consumed = a + dotted[0]
                yield a, a + dotted[0], dotted[1]
            continue
        run = text[a:last]
        hit = memo.get(run, False)
        if hit is False:
            hit = memo[run] = _resolve(cm, a, text, m)
        if hit is None:
            continue
        length, v = hit
        if v is _NUMBERED:  # a first word of a misspelling with a number: the text after it decides
            found = m.numbered_at(text, a, length)
            if found is not None:
                skip_until = a + found[0]
                yield a, a + found[0], found[1]
            continue
        end = a + length
        skip_until = end
        if v.kind != "ok":
            yield a, end, v


FAST_M, PLAIN_M = NameMatcher(M.gl), NameMatcher(M.gl)  # a memo each: neither reads what the other wrote


def both_verdicts(joined: str):
    """(fast, plain) verdicts of the candidates of `joined`."""
    found = []
    for m, verdicts in ((FAST_M, _verdicts), (PLAIN_M, plain_verdicts)):
        matches = sorted([*m.capitalised.finditer(joined), *_lowercase_matches(joined, m)], key=lambda cm: cm.start())
        # twice: the first pass fills the memo, the second reads it
        found.append([list(verdicts(joined, matches, m)) for _ in range(2)])
    return found


def fast(joined: str) -> list[tuple[int, int]]:
    return [cm.span() for cm in _lowercase_matches(joined, M)]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(glossary_texts(ordinary=ORDINARY, separators=SEPARATORS, min_words=0), max_size=5))
def test_lowercase_matches_equal_the_pattern_tried_everywhere(texts):
    joined = _SEP.join(texts)
    assert fast(joined) == plain_lowercase_matches(joined, M)


def test_lowercase_matches_after_non_ascii_and_before_every_hyphen():
    joined = _SEP.join(["café open-source “you’re” model-based日本 openai-style", "ünd workos.com’s gpt-4o",
                        "—open’s—code-x thinking'—mid-size \U0001F600super-human", "workos", "open-"])
    found = fast(joined)
    assert found == plain_lowercase_matches(joined, M)
    words = {joined[a:b].split("-")[0].split("’")[0].split("'")[0] for a, b in found}
    assert {"open", "you", "model", "openai", "workos", "code", "mid", "super", "gpt"} <= words


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(glossary_texts(ordinary=ORDINARY, separators=SEPARATORS, min_words=0), max_size=5))
@example(texts=["GPT-4.0 "])  # a version's "o" read as ".0" (the mirror lacked it until session 15)
def test_verdicts_equal_the_plain_loop(texts):
    fast_found, plain_found = both_verdicts(_SEP.join(texts))
    assert fast_found == plain_found


def test_verdicts_of_names_holding_a_misspelling():
    # Multi-word glossary forms ("AWS Lamba") of which a later word alone is a misspelling: that
    # word is a candidate inside the form's span, which the loop must pass over.
    forms = sorted({f for e in M.gl.entries for f in e.accepted + e.misspellings})
    nested = [f for f in forms if any(w[:1].isupper() and (M.classify(w, 1) or _OK).kind != "ok"
                                      for w in f.split()[1:])]
    assert len(nested) > 20
    joined = _SEP.join(f"{f} and {f}'s, {f} 4. said {f.lower()}" for f in nested)
    fast_found, plain_found = both_verdicts(joined)
    assert len(fast_found[1]) > len(nested)
    assert fast_found == plain_found


def test_lowercase_matches_of_real_episodes():
    corpus = generated_corpus(12, random.Random(5).randint(0, 10**6))
    files = discover([ROOT / "examples", corpus], ["*.md", "*.txt"], [])
    batch = Batch([load_episode(p, d) for p, d in files], Knowledge.load([]))
    joined = _SEP.join(t for _, _, t, _ in batch.texts())
    assert not joined.isascii()
    found = fast(joined)
    assert len(found) > 20
    assert found == plain_lowercase_matches(joined, M)
    fast_found, plain_found = both_verdicts(joined)
    assert len(fast_found[1]) > 100
    assert fast_found == plain_found
