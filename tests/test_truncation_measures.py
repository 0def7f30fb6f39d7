"""T701: a number and a noun after a determiner modify a noun ("a nine billion valuation" ends
whole; no plural ending is missing), and a text ending on such a measure lost the noun it describes
("we signed a two year"); a number and a singular noun without a determiner lost its plural ending."""

from __future__ import annotations

import pytest
import yaml

from tests.conftest import ROOT, audit_text, summary_episode


def _cut(text: str) -> list[str]:
    return [f.message for f in audit_text(summary_episode(text), select=("T701",))]


@pytest.mark.parametrize("text", ["Anysphere raised at a nine billion valuation",
                                  "We signed a two year contract", "They priced it at a 30 day trial",
                                  "They won the three hour race"])
def test_a_measure_modifying_its_noun_is_whole(text):
    assert _cut(text) == []


@pytest.mark.parametrize("text,why", [
    ("We signed a two year", "a measure after a determiner"),
    ("They offered the 30 day", "a measure after a determiner"),
    ("It runs on a 70 billion parameter", "a measure after a determiner"),
    ("We closed the deal in eighteen month", "lost its plural ending"),
])
def test_a_measure_without_its_noun_is_cut(text, why):
    [msg] = _cut(text)
    assert why in msg


def test_the_unit_nouns_live_in_the_rule_set():
    data = yaml.safe_load((ROOT / "rules" / "truncation.yaml").read_text(encoding="utf-8"))
    assert {"year", "day", "parameter"} <= set(data["unit_nouns"])
