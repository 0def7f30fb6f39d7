"""The schema pre-filter (`_suspects`) loses no failure: pandera over every row finds the same.

`validate` hands pandera only the rows and columns where the checks' own predicates fail, each
distinct value tested once. The reference here turns the pre-filter off (every row, every column)
and compares, on episodes whose front matter holds every kind of wrong value: types that compare
equal (1, 1.0, true), NaN, lists and mappings where scalars belong, bad dates, lengths and ranges.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from audit import schema
from audit.episode import load_episode
from audit.ruleset import Knowledge

ROOT = Path(__file__).resolve().parent.parent
ODD = ["1", "1.0", "true", "false", ".nan", "-.inf", "null", "''", "[]", "{}", "[a, b]", "{a: 1}", "0", "-1",
       "11", "0.5", "low", "High", "medium", "2024-13-45", "2024-01-02", "'2024-01-02'", "x", "'10'"]


def _episodes(tmp_path: Path, n: int = 12) -> list:
    rng = random.Random(5)
    seed = (ROOT / "examples" / "episodes" / "002_clean_open_models.md").read_text(encoding="utf-8")
    lines = seed.split("\n")
    keyed = [i for i, line in enumerate(lines) if ": " in line and not line.lstrip().startswith("#")
             and i < lines.index("---", 1)]
    episodes = []
    for k in range(n):
        out = list(lines)
        for i in rng.sample(keyed, min(len(keyed), 8)):
            head = out[i].split(": ", 1)[0]
            out[i] = f"{head}: {rng.choice(ODD)}"
        p = tmp_path / f"ep{k}.md"
        p.write_text("\n".join(out), encoding="utf-8")
        episodes.append(load_episode(p, str(p)))
    return [ep for ep in episodes if ep.ok]


def test_prefilter_finds_what_pandera_finds_over_every_row(tmp_path, monkeypatch):
    episodes = _episodes(tmp_path)
    assert len(episodes) >= 6
    spec = schema.schema_spec(Knowledge.load([]))
    fast = [vars(f) for f in schema.validate(spec, episodes)]

    def everything(cols, fields):
        n = len(cols["_ep"])
        return list(range(n)), [f for f in fields], [f for f, s in fields.items() if s.length_of]

    monkeypatch.setattr(schema, "_suspects", everything)
    spec = schema.schema_spec(Knowledge.load([]))
    slow = [vars(f) for f in schema.validate(spec, episodes)]
    assert len(slow) >= 10  # the episodes do hold wrong values
    key = lambda f: (f["table"], f["ep"], f["item"], f["column"], f["code"])  # noqa: E731
    assert sorted(fast, key=key) == sorted(slow, key=key)


@pytest.mark.parametrize("values", [[1, 1.0, True], [float("nan"), float("nan"), None], [[1], {"a": 1}, "x"]])
def test_equal_values_of_other_types_are_checked_apart(values):
    fields = {"f": schema.FieldSpec("f", type="int", required=True)}
    rows, columns, _ = schema._suspects({"f": values}, fields)
    expected = [i for i, v in enumerate(values) if schema._na(v) or not schema.TYPES["int"](v)]
    assert rows == expected and expected and columns == ["f"]


@pytest.mark.parametrize("values, kind", [
    (["a", None, 3, "b", True, ["x"], "c"], "str"),  # no float: each type asked once
    ([2, True, 5, None, "7", 9], "int"),
    (["a", float("nan"), 1.5, "b"], "str"),  # a float: value by value (NaN is NA, 1.5 is not)
])
def test_type_checks_asked_per_type_find_every_wrong_row(values, kind):
    fields = {"f": schema.FieldSpec("f", type=kind, required=True)}
    rows, columns, _ = schema._suspects({"f": values}, fields)
    expected = [i for i, v in enumerate(values) if schema._na(v) or not schema.TYPES[kind](v)]
    assert rows == expected and expected and columns == ["f"]
