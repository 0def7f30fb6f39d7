"""A city's name after a verb of a supply deal and "from" ("the dish machine is leased from Hobart")
names the supplier, a firm, not the city (F504); after "moved from", "flew from" or "imported from"
it stays a place."""
import pytest

from tests.conftest import audit_text, ner_entity_episode


def _rules(name: str, context: str) -> list[str]:
    return [f.rule for f in audit_text(ner_entity_episode(name, context), select=["entity-noise"])]


@pytest.mark.parametrize("name, context", [
    ("Hobart", "Linen Service and the dish machine is leased from Hobart, which is the least exciting part"),
    ("Hobart", "we ordered from Hobart twice and the mixers still run"),
    ("Phoenix", "the kitchen software is licensed from Phoenix and updated every spring"),
])
def test_a_supplier_named_like_a_city_is_no_place(name, context):
    assert _rules(name, context) == []


@pytest.mark.parametrize("name, context", [
    ("Hobart", "she moved from Hobart to open the restaurant in Melbourne"),
    ("Hobart", "the oysters are flown from Hobart every morning"),
])
def test_a_city_after_other_verbs_stays_a_place(name, context):
    assert _rules(name, context) == ["F504"]

