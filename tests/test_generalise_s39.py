"""Session 39: defects of shapes the attribution and consistency families missed, each with a quiet
twin. The names and phrasings here are our own."""

import json

import pytest

from tests.conftest import audit_text, episode_text, llm_entity_episode, quote_episode, summary_episode, transcript_episode


# --- attribution: a plural kind before an apposition; a model maker's bare announcement ----------

def _claims(text: str) -> list[str]:
    return [f.evidence for f in audit_text(summary_episode(text)) if f.family == "attribution"]


@pytest.mark.parametrize("text, evidence", [
    # the product's kind stands between its name and the apposition naming the wrong maker
    ("Gemini models, OpenAI's flagship family, top the charts.", "Gemini models, OpenAI's flagship"),
    ("The Llama weights, Microsoft's open release, are everywhere.", "Llama weights, Microsoft's open release"),
    ("The Maia 100 accelerator, Meta's in-house chip, ships in March.", "Maia 100 accelerator, Meta's in-house chip"),
    # a maker of models announcing a lab's model, and nothing more, claims it
    ("Google announced GPT-5 on Thursday.", "Google announced GPT-5"),
    ("Microsoft announced Claude 4.", "Microsoft announced Claude 4"),
])
def test_claims_of_the_wrong_maker(text, evidence):
    assert _claims(text) == [evidence]


@pytest.mark.parametrize("text", [
    "The Gemini models, Google's flagship family, top the charts.",
    "We compared Llama models, OpenAI's models, and Mistral's.",
    # a platform announcing a lab's model for its own customers
    "Microsoft announced Claude Opus 4 in Azure.",
    "Amazon announced Claude 4 availability.",
    "Microsoft announced GPT-5 for Copilot users.",
    "Samsung announced Gemini Live.",
    "Google announced Gemini 3 on Thursday.",
])
def test_right_makers_lists_and_platforms_stay_quiet(text):
    assert _claims(text) == []


# --- consistency: investor firms, startups and universities by what their context calls them -----

def _categories(name: str, context: str, category: str) -> list[str]:
    return [f.message for f in audit_text(llm_entity_episode(name, context, category=category))
            if f.rule == "C1001"]


@pytest.mark.parametrize("name, context, category, said", [
    ("Lantern Peak Capital", "Early-stage venture firm backing robotics founders.", "ai_research", "an investor firm"),
    ("Lantern Peak Capital", "Venture capital firm that led the seed round.", "big_tech", "an investor firm"),
    # a name the glossary knows only as a company is judged by its context too
    ("Sequoia Capital", "Venture capital firm that led the Series A.", "ai_research", "an investor firm"),
    ("Quillmark", "Contract-review startup selling to law firms.", "big_tech", "a startup"),
    ("Halden Institute", "Nonprofit research lab studying model evaluations.", "big_tech", "an institution"),
])
def test_a_category_the_context_contradicts(name, context, category, said):
    messages = _categories(name, context, category)
    assert len(messages) == 1 and said in messages[0]


@pytest.mark.parametrize("name, context, category", [
    ("Lantern Peak Capital", "Venture capital firm that led the seed round.", "investor"),
    ("Quillmark", "Contract-review startup selling to law firms.", "ai_startup"),
    ("Halden Institute", "Nonprofit research lab studying model evaluations.", "ai_research"),
    # a big-tech group's research arm may be listed as big tech
    ("Google Research", "Google's research arm.", "big_tech"),
    # a startup's business model is no model
    ("Quillmark", "Subscription business model for small firms.", "ai_company"),
])
def test_a_category_the_context_allows_stays(name, context, category):
    assert _categories(name, context, category) == []


@pytest.mark.parametrize("name, category", [("Stanford University", "big_tech"), ("MIT", "cloud_provider")])
def test_a_university_is_no_big_tech_group_or_cloud(name, category):
    assert _categories(name, "Where the guest did her doctorate.", category)


def test_a_big_tech_research_arm_as_big_tech_stays():
    assert _categories("Microsoft Research", "Where the guest did her doctorate.", "big_tech") == []


# --- not-mentioned: an implicit reference with a clause of when ----------------------------------

def _denials(context: str, name: str = "Cohere") -> list[str]:
    return [f.evidence for f in audit_text(llm_entity_episode(name, context, confidence="low"))
            if f.family == "not-mentioned"]


@pytest.mark.parametrize("context, evidence", [
    ("Implicitly referenced when the guest discusses enterprise LLMs.", "Implicitly referenced"),
    ("Indirectly referenced when the host compares enterprise vendors.", "Indirectly referenced"),
])
def test_an_implicit_reference_with_a_clause_of_when_is_no_mention(context, evidence):
    assert _denials(context) == [evidence]


