"""The sponsor rules' literal gates and the strong markers tried one by one find exactly what the
plain regexes find: they change which texts a regex runs on, never a match."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import re
from re import _parser

import pytest
import yaml

from audit.checks.sponsor import _marker_sponsor, expand_defines, parse_sponsor
from audit.ruleset import RuleSetError
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


# --- `define`: one sub-pattern, used by several markers as {NAME} ----------------------------------

RAW = yaml.safe_load((ROOT / "rules" / "sponsor.yaml").read_text(encoding="utf-8"))


def test_defines_are_expanded_in_every_marker():
    expanded = expand_defines(RAW, "sponsor.yaml")
    assert sum("{SPONSOR}" in p for p in RAW["strong_markers"]) >= 5
    for key in ("strong_markers", "end_markers", "weak_markers"):
        assert not [p for p in expanded[key] if re.search(r"\{[A-Z_]+\}", p)]
    by = next(p for p in expanded["strong_markers"] if p.startswith(r"\bbrought\s+to\s+you\s+by"))
    assert by.endswith(RAW["define"]["SPONSOR"])
    m = KNOWLEDGE.strong.search("This episode is brought to you by Jane Street. Back to the show.")
    assert m and _marker_sponsor(m) == "Jane Street"
    m = KNOWLEDGE.strong.search("Code is on github.com/acme/tool and the paper is on arxiv.org/abs/1.")
    assert m is None  # CODE_HOSTS: no ad


def test_a_quantifier_is_no_placeholder():
    # promo codes: (?-i:[A-Z0-9]{3,}) is kept as written, no {NAME} to expand
    assert any("[A-Z0-9]{3,}" in m for m in expand_defines(RAW, "s")["strong_markers"])
    assert any("[A-Z0-9]{3,}" in m for m in RAW["strong_markers"])


@pytest.mark.parametrize("data,message", [
    ({"strong_markers": [r"\bby\s+{SPONSER}"]}, "strong_markers[0]: {SPONSER} is not defined"),
    ({"define": {"lower": "x"}, "weak_markers": ["a"]}, "define.lower: expected a NAME in capitals"),
    ({"define": ["x"]}, "define"),
])
def test_bad_defines_are_rule_set_errors(data, message):
    with pytest.raises(RuleSetError, match=re.escape(message)):
        parse_sponsor(data, "mine/sponsor.yaml")


def test_a_teams_rules_folder_uses_a_shipped_define(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    # a strong marker needs a trigger (the literal pre-filter) as well
    (rules / "sponsor.yaml").write_text("triggers: [friends at]\n"
                                        "strong_markers:\n  - '\\bour\\s+friends\\s+at\\s+{SPONSOR}'\n",
                                        encoding="utf-8")
    episode = tmp_path / "ep.md"
    episode.write_text("---\ntitle: t\ndate: 2024-05-01\nsummary: s\nquotes:\n"
                       "- text: Our friends at Acme Cloud make GPUs cheap, so try them today.\n"
                       "  relevance_score: 7\n---\n", encoding="utf-8")
    base = [sys.executable, "-m", "audit", "check", "--format", "json", "--no-cache", "--select", "P801"]
    plain = subprocess.run([*base, str(episode)], capture_output=True, text=True)
    mine = subprocess.run([*base, "--rules", str(rules), str(episode)], capture_output=True, text=True)
    assert plain.returncode == mine.returncode == 0, mine.stderr  # P801 is a warning
    assert json.loads(plain.stdout)["findings"] == []
    assert [f["field"] for f in json.loads(mine.stdout)["findings"]] == ["quotes[0].text"]
    (rules / "sponsor.yaml").write_text("strong_markers:\n  - '\\bat\\s+{SPONSR}'\n", encoding="utf-8")
    bad = subprocess.run([*base, "--rules", str(rules), str(episode)], capture_output=True, text=True)
    assert bad.returncode == 2 and "{SPONSR} is not defined" in bad.stderr and "Traceback" not in bad.stderr
