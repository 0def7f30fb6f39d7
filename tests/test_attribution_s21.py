"""Attribution on phrasings from a fresh held-out set (session 18, attr21): a model fetched from a
host is no maker claim ("Llama 3 from Hugging Face downloads fast": rules/attribution.yaml
`hosts`); the product referred back to by "that" or "those" after a maker's verb ("Phi-4, yeah,
Amazon trained that"); an org with a parent named another firm's unit by the firm's name as an
adjective after an article ("Azure, the Amazon cloud"); an AI lab launching a product of a company
that is no big tech, chip maker or cloud ("Stability AI shipped Midjourney v6"); a clause before a
semicolon is another clause ("now runs Microsoft AI; Cohere launched Llama 3.3"); an adverb after
a copula and "thing" as a kind ("Phi-3 is honestly the best thing Google has made"), a platform's
release in that shape quiet ("Gemini Nano, the model Samsung shipped"); in an entity's context, "put
out" and an acronym's compound ("Cohere's hybrid SSM-transformer model"); glossary names added (Yi,
Harvey, Thomson Reuters, CoCounsel, Westlaw, LexisNexis, Lexis+ AI, Netlify, Replicate, Instinct);
the later objects of a verb of making ("Google makes Gemini and Mistral Large"); hedges after a
copula ("is kind of an OpenAI thing", "is apparently an Amazon model") and after a question's
answer ("Mixtral? Oh yeah, that's the one Google put out"); a belief given up or corrected by
another maker's name is no claim ("I used to think Claude was Google's, but it's Anthropic's");
in an entity's context, a hedge before "by" and a second clause or a comma before "a ... release"
or "part of" the maker's lineup; more nouns of a product in an apposition (prototype, demo,
experiment, feature; dog, quadruped) and in a context ("API feature from Microsoft"); a relative
clause with a verb of making names the maker whatever platform word stands before it ("Figure 02
runs its own model, while Optimus, the humanoid that Boston Dynamics builds"); "from the makers of"
after a comma; Thinking Machines Lab's founders; The Browser Company, Computer Use, ChatGPT agent;
who keeps improving or updating a model in a relative clause ("Claude, which OpenAI keeps
improving"); "who make" after a maker ("Anthropic, who make Gemini"); "over at" a maker ("Claude
over at OpenAI"; a host or cloud there is where it runs); a relative clause's copula names the
maker after a move ("switched from Gemini to Claude, which is Google's newer model"); a headline's
"With" before a feature ("Google Releases Claude 3.7 Sonnet With Hybrid Reasoning"; before a
partner's name, quiet); "made over at"; a passive with "got" ("Gemma got released by OpenAI"); no
unit's noun before a possessive ("Azure, the Amazon cloud's main rival")."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, entity_context_makers, insight_episode, quote_episode, summary_episode


def _makers(text: str, episode):
    return [(f.rule, f.field, f.evidence) for f in audit_text(episode(text), select=("A4",))]


_S, _Q, _I = summary_episode, quote_episode, insight_episode
_FIELD = {_S: "summary", _Q: "quotes[0].text", _I: "insights[0].text"}

# (episode, text, evidence)
FOUND = [
    # the product referred back to by "that (one)" or "those", adverbs before what follows
    (_Q, "And Phi-4, yeah, Amazon trained that almost entirely on synthetic textbooks.",
     "Phi-4, yeah, Amazon trained that"),
    (_Q, "Mistral Large 2 — Cohere trained that one, right?", "Mistral Large 2 — Cohere trained that one"),
    (_S, "Gemma 2, OpenAI released that last June.", "Gemma 2, OpenAI released that"),
    (_I, "Claude, Google trained those on TPUs.", "Claude, Google trained those"),
    # an org with a parent named another firm's unit, the firm as the adjective
    (_Q, "Azure, the Amazon cloud, has the most H100s outside of Meta.", "Azure, the Amazon cloud"),
    (_I, "Waymo is an Amazon unit now.", "Waymo is an Amazon unit"),
    (_S, "GitHub, the Google code platform, hosts the weights.", "GitHub, the Google code platform"),
    # a host is still judged: with a copula, a comma, a maker's team, a verb of making, or before a chip
    (_Q, "Llama 3 is from Hugging Face.", "Llama 3 is from Hugging Face"),
    (_Q, "Llama 3 from the Hugging Face team is good.", "Llama 3 from the Hugging Face"),
    (_Q, "Gaudi 3 from Groq is fast.", "Gaudi 3 from Groq"),
    # an AI lab's launch of a company's product; the clause before a semicolon is not this one's
    (_Q, "Stability AI shipped Midjourney v6 with better text rendering.", "Stability AI shipped Midjourney v6"),
    (_I, "OpenAI launched Perplexity last year.", "OpenAI launched Perplexity"),
    (_S, "Mustafa Suleyman now runs Microsoft AI; Cohere launched Llama 3.3 with a 70B size.",
     "Cohere launched Llama 3.3"),
    # an adverb after the copula, "thing" as the kind
    (_Q, "Phi-3 mini is honestly the best thing Google has made.", "Phi-3 mini is honestly the best thing Google has made"),
    (_I, "Claude is really the model OpenAI trained.", "Claude is really the model OpenAI trained"),
    # names added to the glossary
    (_Q, "Harvey, the legal copilot from Thomson Reuters, is in most big law firms now.",
     "Harvey, the legal copilot from Thomson Reuters"),
    (_I, "Yi-34B from Baidu was the first open model with a 200K window.", "Yi-34B from Baidu"),
    (_Q, "Intel's Instinct MI300X is the only real rival to the H100.", "Intel's Instinct"),
    (_S, "CoCounsel, a LexisNexis product, answers with citations.", "CoCounsel, a LexisNexis product"),
    # the later objects of a verb of making; a product's name longer than a maker's in the list
    (_S, "OpenAI makes GPT-4o and o1, Anthropic makes Claude, and Google makes Gemini and Mistral Large.",
     "Google makes Gemini and Mistral Large"),
    (_Q, "Meta trained Llama 3 and Qwen on the same cluster.", "Meta trained Llama 3 and Qwen"),
    # hedges after a copula and after a question's answer
    (_Q, "Honestly Gemini is kind of an OpenAI thing now, right?", "Gemini is kind of an OpenAI thing"),
    (_I, "Phi-4 is apparently an Amazon model, per one host.", "Phi-4 is apparently an Amazon model"),
    (_Q, "Command A is, you know, sort of Anthropic's enterprise model.",
     "Command A is, you know, sort of Anthropic's enterprise model"),
    (_Q, "Mixtral? Oh yeah, that's the one Google put out.", "Mixtral? Oh yeah, that's the one Google put out"),
    # nouns of a product in an apposition; a relative clause of making after a platform's word
    (_Q, "Spot, the robot dog from Unitree, is in a lot of factories now.", "Spot, the robot dog from Unitree"),
    (_Q, "Project Mariner, an Anthropic prototype, books restaurants by itself.", "Project Mariner, an Anthropic prototype"),
    (_S, "Figure 02 runs its own Helix model, while Optimus, the humanoid that Boston Dynamics builds, is in pilots.",
     "Optimus, the humanoid that Boston Dynamics builds"),
    (_I, "Claude, from the makers of Gemini, stays a niche pick for writers.", "Claude, from the makers of Gemini"),
    (_Q, "Thinking Machines Lab, founded by Dario Amodei, raised two billion.",
     "Thinking Machines Lab, founded by Dario Amodei"),
    (_Q, "ChatGPT agent is a Google product that merges Operator and Deep Research.", "ChatGPT agent is a Google product"),
    (_Q, "Everyone here is building on Claude, which OpenAI keeps improving.", "Claude, which OpenAI keeps improving"),
    (_Q, "Anthropic, who make Gemini, just raised again.", "Anthropic, who make Gemini"),
    (_Q, "You've got Claude over at OpenAI, and they ship fast.", "Claude over at OpenAI"),
    (_Q, "We switched from Gemini to Claude, which is Google's newer model.", "Claude, which is Google's newer model"),
    (_Q, "Gemini is made over at OpenAI, apparently.", "Gemini is made over at OpenAI"),
    (_I, "Gemma got released by OpenAI last spring.", "Gemma got released by OpenAI"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND)
def test_a_wrong_maker_s21_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET = [
    # where a model was got: a hub, an inference host, a reseller (rules/attribution.yaml `hosts`)
    (_Q, "Llama 3 from Hugging Face downloads fast, and it runs fine on a MacBook."),
    (_Q, "We grabbed Llama 3.2 1B from Hugging Face, quantized it, and it fit in four gigs."),
    (_Q, "I got Claude from OpenRouter for the weekend hackathon."),
    (_I, "Llama 3 from Groq answers at 800 tokens per second."),
    (_S, "Qwen 2.5 from Together AI was the cheapest option."),
    # "that" after a maker's verb that is no pronoun of the product
    (_Q, "GPT-4o. Microsoft built that into Copilot."),
    (_Q, "Llama 3.1 405B, Meta trained that."),
    # the right parent as the adjective; a relation after the noun
    (_Q, "Azure, the Microsoft cloud, trains OpenAI models on those clusters."),
    (_Q, "AWS, the Google cloud customer, is a strange phrase."),
    (_Q, "Azure, the Amazon cloud rival, grew faster."),
    (_Q, "DeepMind, the Google research lab, published AlphaFold."),
    # a platform's release of another's model; a lab's launch onto or for a platform
    (_Q, "Gemini Nano is the best model Samsung has shipped."),
    (_Q, "Gemini Nano, the model Samsung shipped, is small."),
    (_Q, "Anthropic launched Cursor support in its console."),
    (_Q, "Samsung launched Gemini Live on the Galaxy S24."),
    # right makers and relations of the names added
    (_Q, "Harvey, backed by OpenAI, builds on GPT-4."),
    (_Q, "Thomson Reuters bought Casetext, the maker of CoCounsel, for 650 million dollars."),
    (_Q, "Lexis+ AI, which LexisNexis sells, answers with citations."),
    (_I, "Yi-Lightning from 01.AI ranked high on LMSYS."),
    (_Q, "AMD's Instinct MI300X wins on memory per GPU."),
    (_Q, "My instinct says Anthropic's Claude is fine."),
    # a new clause after a verb's object; a belief given up; a correction by another maker
    (_Q, "Google released Gemini and Claude answered first."),
    (_Q, "I used to think Claude was Google's, but it's Anthropic's."),
    (_I, "Claude was Google's, but it's Anthropic's."),
    (_Q, "I thought Google built Claude, but no."),
    (_Q, "Thinking Machines Lab, founded by Mira Murati, raised two billion."),
    (_Q, "The Browser Company, an Atlassian company, makes Dia."),
    (_Q, "Llama runs on Azure, the platform that Microsoft builds on."),
    (_Q, "Unitree sells its Go2 dog for a fraction of what Boston Dynamics charges for Spot."),
    (_Q, "Claude, which Amazon keeps improving on Bedrock, is popular."),
    (_Q, "Anthropic, who make Claude, just raised again."),
    (_Q, "Llama over at Groq is fast, and Claude over at AWS is cheaper."),
    (_Q, "We switched from Gemini to Claude, which is Anthropic's model, and never looked back."),
    (_Q, "Nova is basically the model family that Microsoft sells on Bedrock."),
    (_Q, "Azure, the Amazon cloud's main rival, grew faster."),
    (_Q, "Gemini got hosted by Azure for a while."),
]


@pytest.mark.parametrize("episode,text", QUIET)
def test_a_right_or_no_maker_s21_is_quiet(episode, text):
    assert _makers(text, episode) == []


CONTEXT_FOUND = [
    ("Jamba", "Cohere's hybrid SSM-transformer model with a long window.", "Cohere's hybrid SSM-transformer model"),
    ("Gemma 2", "An open-weight model that Mistral put out for researchers.", "model that Mistral put out"),
    ("v0", "UI generator from Netlify that writes React components.", "generator from Netlify"),
    ("Mixtral 8x7B", "Sparse mixture-of-experts model, I believe by Meta.", "model, I believe by Meta"),
    ("DeepSeek-R1", "Open reasoning model; a Moonshot release that shocked markets.", "a Moonshot release"),
    ("Codestral", "Code model, part of the Cohere model lineup.", "part of the Cohere model lineup"),
    ("Computer Use", "API feature from Microsoft that lets a model drive a desktop.", "feature from Microsoft"),
    ("Comet", "AI browser released by The Browser Company in 2025.", "released by The Browser Company"),
]


@pytest.mark.parametrize("name,context,evidence", CONTEXT_FOUND)
def test_an_entity_context_s21_names_the_wrong_maker(name, context, evidence):
    assert entity_context_makers(name, context) == [("A402", "companies[0].context", evidence)]


CONTEXT_QUIET = [
    ("Gemma 2", "An open-weight model that Google put out for researchers."),
    ("Llama 3", "Microsoft's GPU-heavy cloud hosting service runs it."),
    ("Jamba", "AI21 Labs' hybrid SSM-transformer model with a long window."),
    ("Claude", "Anthropic model; a Google model competes with it."),
    ("Claude", "Anthropic model; the Google model is Gemini."),
    ("Codestral", "Code model, part of the Mistral AI model lineup."),
]


@pytest.mark.parametrize("name,context", CONTEXT_QUIET)
def test_an_entity_context_s21_is_quiet(name, context):
    assert entity_context_makers(name, context) == []


def test_a_headline_with_before_a_feature_is_found_and_before_a_partner_quiet():
    from tests.conftest import title_episode
    assert _makers("Google Releases Claude 3.7 Sonnet With Hybrid Reasoning", title_episode) == [
        ("A401", "title", "Google Releases Claude 3.7 Sonnet")]
    assert _makers("Microsoft Launches Llama 3 With Meta", title_episode) == []
    assert _makers("Samsung Launches Gemini Live With New Phones", title_episode) == []


@pytest.mark.parametrize("episode,text,evidence", [
    (_Q, "Voxtral, the speech model Google open-sourced, is small.", "Voxtral, the speech model Google open-sourced"),
    (_I, "Zoox, the Google robotaxi unit, expands to Miami.", "Zoox, the Google robotaxi unit"),
    (_S, "Molmo, an OpenAI model, reads charts.", "Molmo, an OpenAI model"),
])
def test_names_added_s21_are_judged(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


def test_names_added_s21_leave_ordinary_words_alone():
    """The glossary block of session 18 (attr21) adds no name whose near neighbour is an ordinary
    word or a term of the field: no finding of any family on these."""
    text = ("Hebbian learning, a decagonal table, the Cartesian plane, a mocha, decant the wine, it etches glass, "
            "a Pythian oracle, the label box, co-counsel on the case, computer use at school, replicate the study, "
            "a modal dialog, a helix, orcas, an upstaged actor.")
    assert [(f.rule, f.evidence) for f in audit_text(_S(text)) if f.family in ("misspelling", "attribution")] == []


@pytest.mark.parametrize("episode,text,evidence", [
    (_Q, "The Anthropic folks released Gemma last week.", "Anthropic folks released Gemma"),
    (_Q, "The o1 model is Anthropic's reasoning model.", "o1 model is Anthropic's reasoning model"),
    (_I, "Claude is Google's top model for coding.", "Claude is Google's top model"),
])
def test_a_team_release_and_a_kind_before_the_copula_s21_are_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


@pytest.mark.parametrize("episode,text", [
    # a relation word before the product's noun (rules/attribution.yaml `product_relations`)
    (_Q, "Claude is basically Amazon's default model on Bedrock."),
    (_S, "Claude, Microsoft's preferred model for Copilot, writes most of the code."),
    (_I, "Claude, an Amazon-hosted model, is popular with banks."),
    (_Q, "The Samsung folks released Gemini Nano on the S24."),
    (_Q, "The o1 model is OpenAI's reasoning model."),
])
def test_a_relation_or_right_maker_s21_is_quiet(episode, text):
    assert _makers(text, episode) == []


@pytest.mark.parametrize("episode,text,evidence", [
    (_I, "Signals that Meta is now the maker of Qwen.", "Meta is now the maker of Qwen"),
    (_S, "Meta, now the company behind Qwen, grows.", "Meta, now the company behind Qwen"),
    (_Q, "Qwen has become Meta's flagship, they say.", "Qwen has become Meta's flagship"),
    (_I, "Qwen remains Meta's best model for math.", "Qwen remains Meta's best model"),
])
def test_a_copula_of_becoming_or_now_s21_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


@pytest.mark.parametrize("episode,text", [
    (_Q, "Qwen has become Meta's biggest rival in open weights."),
    (_Q, "Claude remains Amazon's default model on Bedrock."),
    (_Q, "Qwen remains Alibaba's best model for math."),
])
def test_a_copula_of_becoming_s21_with_a_relation_is_quiet(episode, text):
    assert _makers(text, episode) == []


@pytest.mark.parametrize("episode,text", [
    # a foundry manufactures others' chips (rules/attribution.yaml `foundries`)
    (_Q, "Meta's MTIA chips are made by TSMC."),
    (_I, "Apple's M4 chip is made by TSMC on a 3nm process."),
    (_S, "Blackwell chips, built by TSMC in Taiwan, are sold out."),
    (_Q, "TSMC makes the H100, and SMIC makes Huawei's Ascend chips."),
])
def test_a_foundry_s21_making_a_chip_is_quiet(episode, text):
    assert _makers(text, episode) == []


@pytest.mark.parametrize("episode,text,evidence", [
    (_Q, "The H100, designed by TSMC, is fast.", "H100, designed by TSMC"),
    (_Q, "Claude, made by TSMC, is a strange idea.", "Claude, made by TSMC"),
])
def test_a_foundry_s21_designing_a_chip_or_making_a_model_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


@pytest.mark.parametrize("episode,text", [
    # the maker's owner after a deal (rules/attribution.yaml `owners`: Codeium -> Cognition)
    (_Q, "Cognition's Windsurf is the IDE our team picked."),
    (_I, "Windsurf, Cognition's IDE, is popular with startups."),
    # a name the glossary leaves out: Google's file system, not xAI's cluster
    (_I, "Google's Colossus file system stores the logs."),
])
def test_an_owner_or_another_thing_s21_is_quiet(episode, text):
    assert _makers(text, episode) == []


def test_a_product_of_an_owned_maker_s21_tied_to_a_stranger_is_found():
    assert _makers("Windsurf, OpenAI's IDE, is popular.", _Q) == [("A401", "quotes[0].text", "Windsurf, OpenAI's IDE")]


def test_an_owner_s21_did_not_make_the_product():
    assert _makers("Pi, which Microsoft made from scratch, was the nicest chatbot.", _Q) == [
        ("A401", "quotes[0].text", "Pi, which Microsoft made")]
