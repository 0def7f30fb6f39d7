"""Session 41: shapes that blind corpora of an enterprise-AI show (extended families) and of an
open-models and policy show (core families) found missed or wrongly flagged, each with a quiet
twin. The names and phrasings here are our own, not the corpora's."""

import json

import pytest

from tests.conftest import (audit_text, episode_text, llm_entity_episode, ner_entity_episode, quote_episode,
                            summary_episode, title_episode)
from tests.test_duplicate_hedged import _companies


def _family(text: str, family: str) -> list:
    return [f for f in audit_text(text) if f.family == family]


def _rules(text: str, family: str) -> list[str]:
    return [f.rule for f in _family(text, family)]


# --- entity-noise ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, context", [
    ("Montana", "we opened a claims office in Montana last spring and"),
    ("Kentucky", "two plants, one in Kentucky and one outside"),
    ("PCAOB", "the auditors answer to the PCAOB on this, so"),
    ("Human in the Loop", "we keep a Human in the Loop on every payout above"),
    ("Centre of Excellence", "the Centre of Excellence reviews every use case before"),
    ("ERP", "the invoices land in the ERP and nobody reads them"),
])
def test_places_regulators_and_ways_of_working_are_no_companies(name, context):
    assert _rules(ner_entity_episode(name, context), "entity-noise") == ["F504"]


def test_a_name_cut_at_a_sentence_start_is_cut():
    context = "how do you stack up against the big mutuals? Liberty Mutual and Nationwide spend more than"
    found = _family(ner_entity_episode("Mutual", context), "entity-noise")
    assert [(f.rule, "Liberty Mutual" in f.message) for f in found] == [("F502", True)]


@pytest.mark.parametrize("context", [
    "you can check it. Yesterday Notion shipped a new agent and",
    "that worked. Honestly Linear is faster than the rest and",
])
def test_a_sentence_opener_before_a_name_cuts_nothing(context):
    name = context.split()[-6] if "Notion" in context else "Linear"
    assert "F502" not in _rules(ner_entity_episode(name, context), "entity-noise")


def test_a_name_glued_to_a_word_of_its_sentence_is_noise():
    found = _family(ner_entity_episode("Salesforce ticket", "open a Salesforce ticket and wait a week"),
                    "entity-noise")
    assert [(f.rule, f.fix is not None) for f in found] == [("F501", True)]


def test_a_family_named_with_a_generic_plural_stays():
    assert _rules(ner_entity_episode("Gemini models", "the Gemini models are cheaper"), "entity-noise") == []


def test_a_web_address_is_no_company():
    assert _rules(ner_entity_episode("acmeledger.com/show", "head to acmeledger.com/show for a demo"),
                  "entity-noise") == ["F504"]
    assert _rules(ner_entity_episode("Cal.com", "the scheduling team at Cal.com told us"), "entity-noise") == []


def test_a_generic_word_capitalised_before_a_noun_is_a_product():
    assert _rules(ner_entity_episode("Teams", "we spend half the day in Teams recordings and then"), "entity-noise") == []
    assert _rules(ner_entity_episode("Agents", "we moved everything to Agents and it"), "entity-noise") == ["F504"]


# --- duplicate: a hedged name beside the name it hedges ----------------------------------------

@pytest.mark.parametrize("plain, hedged", [
    ("Databricks Genie", "Genie (or Databricks Genie AI)"),   # a longer form, compared by its core
    ("Microsoft Fabric", "Fabric (Microsoft?)"),              # a maker asked about
    ("Azure OpenAI", "OpenAI (Azure or Microsoft OpenAI)"),   # an either-or of makers
    ("Vertex", "Vertex (Google Vertex AI?)"),                 # the name itself, its longer form asked
    ("Google Gemini Enterprise", "Google Gemini (Gemini Enterprise?)"),  # the name's last word goes on
])
def test_a_hedged_entry_duplicates_the_name_it_may_stand_for(plain, hedged):
    assert [f.evidence for f in _family(_companies((plain, "ner"), (hedged, "llm")), "duplicate")] == [hedged]


