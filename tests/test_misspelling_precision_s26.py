"""Fuzzy misspelling guesses that a firm's own name, an acronym's plural or a window's cut explain:
"Congruent Ventures" (an English word two slips from Confluent, before a firm's word Confluent does
not have), "Snapdragon NPUs" (a name and the plural of an acronym), "... from Laria" at the end of
an NER window (cut from "Larian Studios"). Slips a cut cannot make stay found."""
import pytest

from tests.conftest import audit_text, ner_entity_episode, quote_episode


def _missp(text: str) -> list[tuple[str, str]]:
    return [(f.field, f.evidence) for f in audit_text(text) if f.family == "misspelling"]


def test_an_english_word_before_a_firm_word_the_name_lacks():
    assert _missp(ner_entity_episode("Congruent Ventures",
                                     "We co-invested with Khosla Ventures and Congruent Ventures in Fervo Energy, which is")) == []


def test_a_misspelt_name_before_its_own_firm_word_is_still_found():
    assert ("companies[0].name", "Mistrial AI") in _missp(
        ner_entity_episode("Mistrial AI", "We co-invested with Mistrial AI in Fervo Energy, which is"))


@pytest.mark.parametrize("quote", ["Snapdragon NPUs are fine for small models.", "Gaudi TPUs and GPUs both run it."])
def test_a_name_and_an_acronym_plural(quote):
    assert _missp(quote_episode(quote)) == []


def test_a_slip_before_an_acronym_plural_is_still_found():
    assert _missp(quote_episode("Nvidea GPUs are scarce.")) == [("quotes[0].text", "Nvidea")]


def test_a_word_cut_by_the_window_end():
    window = "the games that sold best last year, like Baldur's Gate 3 from Laria"
    assert [e for f, e in _missp(ner_entity_episode("Baldur's Gate 3", window)) if f.endswith("context")] == []


def test_letters_moved_at_the_window_end_are_no_cut():
    window = "we still see most inference teams use Nvidai"
    assert ("companies[0].context", "Nvidai") in _missp(ner_entity_episode("Acme", window))
