"""Consistency: which field a defect between two fields is reported on.

- C1005 (mixed date formats) flags the date field that is not in the pipeline's own format
  (`date_format` in rules/consistency.yaml), whichever field it is; only when no field is in that
  format does the first date field set the reference.
- C1003 (positions out of order) flags the entries off a longest ordered run and, when either of
  two entries could be the one out of place, the later one: its position goes back.
"""

from __future__ import annotations

import bisect
import random
from itertools import combinations
import pytest

from audit.checks import consistency as cons
from tests.conftest import audit_text, episode_text

PIPELINE = "2025-10-05 21:17:57 +0000"


def _dates(date: str, processing: str):
    text = episode_text(f"title: t\ndate: {date}\nprocessing_date: {processing}\n")
    return [(f.field, f.evidence, f.message) for f in audit_text(text, select=["C1005"])]


@pytest.mark.parametrize("odd, shape", [
    ("March 3, 2025", "Month D, YYYY"),
    ("'2025-04-18'", "YYYY-MM-DD"),
    ("'2025-04-18T18:00:00Z'", "YYYY-MM-DDThh:mm:ssZ"),
    ("03/04/2025", "DD/DD/YYYY"),
    ("'Tue, 3 Mar 2025'", "Wkd, D Mon YYYY"),
])
def test_the_date_not_in_the_pipelines_format_is_the_one_flagged(odd, shape):
    got = _dates(odd, PIPELINE)
    assert [(f, e) for f, e, _ in got] == [("date", odd.strip("'"))]
    assert got[0][2] == f"date is written as {shape!r} but processing_date as 'YYYY-MM-DD hh:mm:ss +zzzz'"
    # the same shape on the other field: that one is flagged
    got = _dates("2025-04-29 15:46:54 +0000", odd)
    assert [(f, e) for f, e, _ in got] == [("processing_date", odd.strip("'"))]


def test_without_a_date_in_the_pipelines_format_the_first_field_is_the_reference():
    assert [f for f, _, _ in _dates("'2025-04-29'", "10/05/2025")] == ["processing_date"]
    assert _dates("'2025-04-29'", "'2025-10-05'") == []
    assert _dates(PIPELINE, "2025-11-01 08:00:00 +0000") == []


def _flagged(positions):
    rows = "\n".join(f"- {{name: Firm{i}, position: {p}}}" for i, p in enumerate(positions))
    text = episode_text(f"title: t\ncompanies:\n{rows}\n")
    return [int(f.evidence) for f in audit_text(text, select=["C1003"])]


def test_of_two_entries_that_could_be_out_of_place_the_later_is_flagged():
    assert _flagged([310, 1400, 1390, 2000]) == [1390]
    assert _flagged([100, 300, 200, 400]) == [200]          # two entries swapped
    assert _flagged([1662, 2400, 2100, 2600, 3000]) == [2100]
    assert _flagged([100, 5000, 300, 400]) == [5000]        # one entry far off: that one
    assert _flagged([100, 200, 50, 300, 400]) == [50]
    assert _flagged([398, 398, 5584]) == []                 # ties are in order


def _lis_length(values):
    tails = []
    for v in values:
        k = bisect.bisect_right(tails, v)
        tails[k:k + 1] = [v]
    return len(tails)


def test_the_entries_kept_are_a_longest_ordered_run_and_the_earliest_such():
    rng = random.Random(7)
    for _ in range(3000):
        values = [float(rng.randint(0, 30)) for _ in range(rng.randint(0, 12))]
        bad = cons._out_of_order(values)
        kept = [i for i in range(len(values)) if i not in bad]
        assert all(values[a] <= values[b] for a, b in zip(kept, kept[1:]))
        assert len(kept) == _lis_length(values)
        # no longest run keeps an earlier set of entries (compared as sorted index lists)
        if len(values) <= 8:
            runs = [list(c) for c in combinations(range(len(values)), len(kept))
                    if all(values[a] <= values[b] for a, b in zip(c, c[1:]))]
            assert kept == min(runs)


def test_date_format_must_be_a_string(tmp_path):
    from audit.ruleset import RuleSetError

    with pytest.raises(RuleSetError, match="date_format"):
        cons.parse_consistency({"date_format": 5}, "consistency.yaml")
    assert cons.parse_consistency({}, "consistency.yaml").date_format is None
    assert cons.parse_consistency({"date_format": "YYYY-MM-DD"}, "x").date_format == "YYYY-MM-DD"


def test_the_shipped_format_is_the_seeds(seed_text):
    from audit.ruleset import Knowledge

    fmt = cons.consistency(Knowledge.load([])).date_format
    for line in seed_text.splitlines():
        if line.startswith(("date:", "processing_date:")):
            assert cons.date_format(line.split(":", 1)[1]) == fmt


def _summary_missing(summary_items: list[str], entities: list[str]):
    items = "\n".join(f"  * **{name}:** {what}" for name, what in summary_items)
    rows = "\n".join(f"- {{name: {e}, category: big_tech, source: llm_enhanced, context: {e} was discussed.}}"
                     for e in entities)
    text = episode_text(f"title: t\nsummary: |\n  ### Notable Companies\n{items}\ncompanies:\n{rows}\n")
    return [f.evidence for f in audit_text(text, select=["C1008"])]


def test_a_company_misspelled_in_the_summary_is_the_company_it_misspells():
    listed = ["Amazon", "Anthropic", "Nvidia", "Microsoft"]
    summary = [("Amazone", "AWS and its chips"), ("Antrhopic", "Claude's maker"),
               ("Nvidea", "GPUs"), ("Mircosoft", "Azure")]
    assert _summary_missing(summary, listed) == []
    # the company itself missing from the entity list is still flagged, in the summary's spelling
    assert _summary_missing(summary, ["Amazon", "Anthropic", "Microsoft"]) == ["Nvidea"]
    # and a company no entity names at all
    assert _summary_missing([("Cerebras", "wafer-scale chips")], listed) == ["Cerebras"]


def test_a_person_misspelled_in_a_company_list_is_no_company():
    assert _summary_missing([("Sam Altmann", "OpenAI's CEO"), ("Jensen Hwang", "Nvidia's CEO")],
                            ["OpenAI", "Nvidia"]) == []