def test_a_hedge_between_two_names_duplicates_neither():
    assert _family(_companies(("Slack", "ner"), ("Teams", "ner"), ("Slack (or Teams)", "llm")), "duplicate") == []


# --- truncation ---------------------------------------------------------------------------------

def _title_cuts(title: str) -> list[str]:
    return [f.rule for f in _family(title_episode(title), "truncation") if f.field == "title"]


def test_a_headline_ending_on_an_infinitives_to_is_cut():
    assert _title_cuts("Underwriting, Agents and Audit Trails: Why Our Actuaries Need to") == ["T701"]
    assert _title_cuts("Underwriting, Agents and Audit Trails: Why Our Actuaries Need Better Data") == []


def test_a_superlative_whose_noun_was_said_before_is_whole():
    whole = "It was the slowest project we ran last year and one of the most profitable"
    assert _rules(quote_episode(whole), "truncation") == []
    assert "T701" in _rules(quote_episode("It turned into one of the most profitable"), "truncation")


# --- sponsor ------------------------------------------------------------------------------------

def _offer_episode(with_offer: bool) -> str:
    quotes = ['Tallyfox books every receipt the moment you swipe, so your close takes a day instead of a week',
              'We moved our claims intake onto a new queue and cut the backlog by half in a quarter']
    if with_offer:
        quotes.insert(0, "Listeners of this show get three months of Tallyfox free at tallyfox.com/pilot")
    fm = ("title: Claims at scale\ncompanies:\n- category: unknown\n  confidence: medium\n"
          "  context: \"r finance team still chases receipts, Tallyfox books every receipt the moment you\"\n"
          "  name: Tallyfox\n  position: 5200\n"
          "quotes:\n" + "".join(f"- text: {json.dumps(q)}\n" for q in quotes))
    return episode_text(fm)


def test_an_offer_that_names_its_sponsor_only_in_its_address_makes_it_a_sponsor():
    found = _family(_offer_episode(True), "sponsor")
    assert ("P802", "companies[0].name") in {(f.rule, f.field) for f in found}
    assert "P802" not in _rules(_offer_episode(False), "sponsor")


def _summary_sponsor(summary: str) -> str:
    fm = ("title: Markdowns\ncompanies:\n- category: unknown\n  confidence: medium\n"
          "  context: \"quick break. This episode is brought to you by Monte Carlo, the data observability\"\n"
          "  name: Monte Carlo\n  position: 3000\n"
          f"summary: {json.dumps(summary)}\n")
    return episode_text(fm)


def test_a_sponsors_words_as_a_term_of_their_own_are_no_ad_copy():
    term = "### Insights\n*   Monte Carlo simulations over price paths give merchants ranges for markdowns.\n"
    assert [f for f in _family(_summary_sponsor(term), "sponsor") if f.field == "summary"] == []
    ad = "### Insights\n*   Monte Carlo is the data observability platform that catches broken pipelines.\n"
    assert [f.rule for f in _family(_summary_sponsor(ad), "sponsor") if f.field == "summary"] == ["P801"]


# --- grounding ----------------------------------------------------------------------------------

def _grounding(name: str, context: str, quote: str) -> list:
    fm = ("title: x\ncompanies:\n- category: ai_application\n  confidence: medium\n"
          f"  context: {json.dumps(context)}\n  name: {json.dumps(name)}\n  source: llm_enhanced\n"
          f"quotes:\n- text: {json.dumps(quote)}\n")
    return [f.evidence for f in _family(episode_text(fm), "grounding")]


def test_a_product_after_its_makers_possessive_is_grounded():
    assert _grounding("Workday Recruiting", "Hiring module.", "We run everything on Workday's Recruiting now.") == []


