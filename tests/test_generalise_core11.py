"""Generalisation of the core families (session 11): not-mentioned with the entity's own name as the
object of the denial, misspellings of model words after a version, silent letters, lowercase entity
names and topic names, and mojibake of Latin letters that ftfy leaves alone. Each fix with cases
both ways, run through the real rules on episode files."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _entity(name: str, context: str, confidence: str = "low") -> str:
    return episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: tech\n"
                        f"  confidence: {confidence}\n  context: {json.dumps(context)}\n  source: llm_enhanced\n")


def _fields(text: str, family: str) -> list[str]:
    return [f.field for f in audit_text(text) if f.family == family]


# --- not-mentioned ---------------------------------------------------------------------------------

NOT_MENTIONED = [
    # a name that starts lowercase is the entity's own name, not an ordinary word after "of"
    ("xAI", "There is no mention of xAI in this episode."),
    ("eBay", "There is no reference to eBay anywhere in the conversation."),
    ("iFlytek", "Nobody mentions iFlytek in the episode."),
    ("n8n", "The speakers make no mention of n8n."),
]


@pytest.mark.parametrize("name,context", NOT_MENTIONED)
def test_a_denial_naming_the_entity_itself_is_found(name, context):
    assert _fields(_entity(name, context), "not-mentioned") == ["companies[0].context"]


MENTIONED = [
    # a thing the entity has, after its name
    ("xAI", "Mentioned as a rival, with no mention of xAI's Grok release date."),
    ("eBay", "eBay is mentioned as an early marketplace; no mention of eBay's AI tools."),
    ("Databricks", "Mentioned as a platform; no one mentions Databricks' pricing."),
    # another name as the object of the denial
    ("Slack", "Slack is mentioned as where the bot lives; no one mentions Teams."),
    ("Nvidia", "Mentioned as the GPU supplier; there was no mention of AMD."),
    ("Anthropic", "Mentioned for Claude, while nobody mentions OpenAI at all."),
    # a relative clause on another noun, set off by commas or without "that"
    ("Google", "The guest, who was not named, works at Google, which is mentioned twice."),
    ("Oracle", "Mentioned as the cloud behind Stargate, a project no one mentioned last year."),
    # a plural thing denied with "no"
    ("AMD", "The host mentions AMD's MI300X; no benchmarks were cited."),
    ("Cohere", "Named by the guest; no numbers were mentioned."),
    # a place outside the episode with a proper name before its noun (a known false alarm of session 8)
    ("Oracle", "Mentioned as a company with no mention in the EU AI Act."),
    ("Oracle", "Named by the host; not mentioned in the Q3 report, though."),
]


@pytest.mark.parametrize("name,context", MENTIONED)
def test_a_denial_about_another_thing_or_name_is_quiet(name, context):
    assert _fields(_entity(name, context, "medium"), "not-mentioned") == []


@pytest.mark.parametrize("context", ["No mentions were found in the transcript.",
                                     "No references were made to it in the episode.",
                                     "Nobody mentioned it.", "The company, which was not mentioned, is implied."])
def test_denials_next_to_those_shapes_are_still_found(context):
    assert _fields(_entity("Oracle", context), "not-mentioned") == ["companies[0].context"]


@pytest.mark.parametrize("context", [
    "Although search is discussed, Google is not.",          # the verb of mentioning left out
    "Search was covered; Google was not.",
    "Cloud providers are named, but the company isn't.",
    "Unclear if mentioned; probably inferred.",              # a hedged guess
    "Likely only implied by the talk about search.",
    "There's nothing about it in the transcript.",           # the known misses of session 8
    "Couldn't find it in the transcript.",
    "I could not find any mention of it in the episode.",
])
def test_elliptical_and_hedged_denials_are_found(context):
    assert _fields(_entity("Google", context), "not-mentioned") == ["companies[0].context"]


@pytest.mark.parametrize("context", [
    "Google is mentioned as a partner, Microsoft is not.",
    "Google is discussed, but its CEO is not.",
    "Mentioned; the valuation is not.",
    "Mentioned by name; its role is probably implied by the Android segment.",
])
def test_elliptical_denials_of_other_things_are_quiet(context):
    assert _fields(_entity("Google", context, "medium"), "not-mentioned") == []


def test_a_denial_of_a_word_of_the_entitys_name_is_still_found():
    assert _fields(_entity("Google DeepMind", "Nobody mentions DeepMind in the episode."),
                   "not-mentioned") == ["companies[0].context"]


# --- misspelling -----------------------------------------------------------------------------------

def _quote(text: str) -> str:
    return episode_text(f"title: x\nquotes:\n- text: {json.dumps(text)}\n")


VERSIONED = [
    ("We tried Claude 3.5 Sonet yesterday and it was fine.", "Claude 3.5 Sonet", "Claude 3.5 Sonnet"),
    ("The Claude 3 Opis model is expensive.", "Claude 3 Opis", "Claude 3 Opus"),
    ("Gemini 2.5 Flahs is quick enough for chat.", "Gemini 2.5 Flahs", "Gemini 2.5 Flash"),
    ("Llama 4 Maverik is a big mixture of experts.", "Llama 4 Maverik", "Llama 4 Maverick"),
]


@pytest.mark.parametrize("text,evidence,right", VERSIONED)
def test_a_slip_in_a_model_word_after_a_version_is_found(text, evidence, right):
    found = [f for f in audit_text(_quote(text)) if f.family == "misspelling"]
    assert [(f.field, f.evidence) for f in found] == [("quotes[0].text", evidence)]
    assert right in found[0].message


VERSIONED_QUIET = [
    "Gemini 2.5 Pro is fine for long documents.",
    "Claude 3 Opus Today was the headline.",
    "Gemini 2 Plus is not a real product.",          # an English word, no slip
    "The Gemini 1.5 Pros and cons were listed.",     # an English word
    "We compared Claude 4 Sonnet with Llama 3 Scout.",
]


@pytest.mark.parametrize("text", VERSIONED_QUIET)
def test_versions_with_right_or_english_words_are_quiet(text):
    assert _fields(_quote(text), "misspelling") == []


@pytest.mark.parametrize("text,evidence", [
    # listed misspellings the words scan could not see: a right first word before a number
    ("GPT 4o is fast enough for voice.", "GPT 4o"),
    ("GPT 4.0 was the default for a year.", "GPT 4.0"),
    ("Gemini 2.5 pro is good at long documents.", "Gemini 2.5 pro"),
    ("They served Llama 3.1 405 B on eight GPUs.", "Llama 3.1 405 B"),
])
def test_listed_misspellings_with_numbers_and_dots_are_found(text, evidence):
    found = [f for f in audit_text(_quote(text)) if f.family == "misspelling"]
    assert [(f.field, f.evidence) for f in found] == [("quotes[0].text", evidence)]


@pytest.mark.parametrize("text", ["The GPT-4o release.", "We have 11 labs in total.",
                                  "Open the Weights & Biases dashboard.", "Gemini 2.5 Pro and GPT 4.01 beta."])
def test_right_forms_next_to_listed_ones_are_quiet(text):
    assert _fields(_quote(text), "misspelling") == []


def test_a_model_word_cut_by_a_window_edge_is_quiet():
    text = episode_text("title: x\ncompanies:\n- name: Globex\n  category: tech\n  confidence: high\n"
                        "  context: and the new release from Claude 3 Sonn\n  position: 1200\n")
    assert _fields(text, "misspelling") == []


@pytest.mark.parametrize("text,evidence", [
    ("I asked Clawd to refactor the whole module.", "Clawd"),    # a silent final e is not heard
    ("Pieter Abeel says robotics is next.", "Pieter Abeel"),      # a canonical name the glossary lacked
    ("Guillaume Lampel co-founded the lab.", "Guillaume Lampel"),
])
def test_sound_alikes_and_added_names_are_found(text, evidence):
    found = [f for f in audit_text(_quote(text)) if f.family == "misspelling"]
    assert [(f.field, f.evidence) for f in found] == [("quotes[0].text", evidence)]


@pytest.mark.parametrize("text,evidence", [
    ("The Nvida-backed startup raised a round.", "Nvida"),          # a name in a compound adjective
    ("We expose an Openai-compatible endpoint.", "Openai"),
    ("The Antrhopic-backed startup grew fast.", "Antrhopic"),
])
def test_a_misspelled_name_in_a_compound_is_found(text, evidence):
    found = [f for f in audit_text(_quote(text)) if f.family == "misspelling"]
    assert [(f.field, f.evidence) for f in found] == [("quotes[0].text", evidence)]


@pytest.mark.parametrize("text", [
    "A Nvidia-backed startup and an Anthropic-style constitution.",
    "Mid-journey we stopped, co-founded a company and bought a T-shirt.",
    "The Grok-like assistant is a Meta-owned app.",
])
def test_compounds_of_right_names_and_words_are_quiet(text):
    assert _fields(_quote(text), "misspelling") == []


@pytest.mark.parametrize("text", [
    "My neighbour Claude is a retired baker.",
    "Pieter Abbeel and Guillaume Lample were both on the panel.",
    "He clawed his way back into the market.",
])
def test_right_names_and_words_are_quiet(text):
    assert _fields(_quote(text), "misspelling") == []


@pytest.mark.parametrize("name", ["hugging face", "sam altman", "mistral ai", "anthropic"])
def test_an_entity_name_written_all_lowercase_is_a_casing_slip(name):
    found = [f for f in audit_text(_entity(name, "Mentioned by the guest.", "high")) if f.family == "misspelling"]
    assert [(f.rule, f.field) for f in found] == [("M302", "companies[0].name")]


@pytest.mark.parametrize("name", ["watsonx", "Hugging Face", "Globex corp"])
def test_accepted_and_unknown_entity_names_are_quiet(name):
    assert _fields(_entity(name, "Mentioned by the guest.", "high"), "misspelling") == []


@pytest.mark.parametrize("name", ["Anthropics", "Nvidias", "Googles", "OpenAIs"])
def test_an_organisations_name_with_an_s_as_an_entity_name_is_found(name):
    found = [f for f in audit_text(_entity(name, "Mentioned by the guest.", "high")) if f.family == "misspelling"]
    assert [(f.field, f.evidence) for f in found] == [("companies[0].name", name)]


@pytest.mark.parametrize("name", ["Apples", "Copilots", "Anthropic", "Amazons"])
def test_plurals_that_are_words_or_products_as_entity_names_are_quiet(name):
    assert _fields(_entity(name, "Mentioned by the guest.", "high"), "misspelling") == []


@pytest.mark.parametrize("text,evidence", [
    ("We are building on Anthropics Claude models.", "Anthropics"),   # a possessive without its apostrophe
    ("Microsofts Copilot is everywhere now.", "Microsofts"),
])
def test_a_possessive_without_its_apostrophe_before_a_name_is_found(text, evidence):
    found = [f for f in audit_text(_quote(text)) if f.family == "misspelling"]
    assert [(f.field, f.evidence) for f in found] == [("quotes[0].text", evidence)]


# ("Amazons Alexa" is found: Amazon makes Alexa, see test_misspelling_possessive.py)
@pytest.mark.parametrize("text", ["The Apples iPhone event.", "Anthropics are great.", "Amazons of legend speak."])
def test_plurals_before_names_are_quiet(text):
    assert _fields(_quote(text), "misspelling") == []


def _topics(*names: str) -> str:
    return episode_text("title: x\ntopics:\n" + "".join(
        f"- topic: {json.dumps(n)}\n  keywords:\n  - chatgpt\n  - claude\n  mentions: 2\n" for n in names))


def test_a_misspelled_name_in_a_topic_is_found():
    assert _fields(_topics("Grock vs ChatGPT", "Deep Seek and the open models"), "misspelling") == [
        "topics[0].topic", "topics[1].topic"]


def test_lowercase_topics_and_keywords_are_quiet():
    assert _fields(_topics("open models", "chatgpt and claude", "Llama 4 and Gemini"), "misspelling") == []


# --- mojibake --------------------------------------------------------------------------------------

def _sloppy(s: str) -> str:
    """UTF-8 read as Windows-1252 (the bytes it lacks as Latin-1)."""
    return "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
                   for b in s.encode("utf-8"))


@pytest.mark.parametrize("sentence,word", [
    ("The team in Åland built it.", "Åland"),
    ("Agnieszka Dąbrowska runs the Warsaw office.", "Dąbrowska"),
    ("Kerem Koşar led the Turkish evals.", "Koşar"),
    ("Přemysl Šťastný joined from Prague.", "Přemysl"),
    ("Wiktoria Wąsowicz wrote the paper.", "Wąsowicz"),
])
def test_latin_letters_ftfy_leaves_alone_are_found(sentence, word):
    bad = _sloppy(word)
    text = _quote(sentence.replace(word, bad))
    found = [f for f in audit_text(text) if f.family == "mojibake"]
    assert [(f.field, f.evidence) for f in found] == [("quotes[0].text", bad)]
    assert found[0].message.endswith(f"reads {word!r}")


@pytest.mark.parametrize("text", [
    "Åsa and Äpfel and Öl: the Nordic and German test words.",
    "ÄÖÜ… and then the umlauts end.",
    "Agnieszka Dąbrowska and Kerem Koşar ran the evals.",
    "The ÉCOLE POLYTECHNIQUE team trained it — in Åland.",
    "Å… a letter and an ellipsis, then words.",
])
def test_correct_latin_text_is_quiet(text):
    assert _fields(_quote(text), "mojibake") == []
