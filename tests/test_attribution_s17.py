"""Attribution on phrasings from a fresh held-out set (session 17, attr17): an apposition between
dashes with the maker as its adjective, a spoken aside naming the maker ("AlphaGo, that was Meta,
right?"), verbs of first showing in a relative clause ("the video model that xAI showed off"), a
maker's name as the product's attributive noun ("the Meta Gemini app", "the OpenAI model Gemini",
"a Google model called Claude"), a summary's bold label "**Claude - Google**", square brackets,
"courtesy of", "made in-house at", "a team at", "Google's engineers built Claude", a launch or a
baby as an apposition, a big-tech company's app launched by another maker of models, and glossary
gaps (Devin, Maia, Ironwood, Gemini Code Assist). Quiet: a claim asked and answered "No", or
reported and taken back ("..., but no"), named as a myth, items after a possessive joined by
commas alone ("Unlike Google's Gemini, Claude ..."), rivalry nouns after the product. Each case
both ways, through the real rules: the field, the evidence and the maker the fix names."""

from __future__ import annotations

import pytest

from tests.conftest import (
    audit_text, entity_context_makers, insight_episode, quote_episode, summary_episode,
    title_episode,
)


def _findings(text: str, episode):
    return [(f.rule, f.field, f.evidence, f.fix.description if f.fix else None)
            for f in audit_text(episode(text), select=("A4",))]


def _makers(text: str, episode):
    return [(f.rule, f.field, f.evidence) for f in audit_text(episode(text), select=("A4",))]


_S, _Q, _T, _I = summary_episode, quote_episode, title_episode, insight_episode
_FIELD = {_S: "summary", _Q: "quotes[0].text", _T: "title", _I: "insights[0].text"}