def test_a_makers_name_grounds_no_framework_of_its_own():
    assert _grounding("Workday Extend", "Low-code framework used for the internal apps.",
                      "We run everything on Workday now.") == ["Workday Extend"]


def test_a_makers_name_and_ordinary_words_ground_nothing():
    assert _grounding("SAP Business AI", "Embedded assistant for invoice matching.",
                      "SAP runs the invoices and business AI is a slogan.") == ["SAP Business AI"]


# --- consistency --------------------------------------------------------------------------------

def test_a_label_of_firms_names_each_firm():
    fm = ("title: x\ncompanies:\n- category: unknown\n  confidence: medium\n  context: Guidewire came up.\n"
          "  name: Guidewire\n  position: 10\n"
          "summary: \"### 4. Notable Companies\\n*   **Guidewire, Sapiens, Blue Ridge:** core platforms.\\n\"\n")
    found = [f.evidence for f in _family(episode_text(fm), "consistency") if f.rule == "C1008"]
    assert found == ["Sapiens", "Blue Ridge"]


def test_a_quote_repeated_with_a_filler_and_another_score_conflicts():
    fm = ("title: x\nquotes:\n"
          "- relevance_score: 3\n  text: We rebuilt the whole pricing engine on top of the new warehouse.\n"
          "- relevance_score: 8\n  text: We basically rebuilt the whole pricing engine on top of the new warehouse.\n")
    assert [f.field for f in _family(episode_text(fm), "consistency") if f.rule == "C1007"] == [
        "quotes[1].relevance_score"]
    same = fm.replace("relevance_score: 8", "relevance_score: 3")
    assert [f for f in _family(episode_text(same), "consistency") if f.rule == "C1007"] == []


# --- misspelling: a model's version says which name a sound-alike stands for --------------------

@pytest.mark.parametrize("text, heard, meant", [
    ("We benchmarked Quinn 2.5 against the rest.", "Quinn", "Qwen"),
    ("Then Fi-4 beat the larger models on math.", "Fi", "Phi"),
    ("Deep Sea R1 was trained for a fraction of that.", "Deep Sea", "DeepSeek"),
    ("Jimmy 2.5 Pro handles the long documents.", "Jimmy", "Gemini"),
])
def test_a_sound_alike_before_a_models_version_is_the_model(text, heard, meant):
    found = [(f.evidence, f.message) for f in _family(quote_episode(text), "misspelling")]
    assert len(found) == 1 and found[0][0] == heard and repr(meant) in found[0][1]


@pytest.mark.parametrize("text", [
    "We were on Cloud 9 after that launch.",
    "Haiku 4.5 costs a third of the larger model.",
    "Ai2's OLMo 2 is fully open.",
    "Section 2.5 of the act covers it.",
    "Python 3 runs the whole stack.",
])
def test_a_word_and_a_number_that_name_no_model_stay(text):
    assert _family(quote_episode(text), "misspelling") == []


def test_a_common_words_ai_is_no_misheard_firm():
    assert _family(title_episode("The CIO on Retail AI That Ships"), "misspelling") == []
    assert [f.evidence for f in _family(quote_episode("We met Mistrial AI in Paris."), "misspelling")] == [
        "Mistrial AI"]


# --- attribution --------------------------------------------------------------------------------

@pytest.mark.parametrize("name, context, maker", [
    ("Mixtral", "Sparse model put out as open weights by Cohere in late 2023.", "Cohere"),
    ("Gemma", "Open model released in 2024 by Meta.", "Meta"),
    ("Grok", "Base model whose weights OpenAI released under Apache 2.0.", "OpenAI"),
    ("Gemma", "Meta's 27B model for laptops.", "Meta"),
])
def test_an_entity_context_naming_another_maker_in_new_shapes(name, context, maker):
    found = _family(llm_entity_episode(name, context, "ai_application"), "attribution")
    assert [f.rule for f in found] == ["A402"] and f"not {maker}" in found[0].message


