"""The sponsor rules' literal gates and the strong markers tried one by one find exactly what the
plain regexes find: they change which texts a regex runs on, never a match."""

from __future__ import annotations

import random
import re
from re import _parser

import yaml

from audit.checks.sponsor import _marker_sponsor, parse_sponsor
from audit.prefilter import _required, earliest, one_by_one
from tests.conftest import ROOT, SEED

KNOWLEDGE = parse_sponsor(yaml.safe_load((ROOT / "rules" / "sponsor.yaml").read_text(encoding="utf-8")),
                          "sponsor.yaml")
MARKERS = ["brought to you by WorkOS", "go to workos.com/radar", "use code ABC123", "a promo code",
           "free trial", "thanks to Scale AI for sponsoring", "today's sponsor", "link in the description",
           "you want to learn more about", "visit scale.com", "a word from our sponsors", "Supported by Ramp",
           "head over to LAMBDA.AI/x", "at notion.so", "ſponsored by X", "promo\ncode", "All right, back to Zuck",
           "ready to go for startups", "an ad read", "I think", "sign up"]


def _texts():
    rng = random.Random(11)
    words = re.findall(r"\S+", SEED.read_text(encoding="utf-8"))
    for _ in range(4000):
        at = rng.randrange(len(words))
        text = " ".join(words[at:at + rng.randint(1, 40)])
        if rng.random() < 0.6:
            i = rng.randint(0, len(text))
            text = text[:i] + rng.choice((" ", "", ". ")) + rng.choice(MARKERS) + rng.choice((" ", "", ".")) + text[i:]
        yield text


def _key(m):
    return None if m is None else (m.span(), m.group(0), _marker_sponsor(m))


def test_strong_markers_one_by_one_match_as_the_joined_regex():
    assert KNOWLEDGE.strong_parts is not None
    found = 0
    for text in _texts():
        joined = KNOWLEDGE.strong.search(text)
        found += joined is not None
        assert _key(earliest(KNOWLEDGE.strong_parts, text)) == _key(joined), text
    assert found > 500


def test_gated_markers_match_as_their_regexes():
    for text in _texts():
        for gated in (KNOWLEDGE.end, KNOWLEDGE.weak, KNOWLEDGE.ad_words, KNOWLEDGE.conversation):
            assert _key(gated.search(text)) == _key(gated.pattern.search(text)), text


def test_a_literal_before_literal_alternatives_gates_with_both():
    assert _required(_parser.parse(r"\b[a-z]+\.(?:com|ai)/", re.I)) == frozenset({".com", ".ai"})


def test_markers_referring_to_groups_by_number_stay_joined():
    assert one_by_one([r"(?:(a)\1)", r"(?:b)"]) is None
    assert one_by_one([r"(?:(a)?(?(1)b|c))"]) is None
    assert one_by_one([r"(?:a)", r"(?:b)"]) is not None