# (episode, text, evidence)
FOUND = [
    # an apposition between dashes, the maker as its adjective
    (_I, "Gemini 2.5 Pro - the OpenAI flagship - now tops most long-context leaderboards.",
     "Gemini 2.5 Pro - the OpenAI flagship"),
    # a spoken aside that names the maker
    (_Q, "AlphaGo, that was Meta, right? The Go thing with Lee Sedol.", "AlphaGo, that was Meta"),
    (_Q, "Sora -- it's Google's. Everybody knows that.", "Sora -- it's Google's"),
    # verbs of first showing close a relative clause
    (_I, "Veo 3, the video model that xAI showed off, was cited as the leap.", "Veo 3, the video model that xAI showed off"),
    # the maker's name as the product's attributive noun, a kind between or not
    (_Q, "And the Meta Gemini app just got this new deep research mode.", "Meta Gemini"),
    (_T, "Why The Meta Gemini App Matters", "Meta Gemini"),
    (_I, "The OpenAI model Gemini handles video natively.", "OpenAI model Gemini"),
    (_Q, "There's a Google model called Claude that my whole team uses.", "Google model called Claude"),
    (_I, "The Anthropic models Claude and Gemini lead the pack.", "Anthropic models Claude and Gemini"),
    # a summary's bold label, square brackets
    (_S, "*   **Claude - Google**: praised for coding.", "Claude - Google"),
    (_I, "Claude [Google] writes the best legal memos.", "Claude [Google]"),
    # "courtesy of", "made in-house at", "a team at"
    (_I, "Gemini, courtesy of Anthropic, handles video.", "Gemini, courtesy of Anthropic"),
    (_I, "Gemini was built in-house at OpenAI over two years.", "Gemini was built in-house at OpenAI"),
    (_Q, "Gemini — made at Anthropic — handles video.", "Gemini — made at Anthropic"),
    (_I, "Gemini was created by a team at OpenAI.", "Gemini was created by a team at OpenAI"),
    # the maker's people as a making verb's subject
    (_Q, "Google's engineers built Claude from scratch.", "Google's engineers built Claude"),
    # a launch, a baby as the apposition's noun; an in-house qualifier
    (_I, "Gemini was OpenAI's big launch this year.", "Gemini was OpenAI's big launch"),
    (_Q, "Gemini, Anthropic's baby, handles video.", "Gemini, Anthropic's baby"),
    (_I, "OpenAI's in-house Gemini model handles video.", "OpenAI's in-house Gemini"),
    # a big-tech company's app launched by another maker of models
    (_I, "Microsoft shipped NotebookLM.", "Microsoft shipped NotebookLM"),
    (_Q, "Meta launched Alexa last year.", "Meta launched Alexa"),
    # a chip maker's name before a rival's chip
    (_I, "The AMD H100 is the chip everyone wants.", "AMD H100"),
    # a cloud's possessive of another cloud's chip
    (_I, "Azure's Trainium chips are cheap.", "Azure's Trainium"),
    # glossary: Devin, Maia, Ironwood, Gemini Code Assist
    (_Q, "Devin, which Replit built, was the first so-called AI software engineer.", "Devin, which Replit built"),
    (_I, "Maia, Google's custom accelerator, is meant to cut the dependence on Nvidia.", "Maia, Google's custom accelerator"),
    (_I, "Nvidia's Ironwood TPU changes inference economics.", "Nvidia's Ironwood"),
    (_I, "Gemini Code Assist, OpenAI's coding tool, is free for students.", "Gemini Code Assist, OpenAI's coding tool"),
    # glossary: AlphaCode, Amazon Q
    (_I, "AlphaCode, from OpenAI, competes in programming contests.", "AlphaCode, from OpenAI"),
    (_Q, "Amazon Q, Microsoft's assistant, helps developers.", "Amazon Q, Microsoft's assistant"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND)
def test_a_wrong_maker_s17_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET = [
    # the same shapes with the right maker
    (_I, "Gemini 2.5 Pro - the Google DeepMind flagship - now tops most long-context leaderboards."),
    (_Q, "AlphaGo, that was DeepMind, right? The Go thing with Lee Sedol."),
    (_I, "Veo 3, the video model that Google showed off, was cited as the leap."),
    (_Q, "And the Google Gemini app just got this new deep research mode."),
    (_I, "The Google model Gemini handles video natively."),
    (_S, "*   **Claude - Anthropic**: praised for coding."),
    (_I, "Claude [Anthropic] writes the best legal memos."),
    (_I, "Gemini, courtesy of Google, handles video."),
    (_I, "Devin, which Cognition built, was the first so-called AI software engineer."),
    (_I, "Maia, Microsoft's custom accelerator, is meant to cut the dependence on Nvidia."),
    (_I, "Google launched NotebookLM."),
    # a comparison or an aside that is no maker
    (_I, "Gemini 2.5 Pro — a rival OpenAI model — tops lists."),
    (_Q, "We used Claude, it was AWS, mostly."),
    (_Q, "I like Claude, that was Anthropic's best year."),
    # a platform's move, a relation, a list without commas, another name before the maker
    (_I, "We pay for the Microsoft GPT-4 deployment."),
    (_I, "The Amazon Claude models on Bedrock are cheap."),
    (_I, "Azure OpenAI GPT-4 is fine for most teams."),
    (_I, "The OpenAI Claude comparison was unfair."),
    (_I, "The OpenAI Gemini rivalry is heating up."),
    (_I, "Samsung Gemini phones sold well."),
    (_I, "Samsung showed off Gemini Live on the Galaxy S25."),
    (_I, "OpenAI launched Android apps for ChatGPT."),
    (_I, "Install the Nvidia Llama NIM container."),
    (_I, "Cerebras Llama inference is fast."),
    # a claim asked and answered, reported and taken back, or named as a myth
    (_Q, "Is Grok made by Anthropic? No, no, Grok is Elon's, it's xAI."),
    (_Q, "People keep saying Meta made Mistral, but no, Mistral is a French startup."),
    (_I, "The idea that OpenAI built Gemini is wrong."),
    # items after a possessive joined by commas alone: a fronted phrase, no list
    (_I, "Unlike Google's Gemini, Claude has no image output."),
]


@pytest.mark.parametrize("episode,text", QUIET)
def test_a_right_maker_or_no_claim_s17_stays_quiet(episode, text):
    assert _findings(text, episode) == []


def test_a_possessive_list_joined_by_and_is_still_a_list():
    assert _makers("Google's Gemini, Veo and Claude all shipped this spring.", _I) == [
        ("A401", "insights[0].text", "Google's Gemini, Veo and Claude")]


def test_a_headline_war_after_a_list_is_no_relation():
    # the rivalry nouns stand right after the product, not after "and the Price"
    assert _makers("DeepSeek's Qwen and the Price War in Open Models", _T) == [
        ("A401", "title", "DeepSeek's Qwen")]


_entity = entity_context_makers


def test_an_entity_context_with_a_first_showing_verb_is_found():
    assert _entity("Veo 3", "The video model that xAI showed off, cited as the biggest leap.") == [
        ("A402", "companies[0].context", "model that xAI showed off")]
    assert _entity("Veo 3", "The video model that Google showed off, cited as the biggest leap.") == []


def test_a_maker_before_a_product_in_an_entity_name_stays_a402_s():
    found = _entity("Google Claude", "A chatbot discussed for coding.")
    assert [r for r, _, _ in found] == ["A402"]


# round two: a colon before the claim, a hyphenated qualifier; quiet: two lists paired
# "respectively", "by" a maker's measure
FOUND_2 = [
    (_S, "**Gemini:** an OpenAI model for video.", "Gemini:** an OpenAI model"),
    (_S, "**Gemini:** built by OpenAI for video.", "Gemini:** built by OpenAI"),
    (_I, "OpenAI's long-awaited Gemini 3 arrived.", "OpenAI's long-awaited Gemini 3"),
    (_I, "Anthropic's next-gen Gemini handles video.", "Anthropic's next-gen Gemini"),
    # a release to everyone is no platform's move
    (_I, "Meta has released Claude 4 to the public.", "Meta has released Claude 4"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND_2)
def test_a_wrong_maker_s17_after_a_colon_or_qualifier_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET_2 = [
    (_I, "Anthropic, OpenAI and Google released Claude 3, GPT-4o and Gemini respectively."),
    (_I, "Gemini: by OpenAI's count, slower than GPT-4o."),
    (_Q, "Grok by Anthropic's count is the edgiest model."),
    (_S, "**Gemini:** a Google model for video."),
    # a maker's view after "from", guesses listed in asides
    (_I, "Gemini, from OpenAI's perspective, is the main threat."),
    (_I, "Microsoft rolled out GPT-4o to everyone in Copilot."),
    (_Q, "Llama, run by Groq, is the fastest option."),
    (_Q, "Gemini Nano is what Samsung shipped to Galaxy phones."),
    (_Q, "Gemini is what Samsung shipped to compete with Apple."),
    # what a company plans, prices or sells around another's product, right after it
    (_I, "Amazon's Claude strategy depends on Bedrock."),
    (_I, "Microsoft's GPT-4 pricing on Azure is lower."),
    (_I, "Samsung's Gemini features sell phones."),
    (_I, "Google's Llama support in Vertex is new."),
    (_I, "Salesforce's Claude adoption grew."),
    # a cloud's possessive of a model: what it serves
    (_I, "AWS's Claude is popular with banks."),
    (_I, "Azure's GPT-4o is popular with banks."),
    (_Q, "Everybody uses ChatGPT, it's Microsoft, it's Google, everyone."),
]


@pytest.mark.parametrize("episode,text", QUIET_2)
def test_paired_lists_and_measures_s17_stay_quiet(episode, text):
    assert _findings(text, episode) == []


# an entity's context: a word for one product at its start, a relative clause with no pronoun at
# its start, the maker as the adjective after "as"
CONTEXT_FOUND = [
    ("Gemini", "OpenAI's flagship, mentioned for long context.", "OpenAI's flagship"),
    ("Gemini", "Mentioned as OpenAI's answer to Claude.", "Mentioned as OpenAI's answer"),
    ("Gemini", "The model OpenAI released last year, mentioned for long context.", "The model OpenAI released"),
    ("Gemini", "Referenced as the Microsoft-built multimodal model.", "Referenced as the Microsoft-built multimodal model"),
]


@pytest.mark.parametrize("name,context,evidence", CONTEXT_FOUND)
def test_an_entity_context_naming_another_maker_s17_is_found(name, context, evidence):
    assert _entity(name, context) == [("A402", "companies[0].context", evidence)]


CONTEXT_QUIET = [
    ("Gemini", "Google's flagship, mentioned for long context."),
    ("Gemini", "The model Google released last year, mentioned for long context."),
    ("Llama", "The model Microsoft released on Azure for enterprise customers."),
    ("Llama", "Mentioned as the Microsoft-hosted model."),
    ("Gemini", "Described as OpenAI-compatible model."),
]


@pytest.mark.parametrize("name,context", CONTEXT_QUIET)
def test_an_entity_context_with_the_right_maker_or_a_platform_s17_stays_quiet(name, context):
    assert _entity(name, context) == []


# the maker, then the product's maker-noun in an apposition
MAKER_NOUN_FOUND = [
    (_I, "Anthropic, the ChatGPT maker, raised again.", "Anthropic, the ChatGPT maker"),
    (_Q, "Anthropic, ChatGPT's creator, raised again.", "Anthropic, ChatGPT's creator"),
    (_S, "Anthropic (ChatGPT's maker) raised again.", "Anthropic (ChatGPT's maker"),
]


@pytest.mark.parametrize("episode,text,evidence", MAKER_NOUN_FOUND)
def test_a_maker_named_as_another_product_s_maker_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


@pytest.mark.parametrize("text", [
    "OpenAI, the ChatGPT maker, raised again.",
    "Microsoft, the ChatGPT maker's biggest investor, raised again.",
    "Investors include Google, the Claude maker Anthropic's second-largest backer.",
])
def test_a_right_maker_noun_or_an_investor_stays_quiet(text):
    assert _findings(text, _I) == []


# founding claims: rules/attribution.yaml `founders` lists who founded an org; a person of the
# glossary named as a founder of a listed org they did not found is a wrong attribution
FOUNDER_FOUND = [
    (_I, "OpenAI co-founder Dario Amodei left to start Anthropic.", "OpenAI co-founder Dario Amodei"),
    (_Q, "Mustafa Suleyman, co-founder of OpenAI, said so.", "Mustafa Suleyman, co-founder of OpenAI"),
    (_S, "Anthropic, founded by Sam Altman, raised again.", "Anthropic, founded by Sam Altman"),
    (_I, "Dario Amodei co-founded OpenAI in 2015.", "Dario Amodei co-founded OpenAI"),
    (_Q, "Demis Hassabis, OpenAI co-founder, spoke first.", "Demis Hassabis, OpenAI co-founder"),
    (_I, "Sam Altman (co-founder of Anthropic) spoke first.", "Sam Altman (co-founder of Anthropic"),
    (_Q, "Dario Amodei (OpenAI co-founder) spoke first.", "Dario Amodei (OpenAI co-founder"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUNDER_FOUND)
def test_a_founding_claim_of_a_non_founder_is_found(episode, text, evidence):
    found = audit_text(episode(text), select=("A4",))
    assert [(f.rule, f.field, f.evidence, f.fix) for f in found] == [("A401", _FIELD[episode], evidence, None)]
    assert "is not among the founders of" in found[0].message


FOUNDER_QUIET = [
    "Anthropic co-founder Dario Amodei spoke.",
    "Dario Amodei (Anthropic co-founder) spoke.",
    "Mustafa Suleyman, co-founder of DeepMind, spoke.",
    "Anthropic, founded by Dario Amodei, raised again.",
    "Dario Amodei, who co-founded Anthropic after leaving OpenAI, spoke.",
    "Elon Musk, an OpenAI co-founder, sued.",
    "Ilya Sutskever, OpenAI co-founder and former chief scientist, started SSI.",
    "Anthropic, founded by former OpenAI VP Dario Amodei, raised again.",
    "xAI co-founder Sam Altman",  # an org not listed is never judged
    "Former OpenAI researchers founded Anthropic.",
]


@pytest.mark.parametrize("text", FOUNDER_QUIET)
def test_a_right_or_unjudged_founding_claim_stays_quiet(text):
    assert _findings(text, _I) == []
