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
    # (both spellings are the glossary's since session 32: the first listed is kept, as for any two right spellings)
    (("1X", "1X with NEO is going soft body"), ("1X Technologies", "Maker of the NEO home humanoid."), "1X Technologies"),
    (("Arc", "I used Arc every single day"), ("Arc Browser", "The Browser Company's earlier browser."), "Arc Browser"),
    (("Notion", "we keep docs in Notion"), ("Notion Calendar", "Notion's calendar app."), None),
])
def test_a_bare_name_and_its_legal_or_kind_name_are_one(ner, llm, evidence):
    got = [f.evidence for f in audit_text(_pair(ner, llm)) if f.rule == "D601"]
    assert got == ([evidence] if evidence else [])


# --- the second round (blind corpora 41-44) -----------------------------------------------------

SPOKEN_ATTRIBUTIONS = [
    ("Trainium's, uh, that's Microsoft's training chip, right?", True),
    ("Copilot's, uh, that's, that's the Google one.", True),
    ("and Cortana, the, the Amazon one, which nobody uses", True),
    ("we tried the o3 thing from, from Anthropic and it was slow", True),
    ("Trainium's, uh, that's Amazon's training chip", False),
    ("we moved from, from OpenAI to Anthropic for Claude", False),
    ("Codex, that's, uh, that's Anthropic's agent, opened the PRs.", True),
]


@pytest.mark.parametrize("text, found", SPOKEN_ATTRIBUTIONS)
def test_spoken_attributions_with_fillers_and_words_said_twice(text, found):
    assert _flags("attribution", [text]) == [found]


@pytest.mark.parametrize("text, found", [
    ("Cognition now owns Windsurf, and the team is merging products.", False),
    ("Cognition built Windsurf from scratch.", True),
    ("Amazon's Waymo will reach half a million weekly paid rides.", True),
    ("Google's Waymo is growing.", False),
    ("Alphabet's Waymo is growing.", False),
    ("Blackhole, which SambaNova designed around RISC-V, is fast.", True),
    ("Helix (Tesla) drives the humanoids.", True),
    ("the double helix of DNA", False),
])
def test_owners_units_and_new_glossary_products(text, found):
    assert _flags("attribution", [text]) == [found]


@pytest.mark.parametrize("name, context, found", [
    ("Perplexity", "AI search company whose Android assistant can act inside apps.", False),
    ("Perplexity", "AI search company known for its Android operating system.", True),
    ("H200", "AMD's Hopper-generation GPU with 141 GB of HBM3E.", True),
    ("H200", "Nvidia's Hopper-generation GPU with 141 GB of HBM3E.", False),
])
def test_platforms_and_generation_compounds_in_contexts(name, context, found):
    flagged = any(f.family == "attribution" for f in audit_text(llm_entity_episode(name, context, "tech", "high")))
    assert flagged is found


def test_a_word_after_a_makers_possessive_one_slip_from_its_product():
    texts = ["Tesla's Optimist, the demo where it was serving drinks", "I'm an optimist about Tesla",
             "Stability AI's Stable Video Diffusion is old", "Anthropic's Claudes are all good"]
    assert _flags("misspelling", texts) == [True, False, False, False]


@pytest.mark.parametrize("text, found", [
    ("asynchronous, cloud-run agents are the future", False),
    ("goes into CoWoS-L packaging and CoWoS-S too", False),
    ("the third-generation Wafer-Scale Engine from Cerebras", False),
    ("we deploy on Cloud-Run", True),
    ("Open-AI said so", True),
])
def test_hyphenated_compounds_codes_and_descriptive_names(text, found):
    assert _flags("misspelling", [text]) == [found]


def test_a_casing_slip_that_the_entitys_context_writes_unflagged():
    ep = llm_entity_episode("XAI", "in academic papers, XAI means explainable AI, which has nothing to do with Elon",
                            "ai_research")
    assert [f.rule for f in audit_text(ep) if f.family == "misspelling"] == []


@pytest.mark.parametrize("context, found", [
    ("Not mentioned by the host, but the guest brings it up twice when talking about answers.", False),
    ("Not mentioned by the host, but the guest mentions it twice.", False),
    ("Not mentioned by the host or the guest.", True),
])
def test_one_partys_silence_and_anothers_mention(context, found):
    flagged = any(f.rule == "N201" for f in audit_text(llm_entity_episode("Stack Overflow", context, "tech")))
    assert flagged is found


TRUNCATIONS = [
    ("Tests first, then the assistant. Never the other way around", False),
    ("with adapters it covers most of", True),
    ("we did a lot of", True),
    ("most of them are now", False),
    ("It's not ready yet, but it is now", False),
]


@pytest.mark.parametrize("text, found", TRUNCATIONS)
def test_truncation_shapes_of_round_two(text, found):
    assert _flags("truncation", [text]) == [found]


