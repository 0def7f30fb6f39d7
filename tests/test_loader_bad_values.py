"""A scalar YAML types as a date but that is no date ("2024-02-30", "2024-13-45 10:00:00") is read
as its text, for the schema rules to judge (S105): the file is not lost to one bad value. PyYAML
raised, and the file used to get one S006, "found unconstructable recursive node", and nothing else."""

from __future__ import annotations

from audit.episode import Episode, parse_episode
from tests.conftest import audit_text


def test_an_impossible_date_is_reported_on_its_field_and_the_file_is_still_audited():
    raw = "---\ntitle: T\ndate: 2024-02-30\nsummary: Openai is here.\n---\n"
    ep = parse_episode(raw.encode(), Episode(path="x.md"))
    assert ep.ok and ep.problems == [] and ep.data["date"] == "2024-02-30"
    found = {(f.rule, f.field) for f in audit_text(raw)}
    assert ("S105", "date") in found and ("M301", "summary") in found
    assert not any(rule == "S006" for rule, _ in found)


def test_an_aliased_impossible_date_and_a_real_one_beside_it():
    raw = ("---\ntitle: T\ndate: &d 2024-13-45 10:00:00\nprocessing_date: *d\n"
           "recorded: 2024-02-28\nsummary: ok\n---\n")
    ep = parse_episode(raw.encode(), Episode(path="x.md"))
    assert ep.ok and ep.data["date"] == ep.data["processing_date"] == "2024-13-45 10:00:00"
    assert str(ep.data["recorded"]) == "2024-02-28"
    assert {f.field for f in audit_text(raw) if f.rule == "S105"} == {"date", "processing_date"}