def test_an_entity_context_naming_its_own_maker_so_is_quiet():
    assert _family(llm_entity_episode("Gemma", "Google's 27B model for laptops.", "ai_application"),
                   "attribution") == []


def test_a_table_of_models_and_their_makers():
    summary = ("### Models discussed\n\n| Model | Lab | Note |\n|---|---|---|\n"
               "| Claude 3.5 Sonnet | Anthropic | top tier |\n| Gemma 2 | Meta | small |\n"
               "| GPT-4o | Google | fast |\n| Qwen2.5 | Alibaba | open |\n")
    found = [(f.rule, f.evidence) for f in _family(summary_episode(summary), "attribution")]
    assert found == [("A401", "Meta"), ("A401", "Google")]


def test_a_makers_word_that_opens_a_name_of_its_own_is_no_claim():
    assert _family(summary_episode("Open models: Mistral NeMo (Mistral AI with Nvidia)."), "attribution") == []
    assert [f.evidence for f in _family(summary_episode("Try the OpenAI Gemini app."), "attribution")] == [
        "OpenAI Gemini"]


def test_a_licence_in_brackets_is_no_maker():
    text = "Licenses compared: Phi-3 (MIT), Mistral 7B (Apache 2.0) and Llama 3 (community license)."
    assert _family(summary_episode(text), "attribution") == []


def test_a_fine_tune_named_after_its_base_is_its_makers():
    assert _family(quote_episode("Nvidia's Llama-3.1-Nemotron-70B-Instruct topped the chart."), "attribution") == []
    assert [f.rule for f in _family(quote_episode("Nvidia's Llama 3.1 topped the chart."), "attribution")] == ["A401"]


# --- not-mentioned: the entity said by its kind "itself", or by its acronym ---------------------

@pytest.mark.parametrize("name, context", [
    ("Linux Foundation", "Only the kernel's licence comes up; the foundation itself is never brought up."),
    ("Federal Trade Commission", "Its rules are paraphrased; the commission itself is never referred to by name."),
    ("Open Source Initiative", "There is no reference to the OSI in the transcript; listed for the licence talk."),
])
def test_a_denial_about_the_entity_by_its_kind_or_acronym(name, context):
    assert _rules(llm_entity_episode(name, context, "nonprofit", "low"), "not-mentioned") == ["N201"]


@pytest.mark.parametrize("context", [
    "The merger itself was never discussed, only the founders.",
    "There is no reference to the GPL in the transcript; the foundation is discussed at length.",
])
def test_a_denial_about_something_else_stays_quiet(context):
    assert _rules(llm_entity_episode("Linux Foundation", context, "nonprofit", "low"), "not-mentioned") == []


@pytest.mark.parametrize("context", [
    "There is no sign in the episode that Acmecloud came up; storage is discussed in general.",
    "Could not find this in the transcript; added from background knowledge.",
    "Unclear whether mentioned, probably not; listed as a large buyer of storage.",
])
def test_more_denials_of_the_entity(context):
    assert _rules(llm_entity_episode("Acmecloud", context, "company", "low"), "not-mentioned") == ["N201"]


@pytest.mark.parametrize("context", [
    "There is no sign in the episode that Google came up; Acmecloud is discussed at length.",
    "No evidence that Acmecloud's CEO was mentioned; the product is.",
    "Unclear whether mentioned at first; it was, later on.",
])
def test_a_denial_of_another_name_or_of_the_entitys_thing_stays_quiet(context):
    assert _rules(llm_entity_episode("Acmecloud", context, "company", "low"), "not-mentioned") == []


# --- session 41, blind108 (consumer AI news, core) ------------------------------------------------

