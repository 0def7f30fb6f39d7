"""N201's statements searched one by one, each only in the texts holding its required literals,
find exactly what the joined regex finds; the literal sets are necessary conditions of a match."""

from __future__ import annotations

import random
import re
from re import _parser

import yaml

from audit.checks.not_mentioned import _parts, parse_phrases
from audit.checks.sponsor import expand_defines
from audit.prefilter import Hits, fold, required_sets
from tests.conftest import ROOT

DATA = yaml.safe_load((ROOT / "rules" / "not_mentioned.yaml").read_text(encoding="utf-8"))
PHRASES = parse_phrases(DATA, "not_mentioned.yaml")
FRAGMENTS = ["Not mentioned.", "not explicitly mentioned, but", "No direct mention", "implied but never named",
             "only implied", "inferred from context, though not named", "isn’t named", "wasn't referenced",
             "does not appear", "did n't mention", "absent from the episode", "not present in the transcript",
             "unmentioned", "NOT MENTIONED", "ſtated", "İmplied", "never   discussed", "Mentioned as a lab",
             "without any mention of", "implicitly referenced", "mentioned indirectly", "no\nmention",
             "Discussed at length", "known for", "the company", "is a lab", "n’t", "not", "mention"]


def _texts(rng, n):
    for _ in range(n):
        parts = [rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 5))]
        yield rng.choice((" ", "  ", ", ", "\n", "")).join(parts)


def _key(m):
    return None if m is None else (m.span(), m.group(0))


def test_statements_one_by_one_find_what_the_joined_regex_finds():
    rng = random.Random(5)
    texts = list(_texts(rng, 6000))
    found = PHRASES.search_statements(texts)
    assert [_key(m) for m in found] == [_key(PHRASES.statements.search(t)) for t in texts]
    assert sum(m is not None for m in found) > 1000


def test_statements_on_the_examples_contexts():
    texts = []
    for path in sorted(p for p in (ROOT / "examples").rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8", errors="replace")
        texts += re.findall(r"context: (.*)", text)
    assert len(texts) > 50
    found = PHRASES.search_statements(texts)
    assert [_key(m) for m in found] == [_key(PHRASES.statements.search(t)) for t in texts]
    assert any(found)


def test_required_sets_are_necessary_for_a_match():
    rng = random.Random(9)
    patterns = DATA["statements"] + DATA["leading"]
    sponsor = expand_defines(yaml.safe_load((ROOT / "rules" / "sponsor.yaml").read_text(encoding="utf-8")),
                             "sponsor.yaml")
    patterns += sponsor["strong_markers"] + sponsor["end_markers"] + sponsor["weak_markers"]
    compiled = [(re.compile(p, re.I), required_sets(_parser.parse(p, re.I))) for p in patterns]
    assert sum(bool(sets) for _, sets in compiled) > len(compiled) * 3 // 4
    matched = 0
    for text in _texts(rng, 3000):
        low = fold(text)
        for pattern, sets in compiled:
            if pattern.search(text):
                matched += 1
                for needles in sets:
                    assert any(n in low for n in needles), (pattern.pattern, text, needles)
    assert matched > 1000


def test_small_classes_and_alternatives_become_needles():
    assert required_sets(_parser.parse(r"\bn['’]t\s+named", re.I)) == [frozenset({"n't", "n’t"}), frozenset({"named"})]
    assert required_sets(_parser.parse(r"(?:not|n['’]t)\s", re.I)) == [frozenset({"not", "n't", "n’t"})]
    # a set implied by another is left out; strings of two characters gate nothing
    assert required_sets(_parser.parse(r"mention(?:ed)?|unmentioned", re.I)) == [frozenset({"mention"})]
    assert required_sets(_parser.parse(r"\bno\s+way", re.I)) == [frozenset({"way"})]
    # a cased non-ASCII character folds in ways lower() does not follow: no needle from it
    assert required_sets(_parser.parse("éte", re.I)) == []


def test_hits_agree_with_a_test_per_text():
    rng = random.Random(3)
    lows = [fold(t) for t in _texts(rng, 500)]
    hits = Hits(lows)
    for needle in ("not", "mention", "n’t", "no\nmention", "zzz", "ed"):
        assert hits.of(needle) == [needle in low for low in lows], needle
    assert hits.any_of({"not", "zzz"}) == [("not" in low) for low in lows]


def test_statements_referring_to_groups_by_number_stay_joined():
    assert _parts([r"(a)\1", "b"]) is None
    assert _parts(["a", "b"]) is not None
