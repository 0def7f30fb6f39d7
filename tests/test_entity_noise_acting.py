"""A name of ordinary words in an NER window, followed by a verb and what the name owns ("Legal &
General closed its modular housing factory"), is a firm acting, not a generic term (F504); the
same words without such a verb after them stay a generic term."""
import pytest

from tests.conftest import audit_text, ner_entity_episode


def _generic(name: str, context: str) -> list[str]:
    return [f.rule for f in audit_text(ner_entity_episode(name, context), select=["entity-noise"])]


@pytest.mark.parametrize("name, context", [
    ("Legal & General", "you save three weeks. Legal & General closed its modular housing factory, and people re"),
    ("Legal & General", "Legal & General sold their stake in the housing business last year"),
])
def test_a_firm_acting_is_no_generic_term(name, context):
    assert _generic(name, context) == []


@pytest.mark.parametrize("name, context", [
    ("Legal & General", "we read the legal & general terms. Legal & General is the section people skip"),
    ("North Star", "anchor more of our models in our Meta AI product North Star use cases because"),
])
def test_generic_words_without_a_verb_stay_generic(name, context):
    assert _generic(name, context) == ["F504"]


@pytest.mark.parametrize("name, context", [
    # a firm named like a person: its workplace, a 'which', the field's eponymous firms
    ("Kessler Vance", "a kept their name for three years. The lawyers at Kessler Vance wrote the new clause so that"),
    ("Sandy Brown", "FS, and the acoustic floor build-up was tested by Sandy Brown, which people assume is a person"),
    ("Roland Berger", "a partner at Arthur D. Little in Paris. Before that Roland Berger in Munich. So two firms"),
    # what the window says it is or how it is held
    ("Anglo Asian Mining", "s where we were. Right, right. Sure. Anglo Asian Mining is a completely different company, a small"),
    ("Early Warning", "e is the thing people actually use, Zelle is run by Early Warning, which is owned by the banks."),
    # ordinary words and a firm's verb after them
    ("And Other Stories", "where the small presses lead. And Other Stories publishes books by subscription, so readers"),
])
def test_a_firm_said_so_in_its_window_is_no_noise(name, context):
    assert _generic(name, context) == []


@pytest.mark.parametrize("name, context", [
    ("Sandy Brown", "the acoustic floor was tested by Sandy Brown, who wrote the report herself"),
    ("And OpenAI", "we were talking about Google. And OpenAI launched a model the same week"),
])
def test_a_person_and_a_fragment_stay_noise(name, context):
    assert _generic(name, context) != []


@pytest.mark.parametrize("name, context, full", [
    ("Schuster", "the rights went to Simon & Schuster in the end, which", "Simon & Schuster"),
    ("Young", "she was a partner at Ernst & Young for years before", "Ernst & Young"),
    ("Procter", "and then Procter & Gamble said the same thing", "Procter & Gamble"),
])
def test_a_name_cut_at_an_ampersand(name, context, full):
    found = audit_text(ner_entity_episode(name, context), select=["entity-noise"])
    assert [(f.rule, f.evidence) for f in found] == [("F502", name)] and repr(full) in found[0].message


def test_a_name_alone_is_no_cut():
    assert _generic("Gamble", "we met Gamble at the bar after the talk") == []