def test_a_sound_alike_after_its_makers_name_is_the_product():
    found = [(f.evidence, f.message) for f in _family(quote_episode("Everyone at work uses Google Jiminy now."),
                                                      "misspelling")]
    assert len(found) == 1 and found[0][0] == "Jiminy" and "'Gemini'" in found[0][1]
    assert _family(quote_episode("Everyone at work uses Google Jimmy now."), "misspelling") == []
    assert _family(quote_episode("Everyone at work uses Google Cloud now."), "misspelling") == []


def test_a_listed_misspelling_in_digits():
    assert [f.evidence for f in _family(quote_episode("The 11 Labs voices sound real."), "misspelling")] == ["11 Labs"]
    assert _family(quote_episode("The 11 voices sound real."), "misspelling") == []


def test_a_surname_after_another_given_name_is_another_person():
    assert _family(quote_episode("Mark Gurman reported it first."), "misspelling") == []
    assert [f.evidence for f in _family(quote_episode("Matt Garmen reported it first."), "misspelling")] == [
        "Matt Garmen"]


def test_a_word_english_knows_beside_a_rarer_majority_spelling_is_its_own():
    fm = ("title: x\nquotes:\n"
          "- text: Ada Farraday runs the lab.\n- text: Farraday said the lab moved.\n"
          "- text: Farraday built it.\n- text: We put the radios in a Faraday cage.\n")
    assert [f for f in _family(episode_text(fm), "misspelling") if f.rule == "M305"] == []


@pytest.mark.parametrize("text, evidence", [
    ("Claude Enterprise from OpenAI costs more.", "Claude Enterprise from OpenAI"),
    ("ChatGPT search, built by Google, is fast.", "ChatGPT search, built by Google"),
    ("Plans: Meta (SuperGrok) and OpenAI (ChatGPT Plus).", "Meta (SuperGrok)"),
])
def test_a_products_plan_or_search_with_the_wrong_maker(text, evidence):
    assert [f.evidence for f in _family(summary_episode(text), "attribution")] == [evidence]


def test_a_products_team_is_its_makers_people():
    assert _family(summary_episode("The Claude team at Anthropic is small."), "attribution") == []


@pytest.mark.parametrize("text, evidence, right", [
    ("Pull a small model, Qwen 2,5 7B, and try it.", "Qwen 2,5", "Qwen 2.5"),
    ("Mixed Rail 8x7B is a sparse model.", "Mixed Rail", "Mixtral"),
    ("Mister 7B runs on a laptop.", "Mister", "Mistral"),
])
def test_a_models_version_or_size_written_or_heard_wrong(text, evidence, right):
    found = [(f.evidence, f.message) for f in _family(quote_episode(text), "misspelling")]
    assert len(found) == 1 and found[0][0] == evidence and repr(right) in found[0][1]


@pytest.mark.parametrize("text", ["Llama 2, 3 and 4 are out.", "We paid 2,5 million.", "Falcon 40B is old.",
                                  "Section 7B of the code applies.", "Plan 9B is odd."])
def test_numbers_that_are_no_models_version_stay(text):
    assert _family(quote_episode(text), "misspelling") == []


# --- sponsor, from blind111: an offer's code that another text gives with its sponsor's address ---

def _code_episode(named: bool) -> str:
    quotes = ["Head to loomcraft.com/show and use code LOOM20 to save on your first site"] if named else []
    fm = ("title: x\ncompanies:\n- category: unknown\n  confidence: medium\n"
          "  context: \"a long debate. Kilnworks is interesting because it trains on your own art, so\"\n"
          "  name: Kilnworks\n  position: 38803\n"
          "quotes:\n- text: \"Kilnworks is interesting because it trains on your own art, so the output is in your style\"\n"
          + "".join(f"- text: {json.dumps(q)}\n" for q in quotes)
          + "insights:\n- confidence: high\n  text: use code LOOM20 for ten percent off\n")
    return episode_text(fm)


def test_an_offer_whose_code_another_text_names_belongs_to_that_sponsor():
    assert [f for f in _family(_code_episode(True), "sponsor") if "Kilnworks" in (f.evidence or "") + f.message] == []
