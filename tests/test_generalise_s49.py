"""Session 49: shapes from three blind corpora written by helpers who saw no code (AI in healthcare
and robotics; AI outside the US; data infrastructure and developer tools).

- What an entity is does not change with its bytes: a name with mojibake is judged by its
  repaired form ("ClÃ©ment Delangue" is a person, "SÃ£o Paulo" a city).
- Given names of more languages, and the surnames that open Chinese and Korean names.
- A date whose day and month can swap is early only if it is early read either way.
- The NER pass's name as speech recognition heard it duplicates the LLM pass's name as it knows it.
- Truncation: mojibake's en dash ("â€“") opens no quotation; a noun phrase after "one", "the" or a
  possessive is a fragment of its insight's text.
- A unit's goods after another firm's possessive ("Tencent's Kunlunxin chips") claim the unit.
- A country's adjective is no slip of a name ("Korean" is no Kore.ai); an NER name opening with a
  sentence's first word is no name split as heard ("So Ray" is no Sora).
"""
from __future__ import annotations

import json

import pytest

from tests.conftest import (audit_text, entities_episode, episode_text, findings_by_item, insight_episode,
                            ner_entity_episode, quote_episode, summary_episode)


def _rules(text: str, family: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.field, f.evidence) for f in audit_text(text) if f.family == family]


# --- entity noise ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name,context,what", [
    ("ClÃ©ment Delangue", "note where ClÃ©ment Delangue said the open-source community would catch up within a year",
     "person"),
    ("SÃ£o Paulo", "y meetup in SÃ£o Paulo right now is about agents for customer service, which makes sense",
     "place"),
])
def test_a_name_with_mojibake_is_judged_by_its_repaired_form(name, context, what):
    found = [f for f in audit_text(ner_entity_episode(name, context)) if f.family == "entity-noise"]
    assert [(f.rule, f.field, f.evidence) for f in found] == [("F504", "companies[0].name", name)]
    assert what in found[0].message and name in found[0].message
    assert found[0].fix.description.startswith("Remove")  # (no rewrite to the repaired name)
    # written right, the same finding; a firm's name with mojibake is still no noise
    repaired = name.encode("cp1252").decode("utf-8")
    assert [f.rule for f in audit_text(ner_entity_episode(repaired, context.replace(name, repaired)))
            if f.family == "entity-noise"] == ["F504"]
    assert _rules(ner_entity_episode("NestlÃ©", "the deal NestlÃ© signed with the retailers last year"),
                  "entity-noise") == []


@pytest.mark.parametrize("name,context", [
    ("Hannes Mühleisen", "and I have huge respect for how they run it. Hannes Mühleisen has been very clear that"),
    ("Kim Sung-hoon", "Kim Sung-hoon keeps saying small models will win the enterprise, and Solar Pro is"),
    ("Peng Xiao", "O Peng Xiao said publicly that they would rip out Huawei equipment, and that was the"),
    ("Axel Krieger", "Autonomy is the big question. Axel Krieger's group at Johns Hopkins had STAR do an"),
])
def test_people_of_more_languages_listed_as_companies_are_found(name, context):
    assert _rules(ner_entity_episode(name, context), "entity-noise") == [("F504", "companies[0].name", name)]


def test_a_glossary_name_cut_from_another_glossary_name_is_found():
    text = ner_entity_episode("Threads", "ide you have Moore Threads and Biren, both on the entity list, both trying")
    found = audit_text(text, select=("entity-noise",))
    assert [(f.rule, f.evidence) for f in found] == [("F502", "Threads")] and "'Moore Threads'" in found[0].message
    # the name of its own entry, or its maker's name before it: the name still
    for name, context in [("Threads", "Meta launched Threads last year and it grew"),
                          ("DeepMind", "the team at Google DeepMind shipped the model"),
                          ("Copilot", "we rolled out Microsoft Copilot to the whole company and")]:
        assert audit_text(ner_entity_episode(name, context), select=("entity-noise",)) == []


@pytest.mark.parametrize("name,context", [
    ("Kim Kardashian Beauty", "the brand Kim Kardashian Beauty launched a line of"),  # a firm's word
    ("Wang Labs", "back when Wang Labs sold word processors to every office in"),
    ("Zhou Ventures", "led by Zhou Ventures and two other funds, the round"),
])
def test_firms_named_after_people_stay_quiet(name, context):
    assert _rules(ner_entity_episode(name, context), "entity-noise") == []


# --- consistency: C1006 ---------------------------------------------------------------------------

def _dated(date: str, processing: str) -> str:
    return episode_text(f"title: x\ndate: {json.dumps(date)}\nprocessing_date: {json.dumps(processing)}\n")


