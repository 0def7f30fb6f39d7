"""Attribution on phrasings from an independent held-out probe (session 16, attr16): a maker's
possessive without its apostrophe, a person entity whose context opens with a role at another
org, buying and owning ("Google bought GitHub", "Owner of GitHub: Google", "AWS's owner,
Microsoft"), a lab of a company as the place of making, launches by any maker of models and
roll-outs "to compete", a property or a software stack of another maker. Each case both ways,
through the real rules: the field, the evidence and the maker the fix names."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text, insight_episode, quote_episode, summary_episode, title_episode


def _findings(text: str, episode):
    return [(f.rule, f.field, f.evidence, f.fix.description if f.fix else None)
            for f in audit_text(episode(text), select=("A4",))]


_S, _Q, _T, _I = summary_episode, quote_episode, title_episode, insight_episode
_FIELD = {_S: "summary", _Q: "quotes[0].text", _T: "title", _I: "insights[0].text"}

# (episode, text, evidence, the right maker the fix names)
FOUND = [
    # a possessive without its apostrophe
    (_S, "Googles Claude 3.7 Sonnet is the coding favourite this year.", "Googles Claude 3.7 Sonnet", "Anthropic"),
    (_I, "Teams should try Metas Qwen models for multilingual work.", "Metas Qwen", "Alibaba"),
    (_Q, "Honestly, AMDs H200 is the one everybody wants.", "AMDs H200", "Nvidia"),
    # buying and owning
    (_T, "How Amazon Bought LinkedIn and Changed Recruiting", "Amazon Bought LinkedIn", "Microsoft"),
    (_S, "Apple's acquisition of WhatsApp is cited as the deal of the decade.", "Apple's acquisition of WhatsApp", "Meta"),
    (_Q, "Back then Meta snapped up GitHub for a song.", "Meta snapped up GitHub", "Microsoft"),
    (_S, "Owner of Waymo: Amazon. The guests never question it.", "Waymo: Amazon", "Alphabet"),
    (_Q, "Instagram's owner, Google, is sitting on all that data.", "Instagram's owner, Google", "Meta"),
    (_S, "GitHub's owner, Amazon, is pushing agents hard.", "GitHub's owner, Amazon", "Microsoft"),
    (_S, "Instagram, a Google property, is discussed for teen usage.", "Instagram, a Google property", "Meta"),
    # a launch by a maker of models, a roll-out to compete
    (_Q, "Tencent launched Doubao and everybody copied the pricing.", "Tencent launched Doubao", "ByteDance"),
    (_S, "Microsoft rolled out Gaudi 3 to compete with Nvidia.", "Microsoft rolled out Gaudi 3", "Intel"),
    # a decision to bring it out; "its" before the maker it refers to
    (_I, "Google's decision to open-source Llama 3 changed enterprise adoption.", "Google's decision to open-source Llama 3",
     "Meta"),
    (_Q, "With its Claude models, OpenAI is winning the enterprise.", "its Claude models, OpenAI", "Anthropic"),
    (_S, "Through its Gemini family, Meta reaches billions.", "its Gemini family, Meta", "Google DeepMind"),
    # owners before or after an org with a parent; a product's team at another org
    (_S, "Amazon-owned GitHub is where the code lives.", "Amazon-owned GitHub", "Microsoft"),
    (_Q, "GitHub, a subsidiary of Google, ships Copilot.", "GitHub, a subsidiary of Google", "Microsoft"),
    (_Q, "The Claude team at Google shipped it.", "Claude team at Google", "Anthropic"),
    (_Q, "I talked to the Gemma folks over at Meta.", "Gemma folks over at Meta", "Google DeepMind"),
    # a maker naming its product, a predicate possessive, a lab described by what it is home to
    (_Q, "Google has a model called Grok, and it's funny.", "Google has a model called Grok", "xAI"),
    (_S, "Anthropic calls its model Phi-4.", "Anthropic calls its model Phi-4", "Microsoft"),
    (_S, "Cohere's models include Mixtral 8x22B and Command R.", "Cohere's models include Mixtral 8x22B", "Mistral AI"),
    (_Q, "Honestly, DALL-E is Google's.", "DALL-E is Google's", "OpenAI"),
    (_S, "Cohere, the Canadian startup behind Gemma, raised again.", "Cohere, the Canadian startup behind Gemma",
     "Google DeepMind"),
    (_S, "Meta, home of Whisper, hosts the meetup.", "Meta, home of Whisper", "OpenAI"),
]
# an independent lab said to be owned: found, with no fix (no owner to name)
INDEPENDENT = [
    (_S, "Microsoft-owned OpenAI released GPT-5.", "Microsoft-owned OpenAI"),
    (_Q, "Anthropic, which is owned by Amazon, trains on Trainium.", "Anthropic, which is owned by Amazon"),
    (_S, "Mistral AI, a Microsoft subsidiary, released Le Chat.", "Mistral AI, a Microsoft subsidiary"),
]
QUIET = [
    (_S, "Anthropics team shipped Claude Code in February."),  # no product after the bare possessive: no claim read
    (_S, "Databricks acquired MosaicML for $1.3 billion."),
    (_S, "Microsoft bought LinkedIn in 2016 and GitHub in 2018."),
    (_Q, "Facebook bought Instagram before anyone saw it coming."),
    (_S, "Nvidia's failed acquisition of Arm was blocked by regulators."),
    (_Q, "If Microsoft had bought YouTube, who knows."),
    (_Q, "Meta tried to buy Snapchat, and Google never bought GitHub."),
    (_S, "Meta bought 350,000 H100s for its clusters."),
    (_S, "Apple bought YouTube ads for the launch."),
    (_Q, "Did Google buy GitHub? No, Microsoft bought GitHub."),
    (_S, "Owner of GitHub: Microsoft."),
    (_S, "AWS's owner, Amazon, spends the most on chips."),
    (_S, "YouTube, a Google property, hosts the show."),
    (_S, "Cursor was created at MIT by four students."),
    (_S, "AlphaFold, developed at Google DeepMind, won a Nobel Prize."),
    (_Q, "Amazon launched Claude 3 on Bedrock last week."),
    (_Q, "Amazon rolled out Claude across Alexa devices."),
    (_Q, "Amazon rolled out Nova to compete with GPT-4o."),
    (_Q, "Microsoft rolled out GPT-4o to compete with Google."),
    (_Q, "Microsoft rolled out GPT-4o last week."),
    (_S, "Google has a model called Gemini."),
    (_S, "Samsung has an assistant called Gemini."),
    (_S, "Amazon's models include Claude and Llama."),
    (_S, "Meta's models include Llama and Code Llama."),
    (_Q, "Gemini is OpenAI's biggest threat."),
    (_Q, "The win is Google's, and Gemini is great."),
    (_S, "If Apple had built ChatGPT itself, Siri would look very different."),
    (_Q, "Imagine Google had released Llama first."),
    (_Q, "It's not Google's Claude, it's Anthropic's."),
    (_S, "Meta's decision to open-source Llama changed licensing."),
    (_S, "Apple's decision to ship ChatGPT in Siri surprised analysts."),
    (_Q, "With its Llama models, Meta bet on open weights."),
    (_Q, "With its H100s, Meta trains Llama 4."),
    (_Q, "With its Gemini models, Samsung phones got smarter."),
    (_Q, "Since its Claude deal, Amazon has grown."),
    (_S, "Microsoft-owned GitHub ships Copilot."),
    (_S, "Waymo, an Alphabet subsidiary, runs paid rides."),
    (_S, "Anthropic, which is partly owned by Amazon, trains on Trainium."),
    (_S, "Amazon-backed Anthropic released Claude 4."),
    (_Q, "The Qwen team at Alibaba released a new model."),
    (_Q, "The Claude team at AWS helps customers."),
    (_Q, "The former Gemini team at Meta left."),
]


@pytest.mark.parametrize("episode,text,evidence,maker", FOUND)
def test_a_wrong_maker_is_found(episode, text, evidence, maker):
    assert [(f[0], f[1], f[2]) for f in _findings(text, episode)] == [("A401", _FIELD[episode], evidence)]
    assert _findings(text, episode)[0][3].endswith(f" to {maker}")


@pytest.mark.parametrize("episode,text", QUIET)
def test_a_right_maker_or_no_claim_stays_quiet(episode, text):
    assert _findings(text, episode) == []


@pytest.mark.parametrize("episode,text,evidence", INDEPENDENT)
def test_an_independent_lab_said_to_be_owned_is_found(episode, text, evidence):
    assert _findings(text, episode) == [("A401", _FIELD[episode], evidence, None)]


def _entity(name: str, context: str):
    fm = (f"companies:\n- category: tech\n  confidence: high\n  context: \"{context}\"\n  name: {name}\n"
          "  source: llm_enhanced\nsummary: The guests discuss costs.\ntitle: Costs\n")
    return [(f.rule, f.field, f.evidence, f.fix.description if f.fix else None)
            for f in audit_text(episode_text(fm), select=("A4",))]


# (entity name, context, evidence, the right maker the fix names)
ENTITY_FOUND = [
    ("Dario Amodei", "CEO of OpenAI, interviewed on safety.", "CEO of OpenAI", "Anthropic"),
    ("Jensen Huang", "AMD CEO; keynote speaker.", "AMD CEO", "Nvidia"),
    ("Sundar Pichai", "Chief executive of Microsoft, on search.", "Chief executive of Microsoft", "Google"),
    ("YouTube", "Video platform; owner: Amazon.", "owner: Amazon", "Google"),
    ("Microsoft", "Parent company of Instagram; discussed for Copilot.", None, None),
    ("ROCm", "Nvidia software stack for GPUs.", "Nvidia software stack", "AMD"),
    ("Trainium", "Training chip that Google designs in-house.", "chip that Google designs", "AWS"),
    ("Claude", "Model developed at Microsoft Research.", "developed at Microsoft Research", "Anthropic"),
    ("DeepMind", "Owned by Meta; research lab.", "Owned by Meta", "Google"),
    ("Lisa Su", "The CEO of Nvidia, on supply.", "The CEO of Nvidia", "AMD"),
    ("Gemma", "Open model family; developer: Meta.", "developer: Meta", "Google DeepMind"),
    ("Sora", "Video model (maker: Google).", "maker: Google", "OpenAI"),
    ("LinkedIn", "Amazon-owned professional network.", "Amazon-owned", "Microsoft"),
    ("GitHub", "Amazon subsidiary for code hosting.", "Amazon subsidiary", "Microsoft"),
]
ENTITY_QUIET = [
    ("Dario Amodei", "CEO of Anthropic, interviewed on safety."),
    ("Mira Murati", "Former OpenAI CTO; founded Thinking Machines Lab."),
    ("Mustafa Suleyman", "Co-founder of DeepMind, now CEO of Microsoft AI."),
    ("Elon Musk", "OpenAI co-founder, now runs xAI."),
    ("YouTube", "Video platform; owner: Google."),
    ("Instagram", "Photo app; Microsoft bought ads on it."),
    ("Llama", "Model that Microsoft ships in Azure."),
    ("Cursor", "Editor created at MIT by students."),
    ("DeepMind", "Owned by Google; research lab."),
    ("Anthropic", "AI lab; part of Amazon Bedrock offerings."),
    ("Anthropic", "AI lab backed by Amazon and Google."),
    ("Lisa Su", "The CEO of AMD, on supply."),
    ("Gemma", "Open model family; developer: Google DeepMind."),
    ("Claude", "Model; hosted by: Amazon Bedrock."),
    ("LinkedIn", "Microsoft-owned professional network."),
    ("GitHub", "Microsoft subsidiary for code hosting."),
]


def test_an_independent_lab_s_context_naming_an_owner_is_found():
    assert _entity("OpenAI", "AI lab, a subsidiary of Microsoft.") == [
        ("A402", "companies[0].context", "subsidiary of Microsoft", None)]


@pytest.mark.parametrize("name,context,evidence,maker", ENTITY_FOUND)
def test_an_entity_context_naming_another_maker_is_found(name, context, evidence, maker):
    found = _entity(name, context)
    if evidence is None:  # an org's context ("Parent company of Instagram" of Microsoft): A401's own claim
        assert [(f[0], f[1], f[2]) for f in found] == [("A401", "companies[0].context", "Parent company of Instagram")]
        return  # (no fix: the org's context names no maker to replace)
    assert [(f[0], f[1], f[2]) for f in found] == [("A402", "companies[0].context", evidence)]
    assert found[0][3].endswith(f" to {maker}")


@pytest.mark.parametrize("name,context", ENTITY_QUIET)
def test_an_entity_context_with_its_own_maker_stays_quiet(name, context):
    assert _entity(name, context) == []