@pytest.mark.parametrize("context", [
    "The host never stated when the deal closed.",
    "Not mentioned when the guest discusses pricing; named in the intro.",
])
def test_a_question_of_when_or_a_denial_limited_to_a_part_stays(context):
    assert _denials(context) == []


# --- attribution: what a maker runs or builds is no claim of making; glossary names of infrastructure

def _context_claims(name: str, context: str) -> list[str]:
    return [f.evidence for f in audit_text(llm_entity_episode(name, context, category="ai_infrastructure"))
            if f.family == "attribution"]


@pytest.mark.parametrize("name, context, evidence", [
    ("TensorRT-LLM", "Compiled inference library from AMD.", "library from AMD"),
    ("Cerebras", "Wafer-scale chip company whose Llama 70B model the guest praised.", "whose Llama 70B"),
])
def test_an_entity_context_naming_the_wrong_maker(name, context, evidence):
    assert _context_claims(name, context) == [evidence]


@pytest.mark.parametrize("name, context", [
    # a measure of a firm's serving someone else's model
    ("Cerebras", "Wafer-scale chip company whose Llama 70B throughput the guest reproduced."),
    ("Cerebras", "Chip company known for its Llama inference speeds."),
    # the builder of a site, not the maker of the product
    ("Stargate", "Joint venture of OpenAI, SoftBank and Oracle; its Abilene site is constrained by power, built by Crusoe."),
])
def test_serving_or_building_a_site_is_no_claim_of_making(name, context):
    assert _context_claims(name, context) == []


def _episode_claims(summary: str) -> list[str]:
    """A403's claims in `summary` of an episode whose transcript says Nvidia has Routeplan."""
    text = episode_text(
        "companies:\n- name: Routeplan\n  context: 'the dispatch team, Nvidia has Routeplan now, and it re-solves'\n"
        "  position: 120\n- name: Routeplan\n  context: Route solver.\n  source: llm_enhanced\n"
        f"summary: {json.dumps(summary)}\ntitle: Evals\n")
    return [f.evidence for f in audit_text(text) if f.rule == "A403"]


def test_the_item_before_an_apposition_naming_another_maker_is_claimed():
    assert _episode_claims("Routeplan, Google's route solver, is everywhere.") == ["Routeplan, Google"]


def test_a_possessive_in_a_list_is_no_apposition_of_the_item_before():
    assert _episode_claims("**Routing:** Routeplan, Google's time-horizon trend, and what launches reveal.") == []


# --- not-mentioned: a high-confidence entry that says it was not mentioned -----------------------

def test_a_high_confidence_denial_is_a_warning():
    found = [f for f in audit_text(llm_entity_episode("Cohere", "The guests never name it.", confidence="high"))
             if f.family == "not-mentioned"]
    assert [(f.evidence, f.severity.name) for f in found] == [("guests never name", "WARNING")]


def test_a_high_confidence_mention_stays_quiet():
    assert not [f for f in audit_text(llm_entity_episode("Cohere", "Mentioned as the guest's former employer.",
                                                         confidence="high")) if f.family == "not-mentioned"]


# --- attribution: tier words of recent models, benchmarks' makers, moves on another's product ----

@pytest.mark.parametrize("text, evidence", [
    ("Grok 4 Fast by OpenAI is cheap.", "Grok 4 Fast by OpenAI"),
    ("Qwen3-Next from DeepSeek is sparse.", "Qwen3-Next from DeepSeek"),
    ("GPT-5-Codex, Anthropic's coding model, ships.", "GPT-5-Codex, Anthropic's coding model"),
    ("Genie 3, Meta's research preview, builds worlds.", "Genie 3, Meta's research preview"),
    ("The AI200 accelerator from Broadcom ships in racks.", "AI200 accelerator from Broadcom"),
    # a benchmark's maker, by a verb of making or an apposition
    ("FrontierMath, built by METR, is hard.", "FrontierMath, built by METR"),
    ("HumanEval, Google's coding benchmark, is old.", "HumanEval, Google's coding benchmark"),
])
def test_claims_of_the_wrong_maker_of_recent_models_and_benchmarks(text, evidence):
    assert _claims(text) == [evidence]


@pytest.mark.parametrize("text", [
    "xAI's Grok 4 Fast is cheap.",
    "Genie 3, Google DeepMind's research preview, builds worlds.",
    # a lab's result on a benchmark is no claim of making it
    "Google's HumanEval pass rate is high.",
    "Anthropic's FrontierMath score doubled.",
    # a bid for a product, or one's own extension on a platform
    "The week of Perplexity's Chrome gambit.",
    "OpenAI's Windsurf bid collapsed.",
    "Anthropic's Chrome extension is out.",
])
def test_results_bids_and_extensions_are_no_claims(text):
    assert _claims(text) == []