def test_a_date_whose_day_and_month_can_swap_is_early_only_read_either_way():
    # 10/07/2025 is 7 October (US) or 10 July (Europe): a processing date of 6 October is early
    # only in one reading
    assert [f.rule for f in audit_text(_dated("10/07/2025", "2025-10-06 10:55:31 +0000"), select=("C1006",))] == []
    # early either way (before 7 July and 10 July): flagged
    assert [f.rule for f in audit_text(_dated("10/07/2025", "2025-06-30 10:55:31 +0000"), select=("C1006",))] == ["C1006"]
    # a day over 12 cannot swap: read as written
    assert [f.rule for f in audit_text(_dated("16/09/2025", "2025-09-01"), select=("C1006",))] == ["C1006"]
    assert [f.rule for f in audit_text(_dated("2025-04-29 15:46:54 +0000", "2024-10-05 21:17:57 +0000"),
                                       select=("C1006",))] == ["C1006"]


# --- duplicate ------------------------------------------------------------------------------------

@pytest.mark.parametrize("heard,known,context", [
    ("Aidock", "Aidoc", "The triage tools are the success story. Aidock flags intracranial bleeds and"),
    ("Tempest AI", "Tempus AI", "In the clinic, Tempest AI, sorry, Tempus, has built the largest"),
    ("NewBank", "Nubank", "the data team at NewBank told me that the chat assistant now resolves most"),
])
def test_a_name_as_heard_duplicates_the_llm_pass_name(heard, known, context):
    text = entities_episode([(f"ner:{heard}", context, "unknown"),
                             (known, "A company the guest discussed at length.", "ai_company")])
    found = [f for f in audit_text(text, select=("D601",))]
    assert [(f.field, f.evidence) for f in found] == [("companies[0].name", heard)]
    assert "and is misspelt" in found[0].message
    # another firm one slip away that the misspelling family does not read as a slip: two entities
    text = entities_episode([("ner:Aidan", "we spoke to Aidan about the triage tools and", "unknown"),
                             (known, "A company the guest discussed at length.", "ai_company")])
    assert audit_text(text, select=("D601",)) == []


# --- truncation -----------------------------------------------------------------------------------

def test_mojibake_of_an_en_dash_opens_no_quotation():
    text = "Airflow 3 finally ships DAG versioning â€“ that alone justifies the upgrade for us"
    assert findings_by_item([text], "truncation") == {}
    found = findings_by_item(["He said “this is great and then we left"], "truncation")
    assert [f.rule for f in found[0]] == ["T701"]


def _extraction(text: str, extracted: str) -> list[str]:
    fm = f"title: x\ninsights:\n- text: {json.dumps(text)}\n  extracted: {json.dumps(extracted)}\n"
    return [f.evidence for f in audit_text(episode_text(fm), select=("T702",))]


@pytest.mark.parametrize("text,extracted", [
    ("within two years at least one Paris lab will train a model on a cluster owned by a European operator.",
     "one Paris lab"),
    ("We think the EU AI Act will slow down startups in Europe for years.", "the EU AI Act"),
    ("Most hospitals will buy AI scribes from their EHR vendor within the year.", "their EHR vendor"),
])
def test_a_noun_phrase_after_a_determiner_is_a_fragment(text, extracted):
    assert _extraction(text, extracted) == [extracted]


@pytest.mark.parametrize("text,extracted", [
    ("We think the EU AI Act slows startups.", "the EU AI Act slows startups"),
    ("So one Paris lab will train a model on a European cluster.", "one Paris lab will train a model on a European cluster"),
    ("The best teams ship weekly.", "The best teams ship weekly."),
])
def test_a_statement_after_a_determiner_stands_alone(text, extracted):
    assert _extraction(text, extracted) == []


# --- attribution ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,evidence", [
    ("Tencent's Kunlunxin chips are in every new data center.", "Tencent's Kunlunxin"),
    ("Tencent's Kunlunxin P800 chips run real inference today.", "Tencent's Kunlunxin"),
    ("Google's Zoox robotaxi fleet is growing in Las Vegas.", "Google's Zoox"),
    ("Unity Catalog, Snowflake's catalog, is open source now.", "Unity Catalog, Snowflake's catalog"),
])
def test_wrong_owners_and_makers_are_found(text, evidence):
    assert [f.evidence for f in audit_text(summary_episode(text), select=("attribution",))] == [evidence]


