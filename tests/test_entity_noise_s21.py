"""Entity-noise, session 21 shapes:

- an NER name that stands whole in its window is not "cut" from a longer word that merely holds
  it elsewhere in the window ("Udio had the better audio": 'Udio' is not cut from 'audio');
- a title inside the name makes a person ("Ms. Alvarez", "Dr. Lena Fischer"), unless a brand
  ("Dr. Martens, the footwear brand", "Mrs. Meyer's");
- a government department named by its field ("Commerce Department", "the Treasury Department");
- an LLM entry made of ordinary words whose context opens on a technique or concept ("Prompt
  Injection: Attack technique where ...") is a generic term, not a company; firms whose context
  merely mentions their approach stay ("Startup whose technique ...").
"""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode, ner_entity_episode


def _llm(name: str, context: str) -> list[str]:
    return [f.message for f in audit_text(llm_entity_episode(name, context, "tech")) if f.family == "entity-noise"]


def _ner(name: str, window: str) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in audit_text(ner_entity_episode(name, window)) if f.family == "entity-noise"]


def test_a_name_whole_in_its_window_is_not_cut_from_a_longer_word():
    window = "Udio had the better audio quality for a while, and then both of them got sued by the labels"
    assert _ner("Udio", window) == []


def test_a_name_cut_from_a_longer_word_is_still_found():
    window = "and the glasses, the Ray-Ban Meta ones, sold out in a week, which nobody at the company expected"
    found = _ner("Ban Meta", window)
    assert [r for r, _ in found] == ["F502"] and "Ray-Ban Meta" in found[0][1], found


@pytest.mark.parametrize("name, context", [
    ("Ms. Alvarez", "Seventh-grade maths teacher who said the tutor gives the fifth explanation."),
    ("Dr. Lena Fischer", "Radiologist who evaluated the screening model."),
    ("Mr. Takahashi", "Plant manager who described the factory's retrofit."),
    ("Senator Whitcombe", "Lawmaker who proposed the disclosure bill."),
])
def test_a_title_in_the_name_makes_a_person(name, context):
    found = _llm(name, context)
    assert len(found) == 1 and "is a person" in found[0], found


@pytest.mark.parametrize("name, context", [
    ("Dr. Martens", "British footwear brand cited as a retail customer of the platform."),
    ("Mrs. Meyer's", "Household cleaning products mentioned in the retail example."),
])
def test_brands_named_with_a_title_stay(name, context):
    assert _llm(name, context) == []


@pytest.mark.parametrize("name", ["Commerce Department", "The Treasury Department", "US Commerce Department",
                                  "Defence Ministry"])
def test_government_departments_are_not_companies(name):
    found = _llm(name, "Mentioned for the export rules that changed three times in two years.")
    assert len(found) == 1 and "government" in found[0], found


@pytest.mark.parametrize("name, context", [
    ("Prompt Injection", "Attack technique where instructions hidden in content hijack a model."),
    ("Speculative Decoding", "Inference technique that drafts tokens with a small model and checks them."),
    ("Knowledge Distillation", "Method of training a small model on the outputs of a larger one."),
    ("Vibe Coding", "Term coined for writing software by describing it to a model."),
    ("Weight Sharing", "Training technique where layers reuse the same parameters."),
    ("Model Collapse", "Phenomenon where models trained on generated data degrade."),
])
def test_concepts_described_as_such_are_generic_terms(name, context):
    found = _llm(name, context)
    # (since session 23 the generic vocabulary knows some of these names by their words alone)
    assert len(found) == 1 and ("described as a concept" in found[0] or "is a generic term" in found[0]), found


@pytest.mark.parametrize("name, context", [
    ("Cursor", "AI code editor whose approach to autocomplete the guest praised."),
    ("Harvey", "Legal AI startup whose method of contract review was discussed."),
    ("Attention Labs", "Startup whose technique for meeting audio separation was demoed."),
    ("Magic", "Startup whose method for long-context code models impressed the guest."),
    ("Physical Intelligence", "Robotics startup building general-purpose robot brains."),
    ("Linear", "Issue-tracking software whose approach to product planning the guest likes."),
    ("Safe Superintelligence", "Startup founded by Ilya Sutskever with a research-first approach."),
    # a name that is no run of ordinary words stays, whatever its context says
    ("GRPO", "Training method introduced with DeepSeek-R1."),
])
def test_firms_whose_context_names_a_technique_stay(name, context):
    assert _llm(name, context) == []


@pytest.mark.parametrize("name, context", [
    ("Self-Driving Cars", "Category of vehicles discussed throughout the episode."),
    ("Delivery Drones", "Class of aircraft that carry parcels to homes."),
    ("Humanoid Robots", "Category of machines discussed as the next platform."),
])
def test_a_plural_class_of_things_is_a_generic_term(name, context):
    found = _llm(name, context)
    assert len(found) == 1 and ("described as a concept" in found[0] or "is a generic term" in found[0]), found


@pytest.mark.parametrize("name, context", [
    ("Atlas", "Type of humanoid robot built by Boston Dynamics."),
    ("Granite", "Family of open models from IBM."),
    ("Sparks", "Type of credit card the bank launched for small businesses."),
    ("Atlas", "Class of humanoid robots built by Boston Dynamics."),
])
def test_a_product_described_by_its_type_stays(name, context):
    assert _llm(name, context) == []


def test_the_words_that_make_a_titled_name_a_brand_come_from_the_rule_file():
    from audit.checks.entity_noise import parse_noise_words
    from audit.ruleset import RuleSetError

    words = parse_noise_words({"firm_nouns": ["clinic"]}, "entity_noise.yaml")
    assert words.firm_nouns.search("A dental Clinic chain") and not words.firm_nouns.search("a footwear brand")
    assert not parse_noise_words({}, "entity_noise.yaml").firm_nouns.search("brand")
    with pytest.raises(RuleSetError, match="firm_nouns"):
        parse_noise_words({"firm_nouns": "brand"}, "entity_noise.yaml")
