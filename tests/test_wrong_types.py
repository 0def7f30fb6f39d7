"""Values of the wrong type anywhere in a front matter are schema findings, never a rule crash.

A rule that raises is reported as an "Internal error" finding on every file of its batch, whose
findings of that rule are then lost; these tests fail on any such finding."""

from __future__ import annotations

import copy
import datetime
import random

import pytest
import yaml

from audit.config import Settings
from audit.engine import Auditor
from tests.conftest import EXAMPLES, audit_text, episode_text

WRONG = [None, 0, -5, 3.7, True, "", "x", [], {}, ["a", 1], {"a": 1}, datetime.date(2020, 1, 1), 10**30,
         "2024-13-45", [None], [{}], [[1]], {"name": None}, "Lama"]


def crashes(findings) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in findings if "Internal error" in f.message]


@pytest.mark.parametrize("front_matter,schema_rule", [
    # an entity that is a string, not a mapping (G901 read its context with .get)
    ("title: t\nsummary: s\ndate: 2024-05-01\ncompanies:\n- just a name\n- name: Openai\n  source: llm_enhanced\n",
     "S101"),
    # a context or category that is a list (F501-F504 and P802 hashed it)
    ("title: t\nsummary: s\ndate: 2024-05-01\ncompanies:\n- name: And I\n  context: [a, b]\n  category: {x: 1}\n"
     "  confidence: high\n  position: 4\n", "S101"),
    # a date pandas reads as the year -5, which Python's dates cannot hold (C1006)
    ("title: t\nsummary: s\ndate: -5\nprocessing_date: 2024-05-01\n", "S101"),
])
def test_wrong_type_is_a_schema_finding_not_a_crash(front_matter, schema_rule):
    findings = audit_text(episode_text(front_matter))
    assert crashes(findings) == []
    assert any(f.rule.startswith("S1") for f in findings)


def mutated_episodes(seed: int, count: int) -> list[str]:
    """Copies of the example episodes with 1-4 values, anywhere in the tree, swapped for a value of
    another type (a list for a string, a mapping for a number, a date for a list...)."""
    rng = random.Random(seed)
    docs = []
    for path in sorted(EXAMPLES.iterdir()):
        text = path.read_text(encoding="utf-8")
        start = text.index("\n") + 1
        docs.append(yaml.safe_load(text[start:text.index("\n---", start)]))

    def paths(node, at=()):
        yield at
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            yield from paths(value, (*at, key))

    out = []
    for _ in range(count):
        doc = copy.deepcopy(rng.choice(docs))
        for _ in range(rng.randint(1, 4)):
            *parent, last = rng.choice([p for p in paths(doc) if p])
            node = doc
            for key in parent:
                node = node[key]
            node[last] = copy.deepcopy(rng.choice(WRONG))
        out.append("---\n" + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False) + "---\nbody\n")
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_rule_crashes_on_values_of_the_wrong_type(tmp_path, seed):
    files = []
    for i, text in enumerate(mutated_episodes(seed, 60)):
        path = tmp_path / f"m{i:03d}.md"
        path.write_text(text, encoding="utf-8")
        files.append((path, path.name))
    results = list(Auditor(Settings()).run(files, jobs=1))
    assert len(results) == 60
    assert [c for r in results for c in crashes(r.findings)] == []
    # the mutations are visible: most files get a schema finding for a value of the wrong type
    assert sum(any(f.family == "schema" for f in r.findings) for r in results) >= 30