def test_a_have_whose_object_two_verbs_share_and_a_window_that_ends_the_sentence():
    assert _flags("truncation", ["the one chip everyone in Washington wants and nobody has"]) == [False]
    window = ("companies:\n- {name: SMIC, category: tech, position: 900, context: "
              "\"er everyone in Washington wants and nobody has. SMIC can make seven-nanometer\"}\n")
    cut = episode_text("title: x\n" + window + "quotes:\n- text: \"The models are good and nobody has\"\n")
    ended = episode_text("title: x\n" + window + "quotes:\n- text: \"It is the chip everyone in Washington wants and nobody has\"\n")
    assert [f.rule for f in audit_text(cut) if f.family == "truncation"] == ["T701"]
    assert [f.rule for f in audit_text(ended) if f.family == "truncation"] == []


def test_a_title_that_the_summarys_heading_goes_on_from():
    summary = "## Podcast Episode Summary: Export Controls, Smuggled GPUs, and the Fight Over Compute\n\nText."
    cut = episode_text(f"title: 'Export Controls, Smuggled GPUs, and the Fight Over'\nsummary: {json.dumps(summary)}\n")
    whole = episode_text(f"title: 'Export Controls, Smuggled GPUs, and the Fight Over Compute'\nsummary: {json.dumps(summary)}\n")
    assert [f.evidence for f in audit_text(cut) if f.rule == "T701"] == ["Over"]
    assert [f.rule for f in audit_text(whole) if f.rule == "T701"] == []


@pytest.mark.parametrize("name, context, rule", [
    ("Flagship Pioneering", "he firm I came up at, Flagship Pioneering, builds companies from scratch, Moderna being", None),
    ("Paris AI Action Summit", "nd at the Paris AI Action Summit the tone completely flipped from safety to", "F504"),
    ("Haruka Saitō", "ay we're joined by Haruka Saitō, co-founder and CEO of Kotoba Labs, live from our studio", "F504"),
    ("Phase II", "omething gets to Phase II. Everyone can show you a beautiful binder, but the question", "F504"),
    ("Ambient Scribe", "he whole Ambient Scribe category went from pilots to enterprise contracts in about", "F504"),
    ("Epic Monday", "we flipped the switch in Epic Monday morning and by Wednesday half the residents had", "F501"),
    ("Mistral I", "between the Llama models and Mistral I think we tried six open-weight models before", "F501"),
    ("Epic Systems", "we flipped the switch in Epic Systems on Monday morning and by Wednesday", None),
])
def test_entity_noise_shapes_of_round_two(name, context, rule):
    got = [f.rule for f in audit_text(ner_entity_episode(name, context)) if f.family == "entity-noise"]
    assert got == ([rule] if rule else [])


def test_a_person_by_a_role_after_a_firms_name_in_an_llm_context():
    person = llm_entity_episode("Pat Grady", "Sequoia general partner whose argument about the AI revenue gap framed the "
                                "opening of the discussion.", "ai_research")
    firm = llm_entity_episode("Lambda Labs", "Nvidia partner whose GPU cloud rents H100s.", "ai_infrastructure")
    assert [f.rule for f in audit_text(person) if f.family == "entity-noise"] == ["F504"]
    assert [f.rule for f in audit_text(firm) if f.family == "entity-noise"] == []


@pytest.mark.parametrize("ner, llm, evidence", [
    (("Eli Lilly", "Eli Lilly is testing it"), ("Eli Lilly and Company", "Pharma company."), "Eli Lilly and Company"),
    (("Ginkgo", "Ginkgo said"), ("Ginkgo Bioworks", "Synthetic biology firm."), "Ginkgo Bioworks"),
])
def test_legal_and_trade_tails_of_round_two(ner, llm, evidence):
    assert [f.evidence for f in audit_text(_pair(ner, llm)) if f.rule == "D601"] == [evidence]


def test_c1008_reads_a_model_named_like_its_maker_and_skips_a_metric_opening_an_item():
    summary = ("### 2. Policy\n*   **Licensing:** Meta's Llama license set the template; Mistral's Apache-licensed "
               "releases followed.\n*   Perplexity and benchmark scores disagree on long inputs.\n")
    assert [e for r, _, e in _rules(_summary_episode(summary), "consistency") if r == "C1008"] == ["Meta", "Mistral"]


def test_sponsor_an_address_that_cites_scores_and_the_hosts_plugs():
    cited = episode_text("title: x\nquotes:\n- text: \"We publish the scores at marginalia.ai/evals so anyone can check them\"\n")
    assert [f.rule for f in audit_text(cited) if f.family == "sponsor"] == []
    offer = episode_text(
        "title: x\nhas_transcript: false\ncompanies:\n"
        "- {name: Qualcomm, category: ai_infrastructure, source: llm_enhanced, context: Maker of the chip used in the host's measurements.}\n"
        "- {name: Quillstack, category: ai_infrastructure, source: llm_enhanced, context: Tool that records API traffic.}\n"
        "quotes:\n- text: \"Quillstack records your real API traffic once and replays it in tests. Try it at quillstack.dev/podcast\"\n")
    assert "Qualcomm" not in [f.evidence for f in audit_text(offer) if f.family == "sponsor"]


# --- the third round (blind corpora 45-47) --------------------------------------------------------

