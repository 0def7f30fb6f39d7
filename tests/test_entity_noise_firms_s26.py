"""A name shaped like an activity ("Carbon Engineering", "Hudson River Trading") is a firm when its
text says so: an LLM context opening on a kind of firm, a deal's verb before it in its window, a firm
beside it in an enumeration; a name followed by a verb said of people in an object relative ("which
Deutsche Börse runs") is no person for that verb. Activities said in ordinary words stay generic."""
import pytest

from tests.conftest import audit_text, llm_entity_episode, ner_entity_episode


def _noise(text: str) -> list[str]:
    return [f.rule for f in audit_text(text) if f.family == "entity-noise"]


@pytest.mark.parametrize("name, window", [
    ("Carbon Engineering", "next to geothermal. Occidental bought Carbon Engineering, which tells you the oil industry"),
    ("Hudson River Trading", "on the market-making side, Citadel Securities, Hudson River Trading and others are good"),
    ("Deutsche Börse", "How do you think about execution? On Eurex, which Deutsche Börse runs, our median order is"),
])
def test_firms_in_their_windows(name, window):
    assert _noise(ner_entity_episode(name, window)) == []


def test_an_llm_context_that_opens_on_a_kind_of_firm():
    assert _noise(llm_entity_episode("Carbon Engineering", "DAC company acquired by Occidental.", "ai_startup")) == []


@pytest.mark.parametrize("name, window", [
    ("Red Teaming", "we paid for external Red Teaming before launch and they found the jailbreak in a day"),
    ("Tool Calling", "reliable Tool Calling, better retrieval and Fine Tuning are what teams ask for"),
])
def test_activities_stay_generic(name, window):
    assert _noise(ner_entity_episode(name, window)) == ["F504"]


def test_a_person_who_runs_a_firm_stays_a_person():
    assert _noise(ner_entity_episode("Ariane Gorin", "the online agencies are nervous. Ariane Gorin runs Expedia and says")) == ["F504"]
