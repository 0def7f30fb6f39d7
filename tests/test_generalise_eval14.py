"""Generalisation found by a held-out corpus (session eval14): a number in an organisation's name is
no version ("Ai2"), legal names of well-known firms, legal-name words that ground a firm's own name,
models listed as firms (dotted versions, model families the glossary had as products), a family
named after its maker as a firm ("Mistral"), more denials of a mention, and an ASR sound-alike of a
family before a version after the family's maker ("Anthropic's Cloud 4"). Each fix with cases both
ways, run through the real rules on episode files."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, findings_by_item


def _companies(rows, summary: str = "x", confidence: str = "high") -> str:
    """An episode whose companies are `rows` of (name, category, context), all of the LLM pass."""
    fm = f"title: x\nsummary: {json.dumps(summary)}\ncompanies:\n" + "".join(
        f"- name: {json.dumps(n)}\n  category: {c}\n  confidence: {confidence}\n  context: {json.dumps(ctx)}\n"
        "  source: llm_enhanced\n" for n, c, ctx in rows)
    return episode_text(fm)


def _fields(text: str, family: str) -> list[str]:
    return [f.field for f in audit_text(text) if f.family == family]


# --- duplicate -------------------------------------------------------------------------------------

SAME_FIRM = [
    ("Allen Institute for AI", "Ai2"),  # a number in an organisation's name is part of its spelling
    ("Ai2", "AI2"),
    ("TSMC", "Taiwan Semiconductor Manufacturing Company"),
    ("AMD", "Advanced Micro Devices"),
    ("IBM", "International Business Machines"),
    ("Aurora", "Aurora Innovation"),  # "Innovation" is a word of legal names
]


@pytest.mark.parametrize("first,second", SAME_FIRM)
def test_two_names_of_one_firm_are_a_duplicate(first, second):
    text = _companies([(first, "tech", "Discussed at length."), (second, "tech", "Discussed again.")],
                      summary=f"{first} and {second}.")
    assert _fields(text, "duplicate") == ["companies[1].name"]


TWO_ENTITIES = [
    ("Llama 3", "Llama 4"),  # models keep their versions apart
    ("H100", "H200"),
    ("AI21 Labs", "Allen Institute for AI"),
    ("GPT-4", "GPT-4o"),
]


@pytest.mark.parametrize("first,second", TWO_ENTITIES)
def test_two_entities_stay_apart(first, second):
    text = _companies([(first, "ai_application", "Discussed at length."),
                       (second, "ai_application", "Discussed again.")], summary=f"{first} and {second}.")
    assert _fields(text, "duplicate") == []


# --- grounding -------------------------------------------------------------------------------------

GROUNDED_BY_SHORT_NAME = [
    ("Recursion Pharmaceuticals", "Recursion merged with Exscientia."),
    ("Aurora Innovation", "Aurora runs driverless trucks in Texas."),
    ("Anduril Industries", "Anduril builds autonomous drones."),
    ("Cerebras Systems, Inc.", "Cerebras sells wafer-scale chips."),
]


@pytest.mark.parametrize("name,summary", GROUNDED_BY_SHORT_NAME)
def test_a_legal_name_is_grounded_by_the_firms_name(name, summary):
    assert _fields(_companies([(name, "tech", "A company.")], summary=summary), "grounding") == []


@pytest.mark.parametrize("name", ["Helion Technologies", "Anduril Industries", "Recursion Pharmaceuticals"])
def test_a_legal_name_in_no_text_is_still_ungrounded(name):
    text = _companies([(name, "tech", "A company.")], summary="Start-ups in defence and fusion raised money.")
    assert _fields(text, "grounding") == ["companies[0].name"]


# --- consistency -----------------------------------------------------------------------------------

MODELS_AS_FIRMS = [
    ("FLUX.1", "ai_company"),  # a version after a dot
    ("Gemma.3", "big_tech"),
    ("Whisper", "ai_company"),  # model families the glossary listed as products
    ("AlphaFold 3", "ai_company"),
    ("Sora", "big_tech"),
    ("DALL-E 3", "ai_company"),
    ("Stable Diffusion 3", "ai_startup"),
    ("Med-PaLM 2", "ai_company"),
]


@pytest.mark.parametrize("name,category", MODELS_AS_FIRMS)
def test_a_model_categorised_as_a_firm_is_inconsistent(name, category):
    text = _companies([(name, category, "Discussed at length.")], summary=name)
    assert _fields(text, "consistency") == ["companies[0].category"]


FINE_CATEGORIES = [
    ("Mistral", "ai_company"),  # a family named after its maker names the maker too
    ("Mistral", "ai_startup"),
    ("Perplexity", "ai_company"),
    ("Whisper", "ai_application"),
    ("Sora", "ai_application"),
    ("Flux", "ai_application"),
    ("YouTube", "big_tech"),  # products stay allowed as firms
    ("Stability AI", "ai_company"),
]


@pytest.mark.parametrize("name,category", FINE_CATEGORIES)
def test_a_fitting_category_is_consistent(name, category):
    text = _companies([(name, category, "Discussed at length.")], summary=name)
    assert _fields(text, "consistency") == []


def _mixed(ner: bool) -> str:
    rows = "".join(f"- {{name: {n}, category: {c}, source: llm_enhanced}}\n"
                   for n, c in [("Eli Lilly", "tech"), ("Novartis", "tech"), ("Anthropic", "ai_company"),
                                ("Google", "big_tech"), ("Nvidia", "ai_infrastructure")])
    if ner:
        rows += "- {name: Meta, category: tech, position: 120}\n"
    return episode_text("title: x\nsummary: Eli Lilly, Novartis, Anthropic, Google, Nvidia and Meta.\ncompanies:\n" + rows)


def test_one_pass_with_tech_beside_ai_categories_in_a_file_of_one_pass_is_no_mix():
    # (C1002 judges a pass's entries only in files where both passes listed entities)
    assert [f.rule for f in audit_text(_mixed(False)) if f.family == "consistency"] == []


def test_the_two_passes_vocabularies_mixed_are_found_by_the_opt_in_rule():
    # (session 34: with both passes in the file, an LLM entry "tech" among "big_tech" and "ai_*"
    # entries is the NER pass's word, as the blind corpora key it; `vocabularies.llm_may_write`
    # lets a team list "tech" as its LLM pass's own)
    found = [(f.rule, f.field) for f in audit_text(_mixed(True)) if f.family == "consistency"]
    assert found == [("C1002", "companies[0].category"), ("C1002", "companies[1].category")]
    assert [f.rule for f in audit_text(_mixed(True), select=["C1010"])] == ["C1010"]


# --- not-mentioned ---------------------------------------------------------------------------------

DENIALS = [
    "Left out of the conversation entirely; listed because chips were the topic.",
    "The company was kept out of the discussion; added as background.",
    "This firm does not figure in the conversation at all.",
    "It never made it into the conversation; inferred from the theme.",
    "The hosts skip over it entirely; included only for context.",
    "Only assumed from the talk about search ads; the speakers avoid naming it.",
]


@pytest.mark.parametrize("context", DENIALS)
def test_a_denial_of_the_mention_is_found(context):
    text = _companies([("Acme Robotics", "ai_company", context)], summary="Acme Robotics", confidence="low")
    assert _fields(text, "not-mentioned") == ["companies[0].context"]


NOT_DENIALS = [
    "Named by the host; left out of the benchmark comparison because of licensing.",
    "Its chips were kept out of China by export controls.",
    "The company never made it into profitability, the guest notes.",
    "Cited for its earnings call, where it did not figure out pricing.",
    "The guest says the firm would skip over it if the price were higher.",
]


@pytest.mark.parametrize("context", NOT_DENIALS)
def test_other_statements_are_no_denial(context):
    text = _companies([("Acme Robotics", "ai_company", context)], summary="Acme Robotics", confidence="low")
    assert _fields(text, "not-mentioned") == []


# --- misspelling -----------------------------------------------------------------------------------

MISSPELT = [
    ("They said Anthropic's Cloud 4 models became the default.", "Cloud 4"),
    ("We moved to Anthropic Cloud 3.7 last month.", "Cloud 3.7"),
    ("Anthropic’s Cloud 3.5 was the turning point.", "Cloud 3.5"),
    ("Co here's pitch is private deployment.", "Co here"),
    ("I think Co here and Mistral both sell to banks.", "Co here"),
]


@pytest.mark.parametrize("text,evidence", MISSPELT)
def test_a_sound_alike_after_its_maker_is_misspelt(text, evidence):
    found = findings_by_item([text], "misspelling")
    assert [f.evidence for f in found.get(0, [])] == [evidence]


RIGHT = [
    "Google's Cloud 4 regions went live.",
    "Anthropic runs on Google Cloud 4 times a day.",
    "Come over, co here now.",
    "Anthropic's cloud 4 spend grew.",
    "Anthropic's Claude 4 models are good.",
    "We store backups in Cloud 3 Storage.",
]


@pytest.mark.parametrize("text", RIGHT)
def test_other_words_are_no_misspelling(text):
    assert findings_by_item([text], "misspelling") == {}
