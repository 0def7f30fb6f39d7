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


def test_another_english_word_of_another_sound_in_a_two_word_name_is_another_name():
    assert findings_by_item(["Red Cat sells drones to the Army, and Red Cat's Black Widow flew."], "misspelling") == {}
    # a word of the same sound, or one letter slipped, is still the name misspelt
    found = findings_by_item(["Hugging Phase hosts models, and Red Hatt sells Linux."], "misspelling")
    assert [f.evidence for f in found[0]] == ["Hugging Phase", "Red Hatt"]


def test_a_silent_h_after_a_first_k_is_heard_as_the_name():
    found = findings_by_item(["Honestly Conmigo is good at giving hints instead of answers."], "misspelling")
    assert [(f.evidence, f.fix.description) for f in found[0]] == [("Conmigo", "Replace with 'Khanmigo'")]


def test_a_given_name_before_a_surname_is_no_slip_of_a_name_the_episode_writes_more_often():
    summary = ("Tobias Achterberg and Maren Holt talk about Maven Smart System. Palantir runs Maven Smart "
               "System for the joint force, and Maven Smart System is the program of record.")
    assert audit_text(summary_episode(summary), select=("misspelling",)) == []


def _episode_claims(text: str, entities) -> list[str]:
    return [f.evidence for f in audit_text(entities_episode(entities, summary=text), select=("A403",))]


from tests.conftest import entities_episode  # noqa: E402


def test_a_designation_in_brackets_and_the_next_item_of_a_list_are_no_makers():
    entities = [("ner:Fury", "so the first prototypes, Anduril's Fury, the YFQ-44A, and General Atomics' entry", "unknown"),
                ("ner:YFQ-44A", "prototypes in 2025, Anduril's Fury, the YFQ-44A, and General Atomics'", "unknown"),
                ("ner:Quillguard", "a vulnerability a lot. OpenAI announced Quillguard in October, an agentic", "unknown")]
    assert _episode_claims("Aircraft: Anduril's Fury (YFQ-44A). Tools: CodeQL, OpenAI's Quillguard, Anthropic's "
                           "Claude Sonnet 4.5.", entities) == []
    # a firm in brackets, and an apposition that describes, still claim a maker
    assert _episode_claims("Aircraft: Fury (Shield AI), and Quillguard, Anthropic's security agent.", entities) == [
        "Fury (Shield AI", "Quillguard, Anthropic"]


def test_a_preposition_stranded_after_a_noun_compound_subject_is_whole_speech():
    def cut(text):
        return [f.rule for f in audit_text(quote_episode(text), select=("truncation",))]
    assert cut("If I say that, that's something an engineering team can act on") == []
    assert cut("And the engineering team can act on") == ["T701"]


from tests.conftest import insight_episode, quote_episode  # noqa: E402


def test_a_common_word_capitalised_before_a_machines_kind_is_its_name():
    from tests.conftest import ner_entity_episode
    window = "ut GPS. Quantum Systems from Germany has the Vector reconnaissance drone, and they opened production"
    assert audit_text(ner_entity_episode("Vector", window), select=("entity-noise",)) == []
    window = "ut GPS. We used Vector search for the retrieval, and they opened production in Ukraine"
    assert [f.rule for f in audit_text(ner_entity_episode("Vector", window), select=("entity-noise",))] == ["F504"]


# --- held-out blind127 (interviews with the field's founders, all families) ---


def test_an_acronym_english_reads_as_a_word_is_no_loose_abbreviation():
    entities = [("ner:EVE", "e a little bit crazy. Our first robot was EVE, a wheeled humanoid that did security", "unknown"),
                ("ner:EQT Ventures", "u've raised from OpenAI's Startup Fund, from EQT Ventures, Samsung NEXT. How do", "tech")]
    assert audit_text(entities_episode(entities), select=("duplicate",)) == []
    entities = [("ner:ERCOT", "the grid operator ERCOT said the load would grow fast in the next years", "unknown"),
                ("Electric Reliability Council of Texas", "Grid operator of Texas.", "governance_entity")]
    assert [f.rule for f in audit_text(entities_episode(entities), select=("duplicate",))] == ["D601"]


