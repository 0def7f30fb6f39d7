"""Session 52: shapes from the misses of the held-out corpora blind136-138 (AI in health and biotech,
robotics, creative media) that the glossary batches of session 51 made findable."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode


def _context_makers(name: str, context: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(llm_entity_episode(name, context, category="product"),
                                                     select=("attribution",))]


# --- attribution: the kinds of other fields' products name their maker after "from" or "by" --------

@pytest.mark.parametrize("name, kind_phrase, wrong, right", [
    ("Galleri", "Multi-cancer early detection blood test", "Guardant Health", "GRAIL"),
    ("Signatera", "Personalised tumour-informed assay", "Guardant Health", "Natera"),
    ("GoFa", "Collaborative robotic arm", "Fanuc", "ABB Robotics"),
    ("Cybertruck", "Electric pickup truck", "Rivian", "Tesla"),
    ("Lunit INSIGHT", "Chest X-ray reading software", "Aidoc", "Lunit"),
    ("Jacinto", "Automotive vision controller", "NXP", "Texas Instruments"),
])
def test_a_product_kind_of_another_field_names_its_maker(name, kind_phrase, wrong, right):
    assert _context_makers(name, f"{kind_phrase} from {wrong}, shown on stage.") == [
        ("A402", f"{kind_phrase.split()[-1]} from {wrong}")]
    assert _context_makers(name, f"{kind_phrase} by {wrong}.") == [("A402", f"{kind_phrase.split()[-1]} by {wrong}")]
    assert _context_makers(name, f"{kind_phrase} from {right}, shown on stage.") == []


@pytest.mark.parametrize("context", [
    "Blood test that draws on data from Guardant Health's trials.",  # data from another firm, no maker
    "Robotic arm; the hosts compare it with the arms from Fanuc.",   # another product of that kind
])
def test_a_kind_word_that_names_no_maker_of_the_entity_stays_quiet(context):
    name = "Galleri" if "Blood" in context else "GoFa"
    assert _context_makers(name, context) == []


# --- misspelling: an NER name is the slip its own window shows ----------------------------------

def _misspelt(text: str) -> list[tuple[str, str, str]]:
    """(field, evidence, replacement) of each misspelling finding of an episode's text."""
    return [(f.field, f.evidence, f.fix.edits[0].replacement) for f in audit_text(text, select=("misspelling",))]


def _name_fields(name: str, context: str) -> dict[str, tuple[str, str]]:
    from tests.conftest import ner_entity_episode
    return {field: (evidence, right) for field, evidence, right in _misspelt(ner_entity_episode(name, context))}


@pytest.mark.parametrize("name, context, evidence, right", [
    ("Cling", "e Chinese labs move fast, honestly. Cling from Kuaishou shipped four versions in a yea",
     "Cling", "Kling"),
    ("Imagine 4", "that makes sense to me. Google's Imagine 4 is really good at photoreal product sho",
     "Imagine", "Imagen"),
])
def test_an_ner_name_is_the_slip_its_window_shows(name, context, evidence, right):
    found = _name_fields(name, context)
    assert found["companies[0].context"] == (evidence, right)
    assert found["companies[0].name"] == (evidence, right)


@pytest.mark.parametrize("name, context", [
    ("Cling", "the teams cling to the old tools, honestly, and Kuaishou shipped four versions in a yea"),
    ("Imagine", "Imagine a studio with no cameras at all, and then Google shipped a new model, they said"),
])
def test_an_ner_name_its_window_does_not_flag_stays_quiet(name, context):
    assert _name_fields(name, context) == {}


# --- misspelling: a word before a plain number, heard for the family the episode writes with it ---

def _quote_misspellings(*texts: str) -> list[tuple[str, str, str]]:
    import json
    from tests.conftest import episode_text
    fm = "title: x\nquotes:\n" + "".join(f"- relevance_score: 5\n  text: {json.dumps(t)}\n" for t in texts)
    return _misspelt(episode_text(fm))


@pytest.mark.parametrize("heard, right, word, name", [
    ("Jeannie 3 held a world together for minutes, with events you can prompt.", "Genie 3 is the world model.",
     "Jeannie", "Genie"),
    ("We moved the agents to Quinn 3 last month and it held up.", "Qwen 3 is the open model we run.",
     "Quinn", "Qwen"),
])
def test_a_word_before_a_number_is_the_family_the_episode_writes_with_it(heard, right, word, name):
    assert _quote_misspellings(heard, right) == [("quotes[0].text", word, name)]


@pytest.mark.parametrize("texts", [
    ("Jeannie 3 held a world together for minutes.", "Genie 2 is the world model."),    # another version
    ("Jeannie 3 held a world together for minutes.", "The world model was shown."),     # the name unwritten
    ("Gemma 3 runs on one GPU.", "Gemini 3 is the big one."),                            # a name of its own
])
def test_a_word_before_a_number_the_episode_does_not_back_stays_quiet(texts):
    assert _quote_misspellings(*texts) == []
