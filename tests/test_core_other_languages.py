"""Core families on texts in Czech, Slovak, Romanian, Hungarian and Turkish, and acronyms written
on purpose:
- not-mentioned: "není zmíněn", "nu este menționat", "nincs említve" (a low-confidence entity);
- misspelling: a name's case ending in a text of another language ("od Microsoftu") and a suffix
  after an apostrophe that English has none of ("Anthropic'in") are the name written right; a
  phrase with an acronym the name lacks ("Open LLM Leaderboard") is no slip of "OpenELM", nor an
  ordinary word inside another capitalised name ("Cedar Fair") of "FAIR"."""
import json

import pytest

from tests.conftest import audit_text, episode_text, llm_entity_episode


def _rules(text: str, family: str) -> list[str]:
    return [f.rule for f in audit_text(text, select=[family])]


def _quote(text: str) -> str:
    return episode_text(f"title: x\nquotes:\n- text: {json.dumps(text)}\n  relevance_score: 5\n")


@pytest.mark.parametrize("context", [
    "V epizodě není zmíněn; doplněn jako evropská alternativa.",
    "Nu este menționat în episod.",
    "Nincs említve az epizódban.",
])
def test_not_mentioned_in_other_languages(context):
    assert _rules(llm_entity_episode("Mistral AI", context, confidence="low"), "not-mentioned") == ["N201"]


def test_mentioned_in_czech_is_quiet():
    assert _rules(llm_entity_episode("Mistral AI", "Je zmíněn v úvodu.", confidence="low"), "not-mentioned") == []


@pytest.mark.parametrize("text", [
    "Společnost vsadila na Copilot od Microsoftu a není to levné řešení pro malé firmy.",
    "Claude, Anthropic'in modeli, çok iyi bir sonuç verdi.",
    "The Open LLM Leaderboard ranks open models by their scores.",
])
def test_names_written_right(text):
    assert _rules(_quote(text), "misspelling") == []


@pytest.mark.parametrize("text, evidence", [
    ("We used Open AI for the first prototype.", "Open AI"),
    ("We used Microsofto for the first prototype.", "Microsofto"),
])
def test_slips_still_found(text, evidence):
    assert [f.evidence for f in audit_text(_quote(text), select=["misspelling"])] == [evidence]


@pytest.mark.parametrize("text", [
    "The Minnesota State Fair drew more than two million people last year.",
    "Cedar Fair runs the parks and sells the season passes.",
])
def test_an_ordinary_word_inside_another_name_is_no_acronym_miscased(text):
    assert _rules(_quote(text), "misspelling") == []


def test_the_acronym_miscased_beside_its_maker_is_found():
    assert [f.evidence for f in audit_text(_quote("Meta's Fair lab published the paper."),
                                           select=["misspelling"])] == ["Fair"]