@pytest.mark.parametrize("text", [
    "Baidu's Kunlunxin chips are in every new data center.",
    "Amazon's Zoox robotaxi fleet is growing in Las Vegas.",
    "Unity Catalog, Databricks' catalog, is open source now.",
    "Apple's AWS cloud bill is huge.",  # what Apple pays for, no owner
    "Tencent's Kunlunxin chip orders doubled.",
    "Fujitsu built Fugaku with RIKEN.",  # a maker the glossary lists beside the first
])
def test_right_owners_and_makers_stay_quiet(text):
    assert audit_text(summary_episode(text), select=("attribution",)) == []


def test_a_catalog_in_an_entitys_context_is_a_product_kind():
    fm = ("companies:\n- category: product\n  confidence: high\n  name: Unity Catalog\n  source: llm_enhanced\n"
          "  context: Snowflake's open-source governance catalog, the source of truth for permissions.\n")
    assert [(f.rule, f.evidence) for f in audit_text(episode_text(fm), select=("A402",))] == [
        ("A402", "Snowflake's open-source governance catalog")]


# --- misspelling ----------------------------------------------------------------------------------

def test_a_countrys_adjective_is_no_slip_of_a_name():
    assert findings_by_item(["A Korean NPU only wins if it ships with a Korean model already tuned for it."],
                            "misspelling") == {}
    # a slip that is no country's adjective is still found
    found = findings_by_item(["Openai's model is good."], "misspelling")
    assert [f.evidence for f in found[0]] == ["Openai"]


def test_an_ner_name_opening_with_a_sentences_first_word_is_no_split_name():
    text = ner_entity_episode("So Ray", "people ask why not just Kubernetes jobs. So Ray gives us the actor model")
    assert _rules(text, "misspelling") == []
    assert [r for r, _, _ in _rules(text, "entity-noise")] == ["F501"]
    # a name split where its capitals are is still found in a name field
    text = ner_entity_episode("Eleven Laps", "we use Eleven Laps for the voices in the app and")
    assert [(fld, e) for _, fld, e in _rules(text, "misspelling")] == [
        ("companies[0].context", "Eleven Laps"), ("companies[0].name", "Eleven Laps")]


# --- sponsor --------------------------------------------------------------------------------------

def test_the_show_as_we_sponsored_by_a_firm_opens_an_ad_read():
    text = ner_entity_episode("Synapse Rounds", "ects to something else. We are sponsored this week by Synapse Rounds, "
                                                "the CME app that turns your commute into credit")
    assert [(f.rule, f.evidence) for f in audit_text(text, select=("P802",))] == [("P802", "Synapse Rounds")]
    # a startup's backers are no sponsor of the show
    text = ner_entity_episode("Sequoia", "we are supported by Sequoia and two angels, and the round closed in May")
    assert audit_text(text, select=("P802",)) == []


def test_a_regulators_submission_sponsors_are_no_ad():
    fm = ("companies:\n- category: product\n  confidence: medium\n  name: CDRH AI Navigator\n"
          "  source: llm_enhanced\n  context: FDA web tool that helps sponsors pick the right AI submission pathway.\n")
    assert audit_text(episode_text(fm), select=("sponsor",)) == []
    fm = fm.replace("FDA web tool that helps sponsors pick the right AI submission pathway.",
                    "Sponsor of this episode; an app for doctors.")
    assert [f.rule for f in audit_text(episode_text(fm), select=("P802",))] == ["P802"]


# --- consistency: categories ----------------------------------------------------------------------

@pytest.mark.parametrize("name,context,category", [
    ("Zorblax", "OpenAI benchmark of rubric-graded health conversations written with physicians.", "chip_maker"),
    ("Zorblax", "An open-weight model from a Paris lab.", "chip_maker"),
    ("Anthropic", "AI lab whose Claude models sit behind the guest's retrieval layer.", "chip_maker"),
    ("Mercado Libre", "Latin American e-commerce and fintech company running its own LLM platform.", "model"),
])
def test_a_category_of_another_kind_is_found(name, context, category):
    found = audit_text(entities_episode([(name, context, category)]), select=("C1001",))
    assert [(f.field, f.evidence) for f in found] == [("companies[0].category", category)]


@pytest.mark.parametrize("name,context,category", [
    ("Zorblax", "OpenAI benchmark of rubric-graded health conversations.", "benchmark"),
    ("Zorblax", "Benchmark company that evaluates models for labs.", "ai_company"),
    ("Anthropic", "AI lab behind the Claude models.", "ai_lab"),
    ("Llama 3", "Meta's open-weight model family.", "model"),
])
def test_a_category_of_its_kind_stays_quiet(name, context, category):
    assert audit_text(entities_episode([(name, context, category)]), select=("C1001",)) == []