def _ner(name: str, position: int, context: str) -> str:
    return (f"- {{name: {json.dumps(name)}, category: unknown, confidence: medium, position: {position}, "
            f"context: {json.dumps(context)}}}\n")


def test_an_ad_read_ends_where_the_conversation_resumes_and_starts_at_its_aside():
    resumed = episode_text("title: x\ncompanies:\n"
                           + _ner("Patchwise", 1462, "this quick message from our friends at Patchwise. Patchwise reviews every pull request in under ninety second")
                           + _ner("SWE-bench", 1749, "th Tomasz. Let's talk benchmarks. Everyone quotes SWE-bench. A benchmark score tells you what the agent can d"))
    assert "SWE-bench" not in [f.evidence for f in audit_text(resumed) if f.family == "sponsor"]
    aside = episode_text("title: x\ncompanies:\n"
                         + _ner("Notion", 425, " and keeping notes in a shared sheet, and then in Notion, and nothing connected the notes to what the cust")
                         + _ner("Inkwell", 747, "ick personal note before we keep going. I've used Inkwell for two years now to run this show's scheduling a")
                         + _ner("Inkwell Briefings", 982, "d use code LOOP for your first three months free. Inkwell Briefings even pulls the guest's last three interviews into")
                         + _ner("Halyard Ventures", 1106, "page doc. OK, back to Brindle. How did you raise? Halyard Ventures led the round. They'd seen us lose a deal and com"))
    found = {f.evidence for f in audit_text(aside) if f.rule == "P802"}
    assert "Notion" not in found and "Inkwell" in found


@pytest.mark.parametrize("text, found", [
    ("the FDA wants to know who the trial sponsor is and whether they had access to the test set", False),
    ("Industry-sponsored studies tend to report better numbers, and reviewers know it", False),
    ("Customers who use code SPRING25 legitimately look identical to the scripts", False),
    ("Use code SPRING25 for twenty percent off your first order", True),
])
def test_other_senses_of_sponsor_and_a_code_others_use(text, found):
    assert _flags("sponsor", [text]) == [found]


def test_a_function_word_before_a_name_and_an_owners_annotation():
    assert _flags("misspelling", ["So Stability AI put Stable Diffusion out and everyone forked it.",
                                  "So Stabilty AI put it out"]) == [False, True]
    assert _flags("attribution", ["**Cognition (Windsurf):** Now owns the Windsurf IDE",
                                  "**OpenAI (Gemini):** the best model"]) == [False, True]


def test_c1008_a_possessive_before_a_listed_product_is_its_makers_annotation():
    ep = episode_text("title: x\ncompanies:\n- {name: Gemini Flash, category: ai_model, source: llm_enhanced, context: a model}\n"
                      "summary: \"### 2. Insights\\n*   Google's Gemini Flash, Groq and Cerebras lead on price; Intel lags.\\n\"\n")
    assert [e for r, _, e in _rules(ep, "consistency") if r == "C1008"] == ["Groq", "Cerebras", "Intel"]


def test_letters_that_unicode_does_not_decompose_fold_as_english_writes_them():
    assert [f.evidence for f in audit_text(_pair(("Ørsted", "Ørsted builds wind farms"), ("Orsted", "Danish wind developer.")))
            if f.rule == "D601"] == ["Orsted"]
    assert [f.evidence for f in audit_text(_pair(("Teladoc", "Teladoc said"), ("Teladoc Health", "Telehealth firm.")))
            if f.rule == "D601"] == ["Teladoc Health"]


@pytest.mark.parametrize("text, found", [
    ("obably the hardest part is the long tail of grasps", True),
    ("ernment doesn't actually know where the chips go", True),
    ("and then we shipped it to every customer", False),
    ("iphone sales fell in the quarter", False),
    ("gpt models are good at this", False),
])
def test_a_text_cut_at_its_start_inside_a_word(text, found):
    assert _flags("truncation", [text]) == [found]
    assert _flags("truncation", [text], "insights") == [found]


@pytest.mark.parametrize("text, found", [
    ("OpenAI now sources compute from Nvidia (MI450), Broadcom and others.", True),
    ("Grok Code Fast 1 by Anthropic is cheap.", True),
    ("Tinker, the fine-tuning API from Safe Superintelligence, opened up.", True),
    ("We like to tinker with it on weekends.", False),
])
def test_products_the_glossary_lacked_in_round_three(text, found):
    assert _flags("attribution", [text]) == [found]


def test_a_product_that_holds_another_products_words_is_no_misspelling():
    assert _flags("misspelling", ["the Qwen Code CLI, which is a fork of Gemini CLI"]) == [False]


@pytest.mark.parametrize("name, context, found", [
    ("Groq.So", "over to Groq.So the tail latency went down by half", True),
    ("Node.js", "we wrote the service in Node.js and it held up", False),
    ("Character.AI", "Character.AI says its users talk for hours", False),
])
def test_a_name_run_into_the_next_sentence(name, context, found):
    got = [f.rule for f in audit_text(ner_entity_episode(name, context)) if f.family == "entity-noise"]
    assert (got == ["F501"]) is found and (got == []) is not found
