"""A glossary name made plural after a number or quantifier ("fifty million Roombas") is the
plural, no misspelling; in Swedish, Danish, Norwegian or Polish text, a name and an "s" is its
genitive ("Klarnas AI-assistent"). A misspelling in the same texts is still found."""
import json

import pytest

from tests.conftest import audit_text, episode_text


def _misspelt(text: str) -> list[str]:
    fm = f"title: x\nquotes:\n- text: {json.dumps(text)}\n  relevance_score: 5\n"
    return [f.evidence for f in audit_text(episode_text(fm), select=["misspelling"])]


@pytest.mark.parametrize("text", [
    "iRobot sold about fifty million Roombas and the Roomba is still the only home robot people own.",
    "They bought 200 Roombas and several Roombas broke in the first week.",
    "Klarnas AI-assistent visade vad som går att automatisera — och var gränsen går.",
])
def test_plurals_and_genitives_are_quiet(text):
    assert _misspelt(text) == []


@pytest.mark.parametrize("text, evidence", [
    ("iRobot sold about fifty million Rombas last year.", "Rombas"),
    ("Klarnas AI-assistent och Antropics modeller visade vad som går att automatisera.", "Antropics"),
])
def test_misspellings_beside_them_are_found(text, evidence):
    assert evidence in _misspelt(text)


@pytest.mark.parametrize("text", [
    "and the batteries are Tesla Powerwalls. Green Mountain Power runs the program",
    "They sold a lot of Roombas that year.",
])
def test_a_products_plural_anywhere_is_no_misspelling(text):
    assert _misspelt(text) == []
