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
