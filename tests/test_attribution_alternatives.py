"""A401/A402: an alternative to a rightly attributed product is no item of its maker's list
("whether Google's Gemini or ChatGPT is better"), while a list joined by "and" stays one
("Google's Gemini and Claude"); an NER window is transcript, not a description of its entity: a
kind and a maker in it ("transcribed with Whisper, and then a model from Anthropic pulls out
evidence") name another thing, while an apposition to the name stays a claim in the text."""
from tests.conftest import audit_text, ner_entity_episode, quote_episode


def _makers(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.field, f.evidence) for f in audit_text(text, select=["attribution"])]


def test_an_alternative_after_a_right_possessive_is_no_claim():
    assert _makers(quote_episode("People ask whether Google's Gemini or ChatGPT is better at this.")) == []
    assert _makers(quote_episode("Google's Gemini and Claude are both good at long documents.")) == [
        ("A401", "quotes[0].text", "Google's Gemini and Claude")]
    assert _makers(quote_episode("Google's Claude or Gemini, whichever is cheaper.")) == [
        ("A401", "quotes[0].text", "Google's Claude")]


def test_a_kind_and_maker_elsewhere_in_an_ner_window_is_no_claim():
    window = "interview is recorded, transcribed with Whisper, and then a model from Anthropic pulls out evidence"
    assert _makers(ner_entity_episode("Whisper", window)) == []
    apposed = "the calls are transcribed with Whisper, a model from Anthropic, and then summarised"
    assert _makers(ner_entity_episode("Whisper", apposed)) == [
        ("A401", "companies[0].context", "Whisper, a model from Anthropic")]


def test_modules_from_another_maker_is_a_claim():
    assert _makers(quote_episode("Small graph networks run on Jetson Orin modules from Google, trained in sim.")) == [
        ("A401", "quotes[0].text", "Jetson Orin modules from Google")]
    assert _makers(quote_episode("Small graph networks run on Jetson Orin modules from Nvidia.")) == []