def test_an_ner_entry_in_an_llm_category_mixes_the_vocabularies():
    text = entities_episode([("ner:Mayo Clinic", "with health systems like Mayo Clinic and Duke Health involved. And",
                              "healthcare_provider"),
                             ("ner:Duke Health", "health systems like Mayo Clinic and Duke Health involved. And people",
                              "unknown"),
                             ("ner:Epic", "the notes go back into Epic and the doctors sign them. That is the", "tech"),
                             ("Mayo Clinic", "Academic medical center running the pilot.", "healthcare_provider")])
    assert [(f.rule, f.field) for f in audit_text(text, select=("C1002",))] == [("C1002", "companies[0].category")]


def test_a_word_of_a_name_heard_with_a_consonant_unvoiced_is_found():
    found = findings_by_item(["Isomorphic Lapse spun out of DeepMind in 2021."], "misspelling")
    assert [(f.evidence, f.fix.edits[0].replacement) for f in found[0]] == [("Isomorphic Lapse", "Isomorphic Labs")]
    # another English word of another sound in a two-word name is another name still
    assert findings_by_item(["Red Cat builds drones for the Army."], "misspelling") == {}


@pytest.mark.parametrize("text,cut", [
    ("The agent opened forty pull requests overnight and the reviewers basically", True),
    ("We shipped it and the customers really", True),
    ("We will have models fluent in all twenty-two languages by the end of the yea", True),
    ("He ordered the tea", False),
    ("We paid the fee", False),
    ("It worked and the team was happy, honestly", False),
    ("We shipped it and the customers loved it, basically", False),
])
def test_a_clause_after_and_with_only_its_subject_and_an_adverb_is_cut(text, cut):
    assert [f.rule for f in findings_by_item([text], "truncation").get(0, [])] == (["T701"] if cut else [])


def test_the_speakers_skipping_an_entity_is_no_mention():
    text = entities_episode([("Iluvatar CoreX", "The speakers skip it entirely — inferred from the list of GPU startups.",
                              "chip_maker")])
    assert [(f.rule, f.evidence) for f in audit_text(text, select=("N201",))] == [("N201", "speakers skip it")]
    text = entities_episode([("Acme", "Users skip it entirely in favour of Slack.", "product")])
    assert audit_text(text, select=("N201",)) == []


# --- after the data-infrastructure glossary (gloss49a) ----------------------------------------------

@pytest.mark.parametrize("text,evidence", [
    ("We also kicked the tires on Voyage AI, which Google bought earlier this year.", "Voyage AI, which Google bought"),
    ("Zoox, which Google owns, is big.", "Zoox, which Google owns"),
    ("Explains how DSPy, Google's prompt optimization framework, replaces prompts.",
     "DSPy, Google's prompt optimization framework"),
    ("Pinecone's open-source Milvus engine underpins it.", "Pinecone's open-source Milvus"),
])
def test_owners_and_makers_of_data_tools_are_checked(text, evidence):
    assert [f.evidence for f in audit_text(summary_episode(text), select=("attribution",))] == [evidence]


@pytest.mark.parametrize("text", [
    "Voyage AI, which MongoDB bought, makes embeddings.",
    "Zoox, which Amazon bought in 2020, is big.",
    "Milvus, Zilliz's vector database, is open source.",
    "Groq, which Google backs, is fast.",  # backing is no owning
])
def test_right_owners_and_makers_of_data_tools_stay_quiet(text):
    assert audit_text(summary_episode(text), select=("attribution",)) == []


def test_a_tier_with_a_plus_is_no_duplicate_of_its_product():
    text = entities_episode([("Dagster", "Asset-centric data orchestrator.", "product"),
                             ("Dagster+", "The managed cloud tier of Dagster.", "product")])
    assert audit_text(text, select=("D601",)) == []


def test_a_lowercase_brand_in_capitals_is_another_acronym():
    text = entities_episode([("Lunit INSIGHT DBT Pro", "Tomosynthesis version of the Lunit breast product.", "product")])
    assert audit_text(text, select=("misspelling",)) == []
    found = findings_by_item(["We run Dbt models nightly."], "misspelling")
    assert [f.evidence for f in found[0]] == ["Dbt"]


def test_search_engines_split_in_two_are_found():
    found = findings_by_item(["We moved from Elastic Search to Open Search last year."], "misspelling")
    assert [(f.evidence, f.fix.edits[0].replacement) for f in found[0]] == [
        ("Elastic Search", "Elasticsearch"), ("Open Search", "OpenSearch")]
    assert findings_by_item(["It was an open search for talent.", "Open search results are public."],
                            "misspelling") == {}