@pytest.mark.parametrize("text", [
    "Sakana Koi-7B is an open Japanese chat model.",  # a firm's model by the firm's first word
    "Before Sakana I was at Google Brain. Sakana AI is small, Sakana AI is fast, and Sakana AI merges models.",
    "The TPU began as a side project. The LPU is Groq's. The LPU is fast. The LPU runs Llama.",
])
def test_a_firms_model_the_pronoun_after_a_name_and_another_acronym_are_no_slips(text):
    assert audit_text(summary_episode(text), select=("misspelling",)) == []


def test_a_voice_ai_firm_named_by_an_ordinary_word_is_a_maker():
    assert [f.evidence for f in audit_text(summary_episode("Eleven v3 by Sesame adds audio tags."),
                                           select=("attribution",))] == ["Eleven v3 by Sesame"]
    assert audit_text(summary_episode("Sesame Street taught kids, and Sesame AI made Maya."),
                      select=("attribution", "misspelling")) == []


@pytest.mark.parametrize("extracted,text,cut", [
    # a participle with its place or cost after the extraction: a phrase of its own
    ("many smaller models that cooperate can be an alternative to one enormous model",
     "many smaller models that cooperate can be an alternative to one enormous model trained at enormous cost.", False),
    # a phrasal verb's particle left out
    ("the ones who can break a problem",
     "the engineers who thrive will be the ones who can break a problem down clearly and judge quality fast.", True),
])
def test_fragmentary_extractions_by_a_participle_and_a_particle(extracted, text, cut):
    doc = episode_text(yaml.safe_dump({"title": "x", "insights": [
        {"text": text, "extracted": extracted, "type": "prediction", "confidence": "medium", "actionable": False}]},
        width=1000))
    assert bool([f for f in audit_text(doc, select=("T702",))]) is cut


def test_a_gerund_opening_a_sentence_is_no_pitched_brand():
    def pitched(text):
        doc = episode_text(yaml.safe_dump({"title": "x", "summary": "The hosts talk about model merging.", "companies": [
            {"name": "Sakana AI", "category": "ai_lab", "confidence": "high", "position": 900,
             "context": "d then we started Sakana AI in Tokyo because the ideas that were most interesting came"}],
            "quotes": [{"text": text, "impact_reason": "Shows how cheap experiments are.", "relevance_score": 8,
                        "source": "llm_enhanced", "topic": "research"}]}, width=1000))
        return [f.evidence for f in audit_text(doc, select=("sponsor",))]
    assert pitched("Merging models is almost free compared to training, so you can run thousands of experiments "
                   "that a big lab would never bother with.") == []
    # a coined name in the same words is a pitch
    assert pitched("Mergely makes merging almost free compared to training, so you can run thousands of experiments "
                   "without a big lab's budget.") == ["Mergely"]


def test_a_public_bodys_full_name_is_grounded_by_its_acronym_with_its_small_words():
    entities = [("ner:Chrome", "case the DOJ remedy forced Google to divest it. If Chrome had to be sold", "unknown"),
                ("Department of Justice", "Brought the search antitrust case against Google.", "governance_entity"),
                ("Department of Energy", "Runs the national labs.", "governance_entity")]
    assert [f.evidence for f in audit_text(entities_episode(entities), select=("grounding",))] == ["Department of Energy"]


def test_an_answer_engine_is_a_generic_term():
    from tests.conftest import ner_entity_episode
    window = "e search. What we built is an Answer Engine, and the difference is that you get a cited answer"
    assert [f.rule for f in audit_text(ner_entity_episode("Answer Engine", window), select=("entity-noise",))] == ["F504"]


def test_a_name_in_greek_mojibake_written_right_elsewhere_is_grounded():
    entities = [("ner:Sierra", "ent benchmarks for customer service? τ-bench from Sierra. It simulates users", "unknown"),
                ("Ï„-bench", "Customer-service agent benchmark from Sierra.", "ai_research")]
    found = audit_text(entities_episode(entities), select=("grounding", "mojibake"))
    assert [(f.family, f.evidence) for f in found] == [("mojibake", "Ï„-bench")]


def test_a_product_or_a_firm_categorised_as_a_governance_entity_is_inconsistent():
    entities = [("Le Chat", "Mistral AI's consumer assistant, used by the French government.", "governance_entity"),
                ("European Commission", "The EU's executive, which drafted the AI Act.", "governance_entity")]
    found = audit_text(entities_episode(entities), select=("C1001",))
    assert [f.evidence for f in found] == ["governance_entity"] and found[0].field == "companies[0].category"
