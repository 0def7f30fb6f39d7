"""Causes that session 31's blind corpora showed (written from the issues alone, by authors who never
read the code), each as the general case, with a quiet twin that must stay quiet:

- not-mentioned: the entity's own kind with modifiers as the denial's subject ("The Shanghai
  startup isn't mentioned"), unlike another firm ("The parent company is not named");
- misspelling: a surname after another person's given name, even one that names a product
  ("Claude Littner" is no Chris Lattner);
- attribution: a list after a possessive holds names only ("OpenAI's Llama 4, since its
  distribution ..."); a chip maker owns no rival's hardware ("Nvidia's TPU pods"); a likeness is
  no ownership ("the GitHub of models"); a list item whose maker the text names beside it elsewhere
  ("**Hugging Face (SmolLM):**"); a feature described as a maker's 'technology' (DLSS); names styled
  in capitals (ERNIE) and products the glossary lacked (Security Copilot);
- truncation: a negated auxiliary that repeats the sentence before ("Grasping is solved. Placing
  isn't"); a last word that another text of the episode goes on from ("legacy mono" and "legacy
  monolith"); a title ending on an article, a conjunction or "what to";
- consistency: a chip maker's product as a firm (the H100 as ai_company), a big-tech group as a
  startup, a public body, place or person (as entity-noise finds them) with a firm's category; the
  glossary companies of list items in every section of the summary (C1008);
- entity-noise: a person whose next clause says what "he" was; a "Category of ..." description;
- duplicate: a bare name and its legal name ("1X", "1X Technologies"), a product and its kind
  ("Arc", "Arc Browser").
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, findings_by_item, llm_entity_episode, ner_entity_episode


def _rules(text: str, family: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.field, f.evidence) for f in audit_text(text) if f.family == family]


def _flags(family: str, texts: list[str], key: str = "quotes", item: str = "text") -> list[bool]:
    found = findings_by_item(texts, family, key, item)
    return [bool(found.get(i)) for i in range(len(texts))]


# --- not-mentioned ---------------------------------------------------------------------------------

@pytest.mark.parametrize("context, found", [
    ("The Shanghai startup isn't mentioned in the episode, but it belongs to the same wave of labs.", True),
    ("The Beijing-based AI lab is not named in the episode.", True),
    ("The parent company is not named in the episode; the lab itself is discussed.", False),
    ("The rival startup was not mentioned; this one was discussed at length.", False),
])
def test_the_entitys_own_kind_as_subject_is_the_entity(context, found):
    flagged = any(f.rule == "N201" for f in audit_text(llm_entity_episode("MiniMax", context, "ai_startup", "low")))
    assert flagged is found


# --- misspelling -----------------------------------------------------------------------------------

def test_a_surname_after_another_given_name_is_another_persons():
    texts = ["a boardroom on The Apprentice, Claude Littner glaring at you",
             "Chris Latner built LLVM before Modular",
             "Today Lattnr said compilers matter"]
    assert _flags("misspelling", texts) == [False, True, True]
    assert not any(f.family == "misspelling" for f in audit_text(
        llm_entity_episode("Claude Littner", "Businessman and judge on The Apprentice.", "person")))


# --- attribution -----------------------------------------------------------------------------------

ATTRIBUTIONS = [
    ("Questions the usage numbers of Meta AI, powered by OpenAI's Llama 4, since its distribution is forced.", True),
    ("Perplexity's Claude and GPT-4 options are popular with students.", False),
    ("Marks a strategic reversal by ByteDance's ERNIE team toward open weights.", True),
    ("Baidu's ERNIE 4.5 went open weights this summer.", False),
    ("The next generation of Nvidia's TPU pods will push rack densities past 100 kW.", True),
    ("AMD's H100 pods are a fiction; AMD sells the MI300X.", True),
    ("Meta's H100 clusters are the largest in the industry.", False),
    ("Hugging Face is basically the GitHub of models at this point.", False),
    ("Perplexity is the Google of answers, the guest says.", False),
    ("Hugging Face is a Google product now, the host joked.", True),
    ("Google's Security Copilot launched for security operations teams.", True),
    ("AMD's FSR 4 answers Nvidia's DLSS.", False),
]


@pytest.mark.parametrize("text, found", ATTRIBUTIONS)
def test_attribution_shapes(text, found):
    assert _flags("attribution", [text]) == [found]


def test_a_list_item_tied_to_its_maker_elsewhere_is_the_first_items_possessive():
    tied = ("**Hugging Face (SmolLM):** from hub to trainer.\n\n"
            "Small open models such as Google's Gemma 3 and SmolLM set the benchmark.")
    alone = "Small open models such as Google's Gemma 3 and SmolLM set the benchmark."
    assert _rules(episode_text(f"title: x\nsummary: {json.dumps(tied)}\n"), "attribution") == []
    assert [e for _, _, e in _rules(episode_text(f"title: x\nsummary: {json.dumps(alone)}\n"), "attribution")] == [
        "Google's Gemma 3 and SmolLM"]


@pytest.mark.parametrize("name, context, found", [
    ("DLSS", "AMD's AI upscaling and frame-generation technology, used in most new PC games.", True),
    ("DLSS", "Nvidia's AI upscaling technology, used in most new PC games.", False),
    ("Security Copilot", "Google's generative AI assistant for security operations teams.", True),
    ("Security Copilot", "Microsoft's generative AI assistant for security operations teams.", False),
])
def test_an_entity_context_naming_a_makers_technology(name, context, found):
    got = [f.rule for f in audit_text(llm_entity_episode(name, context, "ai_application", "high"))
           if f.family == "attribution"]
    assert (got == ["A402"]) is found and (got == []) is not found


# --- truncation ------------------------------------------------------------------------------------

def test_a_negated_auxiliary_repeating_the_sentence_before_is_whole():
    texts = ["Grasping is solved. Placing isn't",
             "The robot arm is fast. It isn't",
             "We shipped the parser last week. The data team isn't"]
    assert _flags("truncation", texts) == [False, False, True]


def _quotes_episode(quotes: list[str], insight: str) -> str:
    fm = ("title: x\nquotes:\n" + "".join(f"- text: {json.dumps(q)}\n" for q in quotes)
          + f"insights:\n- confidence: high\n  text: {json.dumps(insight)}\n")
    return episode_text(fm)


def test_a_last_word_that_another_text_goes_on_from_was_cut():
    cut = _quotes_episode(["It was impressive on greenfield stuff and lost on our legacy mono"],
                          "Devin struggled with a legacy monolith.")
    assert [(r, e) for r, _, e in _rules(cut, "truncation")] == [("T701", "mono")]
    inflected = _quotes_episode(["Everything we ship is open source"],
                                "The team open sourced its evaluation harness.")
    assert _rules(inflected, "truncation") == []


@pytest.mark.parametrize("title, found", [
    ("The Evals That Keep Lying to Us, and What to", True),
    ("Nvidia, AMD and the", True),
    ("Why the Labs Bet on Their", True),
    ("What AI Is Good For", False),
    ("How Startups Win Series A", False),
    ("Where We Go and Why", False),
])
def test_a_title_ending_on_a_word_no_headline_ends_on(title, found):
    flagged = any(f.rule == "T701" for f in audit_text(episode_text(f"title: {json.dumps(title)}\n")))
    assert flagged is found


# --- consistency -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, context, category, found", [
    ("H100", "Nvidia's data-center GPU.", "ai_company", True),
    ("CUDA", "Nvidia's software platform.", "ai_startup", True),
    ("H100", "Nvidia's data-center GPU.", "ai_hardware", False),
    ("ChatGPT", "OpenAI's chatbot.", "ai_company", False),
    ("Microsoft", "Big tech firm that sells Copilot.", "ai_startup", True),
    ("Microsoft", "Big tech firm that sells Copilot.", "big_tech", False),
    ("European Commission", "EU executive body that drafted the code of practice.", "ai_company", True),
    ("European Commission", "EU executive body that drafted the code of practice.", "governance_entity", False),
])
def test_a_category_that_contradicts_what_the_entity_is(name, context, category, found):
    flagged = [f.field for f in audit_text(llm_entity_episode(name, context, category, "high")) if f.rule == "C1001"]
    assert flagged == (["companies[0].category"] if found else [])


def test_a_person_entity_noise_finds_with_a_firms_category():
    ep = ner_entity_episode("Winston Weinberg", "I actually had dinner with Winston Weinberg last spring, "
                            "he was a litigator before he started t", "tech")
    assert sorted(f.rule for f in audit_text(ep) if f.rule in ("F504", "C1001")) == ["C1001", "F504"]


def _summary_episode(summary: str) -> str:
    return episode_text("title: x\ncompanies:\n- {name: Nvidia, category: big_tech, context: the chips, "
                        "source: llm_enhanced}\n- {name: Qwen, category: ai_model, context: the model, "
                        f"source: llm_enhanced}}\nsummary: {json.dumps(summary)}\n")


def test_glossary_companies_of_list_items_in_any_section():
    summary = ("### 3. Business Angle\n\n*   **Incumbents:** Intel's accelerator roadmap came up as a warning.\n"
               "*   **Open models:** teams run Qwen (Alibaba) on laptops under Apache 2.0 and MIT licences.\n"
               "*   **Supply:** Nvidia ships on time.\n\nThe guests also compare Google's and Meta's chips.")
    assert [(r, e) for r, _, e in _rules(_summary_episode(summary), "consistency")] == [("C1008", "Intel")]


# --- entity-noise ----------------------------------------------------------------------------------

def test_a_person_by_what_he_was_and_a_category_of_things():
    person = ner_entity_episode("Winston Weinberg", "I actually had dinner with Winston Weinberg last spring, "
                                "he was a litigator before he started t")
    firm = ner_entity_episode("Magic Leap", "I met with Magic Leap last year, she was a fan of the headset and")
    category = llm_entity_episode("Companion Apps", "Category of AI chat apps designed for friendship or romance, "
                                  "discussed as a fast-growing market.", "ai_application")
    assert [f.rule for f in audit_text(person) if f.family == "entity-noise"] == ["F504"]
    assert [f.rule for f in audit_text(firm) if f.family == "entity-noise"] == []
    assert [f.rule for f in audit_text(category) if f.family == "entity-noise"] == ["F504"]


# --- duplicate -------------------------------------------------------------------------------------

def _pair(ner: tuple[str, str], llm: tuple[str, str]) -> str:
    return episode_text("title: x\ncompanies:\n"
                        f"- {{name: {json.dumps(ner[0])}, category: unknown, context: {json.dumps(ner[1])}, position: 10}}\n"
                        f"- {{name: {json.dumps(llm[0])}, category: ai_startup, context: {json.dumps(llm[1])}, "
                        "source: llm_enhanced}\n")


@pytest.mark.parametrize("ner, llm, evidence", [
    (("1X", "1X with NEO is going soft body"), ("1X Technologies", "Maker of the NEO home humanoid."), "1X"),
    (("Arc", "I used Arc every single day"), ("Arc Browser", "The Browser Company's earlier browser."), "Arc Browser"),
    (("Notion", "we keep docs in Notion"), ("Notion Calendar", "Notion's calendar app."), None),
])
def test_a_bare_name_and_its_legal_or_kind_name_are_one(ner, llm, evidence):
    got = [f.evidence for f in audit_text(_pair(ner, llm)) if f.rule == "D601"]
    assert got == ([evidence] if evidence else [])
