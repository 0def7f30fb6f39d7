"""A defect is reported once: an LLM-pass entity whose context admits it was not mentioned is
N201's finding, and G901 (its name occurs in no text) does not report it a second time. G901
still reports it where N201 does not: N201 not selected, ignored for the file, or off for the entity's
confidence (`severity_by_confidence` in `rules/not_mentioned.yaml`)."""

from __future__ import annotations

from tests.conftest import SEED, audit_text, episode_text


def _episode(confidence: str = "low", context: str = "Not mentioned in the episode; a likely vendor.") -> str:
    return episode_text(
        "title: How the bank rebuilt its support desk\n"
        "summary: The guest explains how the bank moved its chat support onto Claude.\n"
        "companies:\n"
        "- {name: Claude, category: ai_model, confidence: high, source: llm_enhanced,\n"
        "   context: The model behind the new chat support.}\n"
        f"- {{name: Zendesk, category: ai_application, confidence: {confidence}, source: llm_enhanced,\n"
        f"   context: '{context}'}}\n")


def _rules(findings, item: str = "companies[1]") -> list[str]:
    return sorted(f.rule for f in findings if f.field and f.field.startswith(item + "."))


def test_a_not_mentioned_entity_is_reported_once_by_n201():
    assert _rules(audit_text(_episode())) == ["N201"]


def test_g901_reports_it_when_n201_is_not_selected_or_is_ignored():
    assert _rules(audit_text(_episode(), select=("G901",))) == ["G901"]
    assert _rules(audit_text(_episode(), ignore=["N201"])) == ["G901"]
    assert _rules(audit_text(_episode(), per_file_ignores={"*.md": ["N201"]})) == ["G901"]


def test_a_high_confidence_denial_is_n201s_warning_alone():
    found = [f for f in audit_text(_episode(confidence="high")) if f.field.startswith("companies[1].")]
    assert [(f.rule, f.severity.name) for f in found] == [("N201", "WARNING")]


def test_an_entity_without_a_denial_is_still_g901s():
    found = audit_text(_episode(context="A customer-service platform the bank uses."))
    assert _rules(found) == ["G901"]


def test_a_grounded_not_mentioned_entity_is_n201s_alone_as_before():
    text = _episode().replace("onto Claude.", "onto Claude, replacing Zendesk.")
    assert _rules(audit_text(text)) == ["N201"]


def test_on_the_seed_no_entity_is_flagged_by_both_and_invented_models_stay_flagged():
    found = audit_text(SEED.read_bytes(), name=SEED.name)
    items = lambda rule: {f.field.split(".")[0] for f in found if f.rule == rule}  # noqa: E731
    n201, g901 = items("N201"), items("G901")
    assert len(n201) == 7 and not n201 & g901
    assert {f.evidence for f in found if f.rule == "G901"} >= {"Claude 3 Opus", "Claude 3 Sonnet", "Gemini 1.5 Flash"}
    # the not-mentioned entities G901 used to report too are N201's
    assert {f.field.split(".")[0] for f in found if f.rule == "N201"} >= {"companies[74]", "companies[75]"}
