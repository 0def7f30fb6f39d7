"""Session 23 (entity-noise): people listed as companies -- a business or public title before the
name, in the name ("CEO Satya Nadella") or in its NER window ("Nvidia CEO Priya Raman"); the given
names of the field's founders and executives ("Bret Taylor", "Marc Benioff"); a glossary person by
the surname alone ("Karpathy") -- are F504; a firm said by a founder's surname ("Andreessen"),
an ordinary word ("Cook") and firms with person-like names stay."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode, ner_entity_episode


def _noise(name: str, window: str) -> list[str]:
    return [f.rule for f in audit_text(ner_entity_episode(name, window)) if f.family == "entity-noise"]


@pytest.mark.parametrize("name, window", [
    ("CEO Satya Nadella", "on the earnings call last week, CEO Satya Nadella said they are short on power, not chips"),
    ("Chair Lina Khan", "the merger review under Chair Lina Khan took eighteen months and nobody liked the result"),
    ("President Macron", "and then President Macron announced the hundred billion euro plan at the summit in Paris"),
    ("Priya Raman", "and Nvidia CEO Priya Raman said the backlog is now three quarters, which is a new record"),
    ("Bret Taylor", "Bret Taylor started Sierra to do customer service agents and they charge per ticket"),
    ("Marc Benioff", "Marc Benioff keeps saying they will not hire engineers this year because the agents write"),
    ("Karpathy", "the vibe coding thing came from Karpathy, he tweeted it as a joke and now it is a job"),
    ("Zuckerberg", "and when Zuckerberg said open source is the path forward, nobody at Google believed him"),
])
def test_a_person_listed_as_a_company(name, window):
    assert _noise(name, window) == ["F504"]


@pytest.mark.parametrize("name, window", [
    ("Andreessen", "the round was led by Andreessen, with Sequoia following at the same price, which"),
    ("Cook", "we use Cook for the recipes feature, the API is cheap and the latency is fine for us"),
    ("Harvey", "law firms are paying for Harvey seats because associates bill less time on research"),
    ("Sierra", "Bret Taylor started Sierra to do customer service agents and they charge per ticket"),
    ("Devin", "Cognition launched Devin with that demo video and everybody freaked out, and then"),
])
def test_firms_and_products_stay(name, window):
    assert "F504" not in _noise(name, window)


def test_an_llm_person_by_the_surname_alone():
    found = [f.rule for f in audit_text(llm_entity_episode("Hassabis", "Leads Google DeepMind.", "ai_research"))
             if f.family == "entity-noise"]
    assert found == ["F504"], found


def test_a_surname_that_opens_its_window_tells_nothing():
    # (a word that is also a glossary person's surname, at the window's start: no sentence shows it
    # to be the person)
    assert "F504" not in _noise("Mensch", "Mensch is a Yiddish word for a person of integrity.")
