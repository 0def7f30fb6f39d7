"""A404 (session 58): a stake or an investment told the wrong way round, from `rules/deals.yaml`.
Six blind corpora of sessions 57-58 planted such reversals ("Intel's $5 billion investment in
Nvidia", "AMD took a 10 percent stake in OpenAI"); the rule knows who holds a stake in whom and
judges a pair only where it knows one direction and not the other."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from audit.fix import apply_edits
from tests.conftest import ROOT, audit_text, episode_text


def _episode(summary: str) -> str:
    fm = {"title": "x", "summary": summary, "companies": [], "quotes": []}
    return episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000, allow_unicode=True))


def _a404(summary: str):
    return [f for f in audit_text(_episode(summary)) if f.rule == "A404"]


@pytest.mark.parametrize("summary, evidence", [
    ("Intel's $5 billion investment in Nvidia ties the two chip makers together.", "Intel's $5 billion investment in Nvidia"),
    ("AMD took a 10 percent stake in OpenAI as part of the deal.", "AMD took a 10 percent stake in OpenAI"),
    ("Scale AI took a 49 percent stake in Meta in June.", "Scale AI took a 49 percent stake in Meta"),
    ("EssilorLuxottica's roughly three percent stake in Meta signals confidence.",
     "EssilorLuxottica's roughly three percent stake in Meta"),
    ("Anthropic has poured $8 billion into Amazon since 2023.", "Anthropic has poured $8 billion into Amazon"),
    ("Frames OpenAI's $1 billion investment in Disney as a template.", "OpenAI's $1 billion investment in Disney"),
    ("Nvidia's $5 billion investment from Intel was announced in September.", "Nvidia's $5 billion investment from Intel"),
    ("Anthropic invested $13 billion in Microsoft last month.", "Anthropic invested $13 billion in Microsoft"),
    # acquisitions, by the glossary's owners: the bought owns the buyer
    ("CoreWeave, which Weights & Biases acquired in March, sells GPU time.", "CoreWeave, which Weights & Biases acquired"),
    ("Weights & Biases acquired CoreWeave in March.", "Weights & Biases acquired CoreWeave"),
    ("Moveworks's acquisition of ServiceNow closed in December.", "Moveworks's acquisition of ServiceNow"),
    ("Salesforce, acquired by Informatica, grew its data cloud.", "Salesforce, acquired by Informatica"),
])
def test_a_deal_told_the_wrong_way_round_is_found(summary, evidence):
    assert [f.evidence for f in _a404(summary)] == [evidence]


@pytest.mark.parametrize("summary", [
    "Nvidia's $5 billion investment in Intel ties the two chip makers together.",   # the right way round
    "OpenAI took a 10 percent stake in AMD as part of the deal.",
    "Meta's 49 percent stake in Scale AI cost $14.3 billion.",
    "Disney's $1 billion equity investment in OpenAI came with a licensing deal.",
    "Intel's investment in Nvidia? That never happened.",                             # asked
    "Intel is not making an investment in Nvidia.",                                    # denied
    "Intel's rumored investment in Nvidia drew headlines.",                            # talked of
    "Apple's investment in Anthropic is a rumour at best; Apple's stake in Mistral AI too.",  # pairs no list knows
    "Google's stake in DeepMind is total.",                                           # one group
    "Microsoft's investment in OpenAI is worth $135 billion.",
    "CoreWeave acquired Weights & Biases in March.",
    "Informatica, acquired by Salesforce, grew its data cloud.",
    "ServiceNow's $2.85 billion acquisition of Moveworks closed.",
    "Google acquired YouTube in 2006.",                                               # no reversal: A401's to judge
])
def test_the_right_direction_and_what_is_no_claim_stay_quiet(summary):
    assert _a404(summary) == []


def test_the_fix_swaps_the_two_firms_and_keeps_the_rest():
    text = _episode("Intel's $5 billion investment in Nvidia ties the two chip makers together.")
    (f,) = [f for f in audit_text(text) if f.rule == "A404"]
    assert f.fix is not None and not f.fix.is_safe
    fixed, _ = apply_edits(text, list(f.fix.edits))
    assert "Nvidia's $5 billion investment in Intel ties the two chip makers together." in fixed
    assert not [g for g in audit_text(fixed) if g.rule == "A404"]


def test_reversed_deals_of_the_blind_corpora_are_found():
    # blind166 ep04 and ep05, held out when the rule was written: both planted reversals
    for name, field, evidence in [("ep04.md", "companies[28].context", "Intel's $5 billion investment in Nvidia"),
                                  ("ep05.md", "companies[23].context", "AMD took a 10 percent stake in OpenAI")]:
        text = (ROOT / "bench" / "corpora" / "blind166" / name).read_text(encoding="utf-8")
        assert ("A404", field, evidence) in {(f.rule, f.field, f.evidence) for f in audit_text(text)}


def test_the_rule_is_listed_and_explained():
    out = subprocess.run([sys.executable, "-m", "audit", "rules", "A404"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0
    assert "reversed-deal" in out.stdout and "rules/deals.yaml" in out.stdout
