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


def test_a_colon_inside_a_plain_value_is_reported_and_read_as_written():
    # "Episode 5: The Future" unquoted: YAML takes ': ' for another key and refuses the file;
    # the value's meaning is plain, so it is read as written and the rest is still audited
    raw = ("---\ntitle: Episode 5: The Future of Openai\ndate: 2024-01-01\n"
           "summary: He said: this is it, and Lama agreed: twice.\n---\n")
    ep = parse_episode(raw.encode(), Episode(path="x.md"))
    assert ep.ok
    assert ep.data["title"] == "Episode 5: The Future of Openai"
    assert ep.data["summary"] == "He said: this is it, and Lama agreed: twice."
    colons = [raw.index("5:") + 1, raw.index("said:") + 4, raw.index("agreed:") + 6]
    assert [(p.rule, p.start) for p in ep.problems] == [("S006", at) for at in colons]
    assert (ep.problems[0].line, ep.problems[0].column) == (2, 17)
    assert all("needs quotes" in p.message for p in ep.problems)
    found = {(f.rule, f.field, f.evidence) for f in audit_text(raw)}
    assert ("M301", "title", "Openai") in found and ("M301", "summary", "Lama") in found


def test_other_syntax_errors_still_give_the_file_up():
    for raw in ("---\ntitle: [unclosed\nsummary: Openai\n---\n", "---\ntitle: T\n\tdate: 2024-01-01\n---\n"):
        ep = parse_episode(raw.encode(), Episode(path="x.md"))
        assert not ep.ok and [p.rule for p in ep.problems] == ["S006"]
        assert "needs quotes" not in ep.problems[0].message


def test_colons_are_read_on_only_so_many_times():
    from audit.episode import MAX_COLONS_READ_ON

    raw = "---\n" + "".join(f"k{i}: a: b\n" for i in range(MAX_COLONS_READ_ON + 1)) + "---\n"
    ep = parse_episode(raw.encode(), Episode(path="x.md"))
    assert not ep.ok
    assert len(ep.problems) == MAX_COLONS_READ_ON + 1 and ep.problems[-1].rule == "S006"


def test_the_report_shows_an_impossible_date_as_written(tmp_path):
    # `audit report` parsed the header again and crashed with a traceback on such a date
    from click.testing import CliRunner

    from audit.cli import main
    from audit.report import header_fields

    raw = "---\ntitle: T\ndate: 2024-02-30\nduration: 1e999999\nsummary: Openai is here.\n---\n"
    assert header_fields(raw)["date"] == "2024-02-30" and header_fields(raw)["title"] == "T"
    (tmp_path / "ep.md").write_text(raw, encoding="utf-8")
    result = CliRunner().invoke(main, ["report", "--no-cache", "-o", str(tmp_path / "site"), str(tmp_path / "ep.md")])
    assert result.exit_code == 1 and isinstance(result.exception, (SystemExit, type(None))), result.output
    page = next((tmp_path / "site" / "episodes").glob("*.html")).read_text(encoding="utf-8")
    assert "2024-02-30" in page and "Openai" in page
