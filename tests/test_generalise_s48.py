"""Session 48: shapes from the blind corpora of sessions 47 and 48 (consumer tech, medicine).

- A sound of one consonant says little: a word of it before a version must also have the model
  family's vowels ("Fi-4" is Phi-4; "Qi2", the charging standard, is no Chai-2).
- A word that capitalises an ending its glossary namesake writes small ("CosmOS", Humane's OS,
  beside Nvidia's Cosmos) is a brand of its own: no casing slip, no claim on the namesake's maker.
- A medicine by what it is ("rentosertib, Exscientia's TNIK inhibitor") is a product in an
  apposition, and its maker's possessive is checked.
"""
from __future__ import annotations

import pytest

import yaml

from tests.conftest import audit_text, episode_text, findings_by_item, summary_episode


def test_a_one_consonant_sound_before_a_version_needs_the_familys_vowels():
    assert findings_by_item(["Pixelsnap (Qi2 magnets) are built in."], "misspelling") == {}
    found = findings_by_item(["Then Fi-4 came out and it was small."], "misspelling")
    assert [(f.evidence, f.fix.edits[0].replacement) for f in found[0]] == [("Fi", "Phi")]


def test_a_brand_that_capitalises_its_ending_is_no_casing_slip_and_no_claim_on_the_namesake():
    text = episode_text(yaml.safe_dump({"title": "x", "companies": [
        {"name": "CosmOS", "category": "product", "confidence": "high", "source": "llm_enhanced",
         "context": "Humane's operating system for the AI Pin, sold to HP."}]}, width=1000))
    assert audit_text(text, select=("misspelling", "attribution")) == []
    assert findings_by_item(["We tried the CosmOS build on the pin."], "misspelling") == {}
    # the namesake's casing slips are still found
    found = findings_by_item(["The new Openai model shipped."], "misspelling")
    assert [f.evidence for f in found[0]] == ["Openai"]


@pytest.mark.parametrize("text,evidence", [
    ("The trial of rentosertib, Exscientia's TNIK inhibitor, read out in June.",
     "rentosertib, Exscientia's TNIK inhibitor"),
    ("MAI-DxO, Google Health's diagnostic orchestrator, solved the cases.",
     "MAI-DxO, Google Health's diagnostic orchestrator"),
])
def test_wrong_makers_of_medicines_and_clinical_tools_are_found(text, evidence):
    assert [f.evidence for f in audit_text(summary_episode(text), select=("attribution",))] == [evidence]


@pytest.mark.parametrize("text", [
    "The trial of rentosertib, Insilico Medicine's TNIK inhibitor, read out in June.",
    "AMIE, Google Health's diagnostic dialogue agent, was tested.",  # a unit of the maker
    "Microsoft's Kosmos-2 model grounds text in images.",  # another product of Kosmos' name
])
def test_right_makers_of_medicines_and_namesakes_stay_quiet(text):
    assert audit_text(summary_episode(text), select=("attribution",)) == []


# --- held-out blind125 (AI industry, core families) and blind126 (security, defence, education) ---

from tests.conftest import context_episode, llm_entity_episode  # noqa: E402


def test_a_names_accented_letters_do_not_hide_its_misspelling():
    found = findings_by_item(["François Chollay made ARC, and Łukasz Kaizer co-wrote the transformer paper."],
                             "misspelling")
    assert [(f.evidence, f.fix.description) for f in found[0]] == [
        ("François Chollay", "Replace with 'François Chollet'"), ("Łukasz Kaizer", "Replace with 'Łukasz Kaiser'")]
    # written right, with or without the accents, and another language's word: quiet
    assert findings_by_item(["François Chollet and Francois Chollet made ARC; the Schrödinger suite; "
                             "Géminis es el signo."], "misspelling") == {}


@pytest.mark.parametrize("text,evidence,replacement", [
    ("Then Jipu released GLM-4.5 with open weights.", "Jipu", "Zhipu"),  # pinyin zh heard as j
    ("Credits Georgi Gerganoff's llama.cpp as the foundation.", "Georgi Gerganoff", "Georgi Gerganov"),  # -ov heard -off
])
def test_sound_alikes_of_chinese_and_russian_names_are_found(text, evidence, replacement):
    found = findings_by_item([text], "misspelling")
    assert [(f.evidence, f.fix.edits[0].replacement) for f in found[0]] == [(evidence, replacement)]


@pytest.mark.parametrize("text", [
    "Shai Shalev-Shwartz talked about xAI.",  # a pinyin swap to a name of three letters: none
    "Wafer-scale engine maker focused on inference.",  # a compound modifying ordinary words
    "Mistral just released Ministral 3B and 8B, they call them les Ministraux.",  # the maker's own plural
    "A 4-bit Mistral Nemo runs when I want something chattier.",  # the maker's own spelling
])
def test_names_and_phrases_written_right_are_no_misspelling(text):
    assert findings_by_item([text], "misspelling") == {}


def test_a_greek_letter_read_as_cp1252_with_a_low_quote_is_mojibake():
    found = audit_text(llm_entity_episode("Ï„-bench", "Customer-service agent benchmark from Sierra.", "ai_research",
                                          "high"), select=("mojibake",))
    assert [(f.field, f.evidence, f.fix.description) for f in found] == [
        ("companies[0].name", "Ï„-bench", "Repair encoding: 'τ-bench'")]
    assert audit_text(summary_episode("German quotes „so“ and Polish „tak” are right."), select=("mojibake",)) == []


@pytest.mark.parametrize("context,flagged", [
    ("Hangzhou lab; released the V3.1 hybrid model; R2 has not appeared.", False),  # another name's subject
    ("DeepSeek has not appeared in the episode.", True),
    ("No explicit reference to Scale's SEAL leaderboards; inferred from the mention of Scale AI.", True),
])
def test_denials_of_another_names_appearance_and_of_the_entity_by_its_makers_possessive(context, flagged):
    name = "SEAL Leaderboards" if "SEAL" in context else "DeepSeek"
    found = audit_text(llm_entity_episode(name, context, "ai_company", "low"), select=("not-mentioned",))
    assert bool(found) is flagged


@pytest.mark.parametrize("text,evidence", [
    ("We ran vLLM, Modal's open-source engine, on the cluster.", "vLLM, Modal's open-source engine"),
    ("Humanity's Last Exam, developed by Anthropic, is hard.", "Humanity's Last Exam, developed by Anthropic"),
    ("Meta's llama.cpp library runs everywhere.", "Meta's llama.cpp"),
])
def test_open_source_projects_have_makers(text, evidence):
    assert [f.evidence for f in audit_text(summary_episode(text), select=("attribution",))] == [evidence]


def test_a_serving_framework_from_the_wrong_maker_is_a_claim_and_a_platform_serving_is_none():
    def found(context):
        return [f.evidence for f in audit_text(llm_entity_episode("vLLM", context, "ai_infrastructure", "high"),
                                               select=("attribution",))]
    assert found("Open-source serving framework from Anyscale, supporting prefix caching.") == [
        "framework from Anyscale"]
    assert found("Platform serving the engine from Anyscale to its customers.") == []
