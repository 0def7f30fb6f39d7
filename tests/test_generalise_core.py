"""Generalisation of the four core families (misspelling, attribution, not-mentioned, mojibake),
found by probes of fresh cases written in the style of the enrichment pipeline: each fix with
cases both ways (what it finds, what must stay quiet)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _entity(context: str, name: str = "Globex", confidence: str = "low", position: int | None = None) -> str:
    where = f"  position: {position}\n" if position is not None else "  source: llm_enhanced\n"
    return episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: tech\n"
                        f"  confidence: {confidence}\n  context: {json.dumps(context)}\n{where}")


def _quote(text: str) -> str:
    return episode_text(f"title: x\nquotes:\n- text: {json.dumps(text)}\n")


def _family(findings, family):
    return [f for f in findings if f.family == family]


# --- not-mentioned: phrasings -----------------------------------------------------------------

NOT_MENTIONED = [
    ("The speakers do not refer to this company by name.", "do not refer to"),
    ("Never referred to directly; added because of the Gemini discussion.", "Never referred to"),
    ("Not spoken about in the episode itself.", "Not spoken about"),
    ("Not talked about; listed as the parent of YouTube.", "Not talked about"),
    ("Name was never said aloud in the episode.", "never said aloud"),
    ("Included for context although it never comes up.", "never comes up"),
    ("Mentioned only by implication (the 'search giant').", "Mentioned only by implication"),
    ("Implicit reference only: the speakers talk about 'the search company'.", "Implicit reference"),
    ("Assumed from context; the guest doesn't say the company's name.", "n't say the company's name"),
    ("Absent from the dialogue, but relevant to the topic.", "Absent from the dialogue"),
    ("Omitted from the conversation; added by association.", "Omitted from the conversation"),
    ("Not in the transcript.", "Not in the transcript"),
    ("Appears to be inferred rather than mentioned.", "inferred rather than mentioned"),
    ("No one in the episode mentions it by name.", "No one in the episode mentions"),
    ("The hosts did not mention its name.", "did not mention"),
    ("The transcript never mentions the company.", "transcript never mentions"),
    ("The speakers never bring it up.", "never bring it up"),
    ("Indirectly implied via the Azure discussion.", "Indirectly implied"),
    ("Not part of the conversation; inferred.", "Not part of the conversation"),
    ("Was not part of this episode's discussion.", "not part of this episode's discussion"),
    # session 7: fresh dev and held-out probes of the core helper
    ("Appears only in the episode metadata.", "only in the episode metadata"),
    ("Only appears in the episode description.", "Only appears in the episode description"),
    ("Included from the show notes, not the audio.", "Included from the show notes"),
    ("Mention is implied, not explicit.", "Mention is implied"),
    ("Derived from context rather than stated.", "Derived from context rather than stated"),
    ("Speakers only allude to it.", "only allude to"),
    ("The conversation never touches on this company.", "conversation never touches on"),
    ("Name not spoken; inferred from context.", "not spoken"),
    ("Possibly referenced, but not by name.", "but not by name"),
    ("The guest alludes to it without naming it.", "without naming it"),
    ("Referenced only via its product.", "only via its"),
    ("Unnamed in the audio; added from the description.", "Unnamed in the audio"),
    ("Indirect reference only.", "Indirect reference"),
    ("Implicit: the guest talks about 'the search engine'.", "Implicit"),
    ("Nobody brings it up.", "Nobody brings it up"),
    ("Neither speaker refers to this company.", "Neither speaker refers to"),
    ("Not part of what the hosts discussed.", "Not part of what"),
    ("Mentioned nowhere; listed because of the topic.", "Mentioned nowhere"),
    ("Listed only because of the episode title.", "Listed only because of the episode title"),
    ("No explicit naming of the company occurs.", "No explicit naming"),
    ("Not said explicitly; implied by the chip discussion.", "Not said explicitly"),
    ("Not explicitly identified in the episode.", "Not explicitly identified"),
    ("No mention found.", "No mention"),                   # a verb after the noun, no object
    ("No explicit reference exists.", "No explicit reference"),
    ("Likely inferred from the topic.", "inferred from the topic"),
    ("Appears in the description, not the audio.", ", not the audio"),
]


@pytest.mark.parametrize("context,evidence", NOT_MENTIONED)
def test_not_mentioned_phrasings_are_found(context, evidence):
    found = _family(audit_text(_entity(context)), "not-mentioned")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("N201", "companies[0].context", evidence)]


QUIET_CONTEXTS = [
    "Mentioned, not merely implied.",                       # says the opposite
    "Not only mentioned but praised as the best lab.",      # "not only" is no denial
    "Discussed; the hosts did not mention its valuation.",  # a thing it has, not the entity
    "Named as Meta's partner; financial details not mentioned.",  # a thing that is no entity
    "The transcript never mentions the deal terms.",
    "Mentioned explicitly; the price was not discussed.",
    "Mentioned; the host did not bring up its valuation.",
    "Mentioned with its CEO, who was not named.",          # a relative clause on a thing it has
    "Discussed at length; its pricing was not part of the discussion.",
    # session 7: fresh dev and held-out probes of the core helper
    "Not mentioned as a competitor, but discussed as a partner.",   # a role it was not named in
    "Named as a rival; not mentioned as a customer, but named as a partner.",
    "The hosts discuss why it is not mentioned more often in the press.",  # outside the episode
    "Mentioned as an investor that was not named in the filing.",
    "Mentioned; no reference to its pricing was made.",             # a thing it has
    "Discussed, with no mention of its layoffs.",
    "Discussed in detail; no mention of layoffs was made.",         # a bare noun, no entity
    "Named by the guest; the deal value was not discussed.",        # two words after "the"
    "Mentioned as having no reference design.",                     # a noun compound
    "Mentioned, and its CEO's name is not mentioned.",
    "Mentioned; the speakers did not cite any numbers.",            # an object that is no entity
    "Mentioned as the employer of a guest who was not named.",      # a clause on another noun
]


@pytest.mark.parametrize("context", QUIET_CONTEXTS)
def test_statements_about_something_else_or_the_opposite_stay_quiet(context):
    assert _family(audit_text(_entity(context)), "not-mentioned") == []


# --- misspelling --------------------------------------------------------------------------------

MISSPELLED = [
    # a joined name of two words with one slip
    ("Hugginface hosts the weights.", "M303", "Hugginface", "Hugging Face"),
    # a hyphen inside a name of letters is an error, also at the start of a sentence
    ("Open-AI's board fired him.", "M301", "Open-AI", "OpenAI"),
    ("Hugging-Face hosts the weights.", "M302", "Hugging-Face", "Hugging Face"),
    # a known misspelling joined to its version number by a hyphen
    ("We fine-tuned Lama-3 on tickets.", "M301", "Lama", "Llama"),
    # G and J sound alike to ASR
    ("We talked about Jeoffrey Hinton for a while.", "M303", "Jeoffrey Hinton", "Geoffrey Hinton"),
    # words that share a hyphenated part of the name
    ("We talked about Fei Fei Lee for a while.", "M303", "Fei Fei Lee", "Fei-Fei Li"),
    # a possessive without its apostrophe, on a misspelled name
    ("Antrophics constitution approach is interesting.", "M303", "Antrophics", "Anthropic's"),
    ("Deep Seeks efficiency gains reset expectations.", "M301", "Deep Seeks", "DeepSeek's"),
    # session 7: fresh dev and held-out probes of the core helper
    # ASR sound-alikes: same sound key, same first two and last letters, two edits
    ("I think Gemnai is underrated.", "M303", "Gemnai", "Gemini"),
    ("Hugging Phase is where the weights live.", "M303", "Hugging Phase", "Hugging Face"),
    # a model word one slip off after the family's name
    ("Try Gemini Flahs for the cheap tier.", "M303", "Gemini Flahs", "Gemini Flash"),
    # the "AI" after an organisation's name in wrong casing
    ("Cohere Ai sells to enterprises.", "M302", "Cohere Ai", "Cohere AI"),
    # capitals spelled out, and a lowercase start before capitals
    ("Open A.I. changed its structure.", "M302", "Open A.I.", "OpenAI"),
    ("My mom uses Chat G P T for recipes.", "M302", "Chat G P T", "ChatGPT"),
    ("The openAI team published a paper.", "M302", "openAI", "OpenAI"),
    ("Everyone on the team uses chatGPT.", "M302", "chatGPT", "ChatGPT"),
    # a lowercase L for the capital i in a lowercase-led name
    ("xAl trained Grok on Colossus.", "M301", "xAl", "xAI"),
    # an organisation's own name before "Corporation" stays a misspelling
    ("Nvidea Corporation reported earnings.", "M303", "Nvidea", "Nvidia"),
    ("Everyone uses openai now.", "M302", "openai", "OpenAI"),   # no command before it
]


@pytest.mark.parametrize("text,rule,evidence,replacement", MISSPELLED)
def test_unseen_misspelling_shapes_are_found(text, rule, evidence, replacement):
    found = _family(audit_text(_quote(text)), "misspelling")
    assert [(f.rule, f.field, f.evidence, f.fix.edits[0].replacement) for f in found] == [
        (rule, "quotes[0].text", evidence, replacement)]


QUIET_TEXTS = [
    "Dr. Lama Nachman leads the lab.",     # a title makes it a person's first name
    "Prof. Lama Nachman spoke.",
    "The Karpaty Mountains are in Poland.",  # a surname-like word that is part of another name
    "Sales force grew by a third.",         # two common words that may be meant
    "Pichu is a Pokemon.",                  # a name and "is": no possessive
    "Llamas graze on the hill.",            # an accepted name and "s": a plural
    "Qwen2.5-Coder-32B is good.",           # no fuzzy guess on the word before a number's hyphen
    "Lama Rod Owens teaches meditation.",   # a word that is also a name, before another name
    "We had tea at Lama Dog in Berlin.",
    "Gemini2 and Claude 3 and Llama-3 are written freely.",  # style next to a number stays quiet
    # session 7: fresh dev and held-out probes of the core helper
    "The Altmann family owns a bakery.",        # a surname after "the", before "family"
    "Patch by Filip Gruszczynski and Claudiu Popa.",  # sounds like Claude, ends otherwise
    "Alecs King fixed a typo.",
    "Codecs and Initial settings are documented.",    # English words: no sound-alike
    "Cerberus guards the underworld; Clyde and Imogen watched.",
    "Minstrel 3 is a game; Clyde 2 is a sequel.",    # English words before a number: no sound-alike
    "Friedman family money funds it.",               # a person has no "family" of models
    "Hugging faces is how babies bond.",
    "Gemini Flash is cheap; Gemini Pro is not.",
    "Gemini Fresh is a brand of soap.",               # an English word after the family name
    "We use iPhone and macOS builds.",                # an accepted lowercase start
    "Call getValue and setUp in the tests.",          # camel case that is no glossary name
    "The U.S. and the E.U. regulate AI.",             # spelled-out letters of no name
    "She studied at M.I.T. in Boston.",               # an acronym's letters with dots: a style
    "Run pip install openai anthropic first.",        # package and module names
    "Then import anthropic and call it.",
    "A Mid-journey break and Open-source code.",      # ordinary compounds
    "Qwin Industries makes bolts.",                   # a product's misspelling before an org's suffix word
    "Ai Weiwei is an artist.",                        # "Ai" after no organisation
]


@pytest.mark.parametrize("text", QUIET_TEXTS)
def test_names_of_other_things_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "misspelling") == []


def test_a_known_misspelling_before_a_word_of_a_glossary_name_stays_flagged():
    found = _family(audit_text(_quote("We made the Lama Scout and Maverick models certain sizes.")), "misspelling")
    assert [(f.rule, f.evidence) for f in found] == [("M301", "Lama")]


def test_a_short_english_word_as_entity_name_is_no_misspelling_without_a_number():
    quiet = audit_text(_entity("Fictional company used as an example.", name="Acme", confidence="high"))
    assert _family(quiet, "misspelling") == []
    # a short non-word name close to a glossary name stays flagged
    found = _family(audit_text(_entity("Open model family from Alibaba.", name="Qwem", confidence="high")),
                    "misspelling")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("M303", "companies[0].name", "Qwem")]


# --- attribution --------------------------------------------------------------------------------

WRONG_MAKER = [
    ("Phi-4, Google's small model, beats much larger ones.", "Phi-4, Google's small model"),
    ("Veo, OpenAI's video model, is impressive.", "Veo, OpenAI's video model"),
    ("OpenAI released Llama 4 last spring.", "OpenAI released Llama 4"),
    ("Gemma was unveiled by OpenAI.", None),
    ("Codex is Anthropic's coding agent.", "Codex is Anthropic's coding agent"),
    ("The H200, AMD's newest GPU, has 141 GB.", "H200, AMD's newest GPU"),
    # session 7: fresh dev and held-out probes of the core helper
    ("Mistral, Google's French model, is open weights.", "Mistral, Google's French model"),
    ("ChatGPT maker Google announced memory.", "ChatGPT maker Google"),
    ("Claude developer OpenAI raised money.", "Claude developer OpenAI"),
    ("Trainium chips from Google power Anthropic.", "Trainium chips from Google"),
    ("Anthropic's flagship, GPT-4o, is fast.", "Anthropic's flagship, GPT-4o"),
]


@pytest.mark.parametrize("text,evidence", WRONG_MAKER)
def test_wrong_maker_shapes_are_found(text, evidence):
    found = _family(audit_text(_quote(text)), "attribution")
    assert [f.rule for f in found] == ["A401"]
    assert found[0].field == "quotes[0].text"
    if evidence is not None:
        assert found[0].evidence == evidence


RIGHT_OR_NO_CLAIM = [
    "Meta released Llama 4 in April.",
    "Amazon released Claude models on Bedrock.",       # a platform move, not the maker
    "Microsoft introduced Claude models in Copilot.",
    "Apple released ChatGPT integration in iOS 18.",   # a feature, not the product
    "Samsung launched Gemini Live on the Galaxy S25.",  # "launched": platforms launch others' models
    "Gemini, OpenAI's rival model, is multimodal.",    # a comparison
    "Claude is OpenAI's main competitor product.",
    "Codex is OpenAI's coding agent.",
    "Veo, Google's video model, is impressive.",
    "The H200, Nvidia's newest GPU, has 141 GB.",
    # session 7: fresh dev and held-out probes of the core helper
    "Mistral, the French lab, released Magistral.",
    "Gemini, Google's French model, is multilingual.",   # the right maker
    "ChatGPT maker OpenAI raised again.",
    "Mistral models from Azure and AWS are available.",  # a cloud serves others' models
    "Llama models from Azure run in our region.",
    "Google's rival model, Claude, is careful.",         # a comparison between
    "Anthropic's models, Claude and Gemini, were compared.",  # not one thing: a list
]


@pytest.mark.parametrize("text", RIGHT_OR_NO_CLAIM)
def test_right_makers_and_comparisons_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "attribution") == []


ENTITY_WRONG_MAKER = [
    ("Grok", "Anthropic's chatbot with real-time access to X.", "Anthropic's chatbot"),
    ("Sora", "Google's text-to-video model.", "Google's text-to-video model"),
    ("Copilot", "An AI coding assistant by Amazon.", "assistant by Amazon"),
    ("Phi", "Small language model from Meta.", "model from Meta"),
    ("Copilot", "Google's coding service.", "Google's coding service"),  # "service" is a kind, no move
    ("Grok", "Chatbot from Anthropic integrated into X.", "Chatbot from Anthropic"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITY_WRONG_MAKER)
def test_entity_context_naming_the_wrong_maker_is_found(name, context, evidence):
    found = _family(audit_text(_entity(context, name=name, confidence="high")), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A402", "companies[0].context", evidence)]


ENTITY_RIGHT_MAKER = [
    ("GPT-4o", "Microsoft Azure model catalog listing."),              # a cloud: where it runs
    ("Claude", "Amazon Bedrock model for enterprise customers."),     # a platform: capitalised words between
    ("Claude", "OpenAI's rival model, per the guest."),                # a comparison
    ("Llama", "Meta's open model; hosted by Microsoft Azure and AWS."),
    ("Copilot", "Microsoft's coding assistant built on OpenAI models."),
    ("Gemini", "Google's text-to-video and chat model family."),
    ("Cursor", "Anysphere's editor; uses models from Anthropic and OpenAI."),  # what it runs on
]


@pytest.mark.parametrize("name,context", ENTITY_RIGHT_MAKER)
def test_entity_context_with_the_right_maker_or_no_claim_stays_quiet(name, context):
    assert _family(audit_text(_entity(context, name=name, confidence="high")), "attribution") == []


# --- mojibake -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,evidence,repaired", [
    ("ChatGPTâ„¢ and the future of search", "ChatGPTâ„¢", "ChatGPT™"),
    ("Water boils at 100â„ƒ.", "100â„ƒ.", "100℃."),
])
def test_letterlike_symbols_read_as_cp1252_are_mojibake(text, evidence, repaired):
    found = _family(audit_text(_quote(text)), "mojibake")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("U101", "quotes[0].text", evidence)]
    assert found[0].fix.applicability == "safe" and repr(repaired) in found[0].fix.description


def test_correct_letterlike_symbols_stay_quiet():
    assert _family(audit_text(_quote("ChatGPT™ at 100℃, № 5, and „quoted“ text.")), "mojibake") == []
