"""A name's case ending in a window of another language is no cut name (F502)."""
from tests.conftest import audit_text, ner_entity_episode


def _rules(name: str, context: str) -> list[str]:
    return [f.rule for f in audit_text(ner_entity_episode(name, context), select=["entity-noise"])]


def test_a_case_ending_in_another_language_is_no_longer_name():
    """Polish inflects names ("z Cyfronetu w Krakowie"): a short lowercase ending in a window of
    another language is the name's case, not a longer name it was cut from; in English the window's
    longer word still tells a cut ("Anthrop" of "Anthropic")."""
    polish = "c obliczeniowa przyszła z Cyfronetu w Krakowie, superkomputer Helios, bez tego nie byłoby trenin"
    assert _rules("Cyfronet", polish) == []
    assert _rules("Anthrop", "and then we moved the whole stack to Anthropic because the pricing was better") == ["F502"]