def test_a_host_product_named_with_a_number_is_no_maker():
    assert _context_claims("Claude Opus 4.1", "Anthropic model now selectable in the Researcher agent of "
                                              "Microsoft 365 Copilot.") == []
    assert _context_claims("Claude", "Chat assistant of Microsoft.") == ["assistant of Microsoft"]


def test_a_possessive_after_a_list_item_with_a_sum_is_no_apposition():
    assert _episode_claims("**Routing:** Nvidia's Routeplan, Google's new $10 billion customer, and Apple's A19 Pro.") == []


# --- not-mentioned: the entity's product or a description of it as the subject ------------------

@pytest.mark.parametrize("name, context, evidence", [
    ("Humane", "The Humane pin is not brought up, though it is a reference point for AI devices.", "not brought up"),
    ("Groq", "The inference chip startup Groq isn't raised by anyone on the show.", "n't raised by anyone"),
])
def test_the_entity_described_or_its_product_as_subject(name, context, evidence):
    assert _denials(context, name) == [evidence]


@pytest.mark.parametrize("name, context", [
    ("Humane", "The Humane deal is not brought up."),
    ("Groq", "The inference chip startup Cerebras isn't raised by anyone."),
    ("Groq", "The startup has never raised by itself."),
])
def test_another_subject_or_a_funding_round_stays(name, context):
    assert _denials(context, name) == []


@pytest.mark.parametrize("name, context, evidence", [
    ("Grok 4 Fast", "Cheap model released by OpenAI.", "released by OpenAI"),
    ("Qwen3-Next", "Hybrid-attention sparse model from DeepSeek.", "model from DeepSeek"),
    ("Meta Ray-Ban Display", "Smart glasses with a display, made by Snap.", "made by Snap"),
    ("Helios", "Nvidia's rack-scale system with 72 GPUs.", "Nvidia's rack-scale system"),
])
def test_an_entity_named_with_a_recent_tier_or_product_and_the_wrong_maker(name, context, evidence):
    assert _context_claims(name, context) == [evidence]


@pytest.mark.parametrize("name, context", [
    ("Grok 4 Fast", "Cheap model released by xAI."),
    ("Helios", "AMD's rack-scale system."),
])
def test_an_entity_named_with_a_recent_tier_or_product_and_its_maker(name, context):
    assert _context_claims(name, context) == []


@pytest.mark.parametrize("text, evidence", [
    # a hyphenated adjective holding "running" is no platform's running of the product
    ("GPT-5.1-Codex-Max, Anthropic's long-running coding model, could shift pricing.",
     "GPT-5.1-Codex-Max, Anthropic's long-running coding model"),
    # a product's surface between it and its maker
    ("Buyers will compare Claude Code on the web from OpenAI with Cursor.", "Claude Code on the web from OpenAI"),
])
def test_claims_across_a_long_adjective_or_a_surface(text, evidence):
    assert _claims(text) == [evidence]


@pytest.mark.parametrize("text", [
    "Claude Code on the web from Anthropic is out.",
    "Gemini in the cloud from Microsoft Azure is available.",
])
def test_a_surface_with_the_right_maker_or_a_platform_stays(text):
    assert _claims(text) == []


# --- sponsor: ad copy through the sponsor's product, or what it is built for; the show supported --

def _ad_quotes(text: str) -> list[str]:
    return [f.evidence for f in audit_text(quote_episode(text)) if f.family == "sponsor"]


@pytest.mark.parametrize("text, evidence", [
    ("Vanta's trust center lets you share your security posture with prospects.", "Vanta's trust center lets you"),
    ("Mercury is banking built for startups, with cards and bill pay in one dashboard.",
     "Mercury is banking built for startups"),
])
def test_ad_copy_through_a_product_or_a_purpose(text, evidence):
    assert _ad_quotes(text) == [evidence]


@pytest.mark.parametrize("text", [
    # a name off the sponsor list, or a guest's talk about a listed firm
    "Stripe's dashboard lets you see every refund.",
    "Mercury is a bank that many founders in our portfolio use.",
])
def test_product_talk_is_no_ad_copy(text):
    assert _ad_quotes(text) == []


def _window_episode(window: str, quote: str) -> str:
    """An NER entry Ledgerly whose transcript window is `window`, and one quote."""
    return episode_text("title: Closing the books\ncompanies:\n- category: unknown\n  confidence: medium\n"
                        f"  context: {json.dumps(window)}\n  name: Ledgerly\n  position: 5200\n"
                        f"quotes:\n- relevance_score: 6\n  text: {json.dumps(quote)}\n")


