"""N201 is weighted by the entity's confidence: the seed's low-confidence "not mentioned" entries are
errors, a high-confidence one that says it was not mentioned is a warning (the seed's high-confidence
entries say they were mentioned and stay quiet), and a team's rule folder can turn a confidence off."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from audit.cli import main

SEED = Path(__file__).resolve().parents[1] / "examples" / "episodes" / "000_496c58edfea8d6bd.txt"
DATABRICKS = "  confidence: low\n  context: Not mentioned.\n  name: Databricks\n"


def _seed_with_databricks_high(tmp_path: Path) -> Path:
    text = SEED.read_text(encoding="utf-8")
    assert text.count(DATABRICKS) == 1
    episode = tmp_path / "episode.md"
    episode.write_text(text.replace(DATABRICKS, DATABRICKS.replace("low", "high")), encoding="utf-8")
    return episode


def _not_mentioned(*args: str):
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", "--select", "N201", *args])
    assert result.exit_code in (0, 1, 2), result.output
    return result


def _by_name(result) -> dict[str, str]:
    found = json.loads(result.output)["findings"]
    return {f["message"].split("'")[1]: f["severity"] for f in found}


def test_the_seeds_low_confidence_entries_are_errors():
    assert _by_name(_not_mentioned(str(SEED))) == {
        name: "error" for name in ("Hugging Face", "Google AI", "Microsoft AI", "Databricks", "Pinecone",
                                   "Stanford AI Lab", "MIT CSAIL")}


def test_a_high_confidence_entry_that_says_it_was_not_mentioned_is_a_warning(tmp_path):
    found = _by_name(_not_mentioned(str(_seed_with_databricks_high(tmp_path))))
    assert found.pop("Databricks") == "warning"
    assert len(found) == 6 and set(found.values()) == {"error"}


def test_a_rule_folder_can_turn_a_confidence_off(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "not_mentioned.yaml").write_text("severity_by_confidence:\n  high: 'off'\n  low: 'off'\n",
                                              encoding="utf-8")
    found = _by_name(_not_mentioned("--rules", str(rules), str(_seed_with_databricks_high(tmp_path))))
    assert found == {}
    (rules / "not_mentioned.yaml").write_text("severity_by_confidence:\n  low: 'off'\n", encoding="utf-8")
    found = _by_name(_not_mentioned("--rules", str(rules), str(_seed_with_databricks_high(tmp_path))))
    assert found == {"Databricks": "warning"}


def test_an_unknown_severity_names_the_file_and_key(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "not_mentioned.yaml").write_text("severity_by_confidence:\n  high: loud\n", encoding="utf-8")
    result = _not_mentioned("--rules", str(rules), str(SEED))
    assert result.exit_code == 2
    assert "not_mentioned.yaml" in result.output and "severity_by_confidence.high" in result.output
    assert "Traceback" not in result.output


def _context_verdict(context: str) -> list[str]:
    from tests.conftest import audit_text, llm_entity_episode
    return [f.evidence for f in audit_text(llm_entity_episode("Westlaw", context), select=("N201",))]


def test_a_denial_about_a_document_is_no_denial_of_the_episode():
    # "never mentioned in the firm's RFP" says where else it was not named; the episode names it
    assert _context_verdict("Westlaw was never mentioned in the firm's original AI RFP; the guest then "
                            "described CoCounsel drawing on it daily.") == []
    assert _context_verdict("Not mentioned in the company's job postings, but central to the guest's workflow.") == []
    assert _context_verdict("Never mentioned in the episode.") == ["Never mentioned"]
    assert _context_verdict("Not mentioned in this conversation.") == ["Not mentioned"]
