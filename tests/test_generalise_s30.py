"""Causes that session 30's four blind corpora showed (written from the issues alone, by authors who
never read the code), each as the general case, with the phrasings a checker must still find:

- not-mentioned: a denial of a relation, not of presence ("never mentioned in connection with the
  drones", "not mentioned as being in production": `scope.relation` in rules/not_mentioned.yaml);
- truncation: a final "each" that shares out an amount ("one of each", "a dollar each");
- attribution: makers named in Malay, Ukrainian, Russian, Vietnamese and Greek ("Copilot keluaran
  Google", "ChatGPT від Google"); a kind in apposition to another product is that product's ("Not to
  be confused with Grok, the chatbot from xAI" in the context of Groq's LPU);
- misspelling: an acronym of a name is said letter by letter ("Lime Studio" is no LM Studio); an
  ordinary word as a firm's name with no talk of models near is no model written in capitals
  (Bloom, BLOOM); a name without its number is a short form ("Majorana" of Majorana 1).

Every "quiet" case was flagged by the code before this change, and every "found" case is found."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, findings_by_item


def _entity_flagged(rule: str, name: str, context: str, confidence: str = "medium", category: str = "ai_company") -> bool:
    ep = episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: {category}\n"
                      f"  confidence: {confidence}\n  context: {json.dumps(context)}\n  source: llm_enhanced\n")
    return any(f.rule == rule and f.field.startswith("companies[0]") for f in audit_text(ep, select=[rule]))


def _quote_flags(family: str, texts: list[str]) -> list[bool]:
    found = findings_by_item(texts, family)
    return [bool(found.get(i)) for i in range(len(texts))]


RELATION_DENIALS = [
    ("Google Cloud", "Cloud provider behind Westinghouse HiVE; never mentioned in connection with the inspection drones."),
    ("Prophet", "Forecasting library originally from Meta, used as the baseline model; not mentioned as being in production."),
    ("Cohere", "Embedding vendor; not mentioned with regard to pricing."),
    ("Cohere", "Never named in relation to the outage, only as the search vendor."),
]
PRESENCE_DENIALS = [
    ("Cohere", "Not mentioned."),
    ("Cohere", "Not mentioned in the context of this episode."),
    ("Cohere", "Never mentioned in connection with the episode; added from background knowledge."),
]


@pytest.mark.parametrize("name, context", RELATION_DENIALS)
def test_a_denial_of_a_relation_is_no_finding(name, context):
    assert not _entity_flagged("N201", name, context)


@pytest.mark.parametrize("name, context", PRESENCE_DENIALS)
def test_a_denial_of_presence_is_still_found(name, context):
    assert _entity_flagged("N201", name, context)


def test_each_that_shares_out_an_amount_ends_a_sentence():
    quiet = ["A gunshot and a falling branch look the same until you have ten thousand of each",
             "We sell them to the shops for a dollar each", "They cost $5 each", "The judges gave three points each"]
    cut = ["and then the team reviewed each", "so we looked hard at each"]
    assert _quote_flags("truncation", quiet + cut) == [False] * len(quiet) + [True] * len(cut)


FOREIGN_CLAIMS = [
    "Ми пробували ChatGPT від Google, але зараз використовуємо інший інструмент",  # Ukrainian
    "Pasukan belakang guna Copilot keluaran Google untuk e-mel",  # Malay
    "Мы пробовали Claude от OpenAI.",  # Russian
    "Chúng tôi dùng Gemini của OpenAI.",  # Vietnamese
    "Χρησιμοποιήσαμε το Claude από την Google.",  # Greek
]
FOREIGN_RIGHT = [
    "Pasukan guna Copilot keluaran Microsoft untuk e-mel",
    "Ми пробували ChatGPT від OpenAI.",
    "Chúng tôi dùng Gemini của Google.",
]


def test_makers_named_in_other_languages():
    flags = _quote_flags("attribution", FOREIGN_CLAIMS + FOREIGN_RIGHT)
    assert flags == [True] * len(FOREIGN_CLAIMS) + [False] * len(FOREIGN_RIGHT)


def test_a_kind_apposed_to_another_product_is_that_products():
    assert not _entity_flagged("A402", "LPU", "Groq's inference chips, used for low-latency inversion. "
                                              "Not to be confused with Grok, the chatbot from xAI.", "high", "ai_hardware")
    assert not _entity_flagged("A402", "LPU", "Groq's inference chip, unlike Grok, the chatbot from xAI.", "high", "ai_hardware")
    # the entity's own name apposed, or no name at all, is still the entity's maker
    assert _entity_flagged("A402", "Gemini", "Gemini, the chatbot from OpenAI.", "high")
    assert _entity_flagged("A402", "Gemini", "Multimodal, the chatbot from OpenAI.", "high")


def test_misspelling_guards_for_acronyms_ordinary_words_and_short_forms():
    quiet = ["We booked Lime Studio for the Thursday class.",
             "We get our sundries through Bloom, and they deliver on Tuesdays.",
             "The Bloom garden centre sells roses.",
             "Willow, Majorana and the marketing of qubits"]
    found = ["We run models locally in LM Studo.",
             "We fine-tuned Bloom on our own data.",
             "We compared Bloom with Falcon for our chatbot model.",
             "We benchmarked Gemeni against Claude."]
    assert _quote_flags("misspelling", quiet + found) == [False] * len(quiet) + [True] * len(found)


def test_a_short_name_one_letter_off_listed_with_an_unknown_firm_is_that_firms_peer():
    quiet = ["The chillers come from Carrier and Trane.", "This week on Barrel & Bine, the hop growers' podcast."]
    found = ["Mistral, Cohere and Antrhopic all pitched.", "We compared Grok and Gemeni.", "So and Bign are here."]
    assert _quote_flags("misspelling", quiet + found) == [False] * len(quiet) + [True] * len(found)


def test_a_word_in_one_piece_against_a_name_of_two_is_another_word():
    quiet = ["The Signmakers Guild meets monthly in Leeds."]
    found = ["We deployed it on SageMakr last year.", "Our Sagemakers setup is old."]
    assert _quote_flags("misspelling", quiet + found) == [False] * len(quiet) + [True] * len(found)


@pytest.mark.parametrize("name, context, flagged", [
    ("Whisper large-v3", "Google's open speech recognition model, fine-tuned on consented recordings.", True),
    ("Whisper large-v3", "OpenAI's open speech recognition model.", False),
    ("GraphCast", "Microsoft's graph neural network weather model.", True),
    ("GraphCast", "Google DeepMind's graph neural network weather model.", False),
    ("DSO.ai", "Cadence's reinforcement-learning design space optimiser, used on the largest blocks.", True),
    ("Purple AI", "CrowdStrike's security assistant for querying the data lake.", True),
    ("Purple AI", "SentinelOne's security assistant.", False),
    ("Dolly", "Open instruction-tuned model released by Snowflake.", True),
])
def test_a_wrong_maker_in_the_products_own_description(name, context, flagged):
    assert _entity_flagged("A402", name, context, "high") is flagged


def test_angstrom_read_as_windows_1252_is_mojibake():
    texts = ["The model reaches a 1.5 Ã… RMSD on the test set.", "Ã…rhus University ran the trial.",
             "O NÃ… ESTÁ CLARO", "SÃO PAULO e NÃO"]
    assert _quote_flags("mojibake", texts) == [True, True, False, False]


def test_a_case_ending_after_a_glossary_name_in_another_language():
    quiet = ["Bielik jest oparty na architekturze Mistrala, dokładnie na Mistral 7B, a potem dotrenowany na polskich danych"]
    found = ["We tried Mistrala last week and it was fine."]
    assert _quote_flags("misspelling", quiet + found) == [False, True]


def test_owners_and_makers_in_turkish_and_of_a_former_unit():
    found = ["Ekip Meta'nın Claude modelini değil, kendi modelini kullanıyor.",
             "Waymo Via, which was Tesla's trucking unit, shut down in 2023."]
    quiet = ["Anthropic'in Claude modelini seviyoruz.", "Microsoft'un Claude desteği geldi.",
             "Waymo Via, Waymo's trucking unit, shut down in 2023."]
    assert _quote_flags("attribution", found + quiet) == [True] * len(found) + [False] * len(quiet)


def test_openai_written_with_the_romance_letters():
    assert _quote_flags("misspelling", ["Usamos Open IA para todo.", "La IA de OpenAI es buena."]) == [True, False]