def test_the_show_supported_by_a_sponsor_after_the_break():
    # the window starts inside "a word from our sponsor."
    found = {(f.rule, f.field) for f in audit_text(_window_episode(
        "sponsor. Latent Capital is supported by Ledgerly. Ledgerly closes the books in days, with rec",
        "Ledgerly closes the books in days.")) if f.family == "sponsor"}
    assert found == {("P801", "quotes[0].text"), ("P802", "companies[0].name")}


def test_software_supported_by_a_firm_is_no_ad():
    text = transcript_episode("Open models matter. PyTorch is supported by {Meta} and the Linux Foundation, "
                              "and {Anthropic} uses it.", quotes=["PyTorch is supported by Meta."])
    assert not [f for f in audit_text(text) if f.family == "sponsor"]


@pytest.mark.parametrize("name, context", [
    ("KV Cache", "so the KV Cache grows with context length and"),
    ("Ambient Documentation", "the whole Ambient Documentation category took off when"),
])
def test_a_technique_or_category_of_the_field_is_a_generic_term(name, context):
    found = [f.rule for f in audit_text(episode_text(
        f"title: x\ncompanies:\n- category: unknown\n  confidence: medium\n  context: {json.dumps(context)}\n"
        f"  name: {json.dumps(name)}\n  position: 10\n")) if f.family == "entity-noise"]
    assert found == ["F504"]


def _summary_companies(listed: list[str], summary: str) -> list[str]:
    companies = "".join(f"- category: ai_application\n  confidence: high\n  context: A firm.\n  name: {n}\n"
                        f"  source: llm_enhanced\n" for n in listed)
    text = episode_text(f"title: x\ncompanies:\n{companies}summary: {json.dumps(summary)}\n")
    return [f.evidence for f in audit_text(text) if f.rule == "C1008"]


def test_a_label_of_two_names_in_a_company_section_is_two_names():
    summary = ("### 4. Notable Companies\n*   **Ledgerline and Tollway:** Payment platforms the guest's "
               "firm sits upstream of.\n")
    assert _summary_companies(["Ledgerline"], summary) == ["Tollway"]
    assert _summary_companies(["Ledgerline", "Tollway"], summary) == []


def test_an_ner_window_of_ad_copy_for_its_listed_sponsor_is_an_ad_entity():
    text = episode_text(
        "title: Spend\ncompanies:\n- category: unknown\n  confidence: medium\n"
        "  context: 'at spike overnight, contractors in six countries. Brex gives you corporate cards with real-time co'\n"
        "  name: Brex\n  position: 37775\n"
        "- category: unknown\n  confidence: medium\n"
        "  context: 'right back. This episode is brought to you by Ramp. Ramp is the corporate card that'\n"
        "  name: Ramp\n  position: 12000\n"
        "quotes:\n- relevance_score: 6\n  text: Brex gives you corporate cards with real-time spend controls.\n")
    found = {(f.rule, f.field) for f in audit_text(text) if f.family == "sponsor"}
    assert ("P802", "companies[0].name") in found


def test_a_guest_pointing_to_a_memo_at_the_firms_address_is_no_ad():
    assert _ad_quotes("We published the whole memo at halvorsen.vc/sovereign so founders can argue with it") == []
    assert _ad_quotes("Go to halvorsen.vc/sovereign for three months free") != []


def test_a_later_item_of_a_makers_bracketed_list_after_sam_3():
    assert _claims("Meta (SAM 3, Nano Banana Pro) led the week.") == ["Meta (SAM 3, Nano Banana Pro)"]
    assert _claims("Meta (SAM 3, Llama 4) led the week.") == []


# --- duplicate: a name cut from another firm's name in its window is no copy of the kept entry ---

def _duplicates(rows: list[tuple[str, str]]) -> list[str]:
    companies = "".join(f"- category: unknown\n  confidence: medium\n  context: {json.dumps(c)}\n  name: {n}\n"
                        f"  position: {100 * (i + 1)}\n" for i, (n, c) in enumerate(rows))
    return [f.evidence for f in audit_text(episode_text(f"title: x\ncompanies:\n{companies}")) if f.rule == "D601"]


def test_a_name_cut_from_another_firms_name_is_no_duplicate():
    rows = [("Tendril Health", "we sold to Tendril Health first, and they"),
            ("Health", "could do it in theory. Oracle Health is the other major EHR, and")]
    assert _duplicates(rows) == []


def test_the_kept_entrys_end_written_after_its_own_head_or_alone_is_a_duplicate():
    assert _duplicates([("Tendril Health", "we sold to Tendril Health first, and they"),
                        ("Health", "and then Tendril Health came back with a bigger")]) == ["Health"]
    assert _duplicates([("Tendril Health", "we sold to Tendril Health first, and they"),
                        ("Health", "renewed with Tendril's Health unit in March")]) == ["Health"]
