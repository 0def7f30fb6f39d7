"""Session 62: an LLM-pass entity whose context admits it was not mentioned is N201's finding, and
G901 stays quiet there (a defect is reported once) - unless the file carries its whole transcript
(3,000 characters or more) and the speech never says the name: then the transcript proves what the
context only admits, and G901 reports it too. A short excerpt proves nothing, and a name the
transcript does say is grounded."""

from __future__ import annotations

from tests.conftest import audit_text, episode_text

_FRONT = (
    "title: How the bank rebuilt its support desk\n"
    "summary: The guest explains how the bank moved its chat support onto Claude.\n"
    "has_transcript: true\n"
    "companies:\n"
    "- {name: Claude, category: ai_model, confidence: high, source: llm_enhanced,\n"
    "   context: The model behind the new chat support.}\n"
    "- {name: Zendesk, category: ai_application, confidence: low, source: llm_enhanced,\n"
    "   context: 'Not explicitly mentioned, but a likely vendor for the help desk.'}\n")

_TURNS = [
    "Host: Welcome back. Today we talk about how a regional bank rebuilt its support desk.",
    "Guest: Thanks. We started with the chat channel, because that is where the volume was.",
    "Host: And you picked Claude for it?",
    "Guest: We tried three models and Claude was the one that followed our policies best.",
    "Host: What did the agents on the floor think of it?",
    "Guest: They were nervous at first, then they saw it drafting replies they could edit.",
    "Host: How do you measure whether it is working?",
    "Guest: Resolution time, and how often a customer comes back within a week.",
]


def _episode(body_turns: int, extra: str = "") -> str:
    turns = (_TURNS * 10)[:body_turns]
    body = "\n<!-- body -->\n\n## Transcript\n\n" + "\n".join(
        f"[00:{i // 60:02d}:{i % 60:02d}] {t}" for i, t in enumerate(turns)) + extra + "\n"
    return episode_text(_FRONT, body)


def _rules(findings, item: str = "companies[1]") -> list[str]:
    return sorted(f.rule for f in findings if f.field and f.field.startswith(item + "."))


def test_a_whole_transcript_that_never_says_the_name_makes_g901_report_it_beside_n201():
    text = _episode(48)
    assert len(text.split("## Transcript", 1)[1]) > 3000
    found = audit_text(text)
    assert _rules(found) == ["G901", "N201"]
    g901 = next(f for f in found if f.rule == "G901")
    assert g901.field == "companies[1].name" and g901.evidence == "Zendesk"


def test_a_short_excerpt_proves_nothing_and_n201_reports_it_alone():
    text = _episode(6)
    assert len(text.split("## Transcript", 1)[1]) < 3000
    assert _rules(audit_text(text)) == ["N201"]


def test_a_name_the_transcript_says_is_grounded_and_n201_reports_it_alone():
    said = "\n[00:59:00] Guest: Before this we ran everything through Zendesk macros."
    assert _rules(audit_text(_episode(48, said))) == ["N201"]


def test_the_other_rules_that_cover_g901_still_do_in_a_transcript_file():
    # an entity-noise finding (a person listed as a company) covers G901 whatever the body
    front = _FRONT.replace("name: Zendesk", "name: Barack Obama").replace(
        "'Not explicitly mentioned, but a likely vendor for the help desk.'", "A former president.")
    text = episode_text(front, "\n## Transcript\n\n" + "\n".join((_TURNS * 10)[:48]) + "\n")
    rules = _rules(audit_text(text))
    assert "F504" in rules and "G901" not in rules
    assert "G901" in _rules(audit_text(text, ignore=["F504"]))
