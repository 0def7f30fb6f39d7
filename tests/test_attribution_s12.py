"""Attribution on shapes missed by held-out probes (session 12, attr12): a product carried by a
pronoun in a clause or the next sentence ("Gemini — I think Microsoft trained it —", "Take
Devstral. DeepSeek trained it"), a question's or hedge's answer naming the product's kind and
maker ("Whisper? The model Meta put out?", "Claude, that's the model Google put out"), clefts
("It was Anthropic that built GPT-4o", "the best thing Google ever shipped was Claude"), two claims
on one product with the right one first ("Copilot, GitHub's assistant built by Amazon"), an org
with a parent named as another org's unit ("Waymo, Amazon's robotaxi unit", "Azure — that's
Google's cloud"; in an entity's context "owned by Microsoft"), a maker named through another of
its products ("from the makers of ChatGPT"), markdown bold before a claim's connective, "that's
from", "in volume". Each with its guards: right makers and parents, questions and negations,
platforms, customers of a cloud, comparisons."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, summary_episode as _summary, insight_episode as _insight
from tests.test_generalise_core import _family, _quote
from tests.test_generalise_core9 import _entity


WRONG_MAKER = [
    # a pronoun carries the product into the maker's clause or the next sentence
    (_quote, "Codestral, and I'm pretty sure Cohere trained it, is the one we use for autocomplete.",
     "quotes[0].text", "Codestral, and I'm pretty sure Cohere trained it"),
    (_quote, "Look at Nemotron. Intel developed it for agents, apparently.", "quotes[0].text",
     "Nemotron. Intel developed it"),
    (_summary, "Qwen 3 — Tencent released it last month — tops the open leaderboards.", "summary",
     "Qwen 3 — Tencent released it"),
    (_quote, "Llama? Google's behind it.", "quotes[0].text", "Llama? Google's behind it"),
    (_quote, "DeepSeek-R1, Alibaba is behind it, right?", "quotes[0].text", "DeepSeek-R1, Alibaba is behind it"),
    (_quote, "Phi — Google makes it, I think.", "quotes[0].text", "Phi — Google makes it"),
    # a question's or a hedge's answer: the kind, then the maker's clause, ending the sentence
    (_quote, "Remember Pixtral? The vision model OpenAI released?", "quotes[0].text",
     "Pixtral? The vision model OpenAI released"),
    (_quote, "Sora, oh, that's the video model Anthropic put out last winter.", "quotes[0].text",
     "Sora, oh, that's the video model Anthropic put out last winter"),
    (_quote, "Whisper — the speech model Meta open-sourced — is what we use.", "quotes[0].text",
     "Whisper — the speech model Meta open-sourced"),
    # clefts
    (_quote, "It was Meta that trained Gemma 3, not anyone else.", "quotes[0].text",
     "Meta that trained Gemma 3"),
    (_quote, "It's Google that makes Claude, right?", "quotes[0].text", "Google that makes Claude"),
    (_insight, "The most important model Microsoft ever released was Llama 2.", "insights[0].text",
     "Microsoft ever released was Llama 2"),
    # two claims on one product, the right one first
    (_quote, "Ernie Bot, Baidu's chatbot developed by Tencent, is huge in China.", "quotes[0].text",
     "Ernie Bot, Baidu's chatbot developed by Tencent"),
    # an org with a parent named as another's unit
    (_summary, "Isomorphic Labs, Microsoft's drug discovery unit, signed two pharma deals.", "summary",
     "Isomorphic Labs, Microsoft's drug discovery unit"),
    (_quote, "GitHub is basically Google's code platform at this point.", "quotes[0].text",
     "GitHub is basically Google's code platform"),
    (_quote, "Then Anthropic's DeepMind unit built Gemini.", "quotes[0].text", "Anthropic's DeepMind unit"),
    # a hedge in a relative clause
    (_quote, "Veo, which I believe OpenAI trained, is neat.", "quotes[0].text", "Veo, which I believe OpenAI trained"),
    # a maker named through another of its products
    (_quote, "Claude Code is from the people who make Gemini, so it's very Google-y.", "quotes[0].text",
     "Claude Code is from the people who make Gemini"),
    (_quote, "The team behind ChatGPT also shipped Veo 3.", "quotes[0].text",
     "The team behind ChatGPT also shipped Veo 3"),
    # markdown bold closed before the claim's connective; "that's from"; a verb "in volume"
    (_summary, "**Mixtral**, Meta's sparse model, is covered first.", "summary",
     "Mixtral**, Meta's sparse model"),
    (_quote, "Grok — that's from Anthropic, right — is the edgy one.", "quotes[0].text",
     "Grok — that's from Anthropic"),
    (_quote, "We bought the B200, the chip AMD ships in volume.", "quotes[0].text",
     "B200, the chip AMD ships in volume"),
]


@pytest.mark.parametrize("make,text,field,evidence", WRONG_MAKER)
def test_wrong_maker_s12_is_found(make, text, field, evidence):
    found = _family(audit_text(make(text)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A401", field, evidence)]


def test_an_org_s_wrong_owner_names_its_parent():
    found = _family(audit_text(_quote("Waymo, Amazon's robotaxi unit, keeps growing.")), "attribution")
    assert [f.message for f in found] == [
        "Waymo is owned by Alphabet, not Amazon: \"Waymo, Amazon's robotaxi unit\""]


def test_a_maker_named_through_a_product_has_no_fix():
    found = _family(audit_text(_quote("Gemini comes from the makers of ChatGPT.")), "attribution")
    assert [(f.evidence, f.fix) for f in found] == [("Gemini comes from the makers of ChatGPT", None)]


ENTITY_WRONG_MAKER = [
    ("DeepMind", "AI research lab owned by Microsoft.", "owned by Microsoft"),
    ("GitHub", "Code hosting platform, a subsidiary of Amazon.", "subsidiary of Amazon"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITY_WRONG_MAKER)
def test_entity_wrong_owner_s12_is_found(name, context, evidence):
    found = _family(audit_text(_entity(context, name)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A402", "companies[0].context", evidence)]


RIGHT_MAKER = [
    # the pronoun's clause with the right maker, a platform's verb, or a question
    (_quote, "Codestral, and I'm pretty sure Mistral trained it, is the one we use."),
    (_quote, "We tried Claude. Google built it into Vertex, which is nice."),
    (_quote, "I love Gemini. OpenAI released it? No, Google did."),
    (_quote, "Llama, and I think Microsoft hosted it, was fine."),
    (_quote, "Everyone compares GPT-4o. Google built it to win, I guess."),
    (_quote, "Claude is great, OpenAI makes it easy to compare."),
    (_quote, "Llama? Meta's behind it."),
    (_quote, "Claude. Google's behind it by a mile."),
    # a question's answer with the right maker, or a sentence going on after the clause
    (_quote, "Remember Pixtral? The vision model Mistral released?"),
    (_quote, "Do you use Claude? The model OpenAI built is better, honestly."),
    (_quote, "Claude — the model Google built is worse."),
    (_quote, "Whisper — the speech model OpenAI open-sourced — is what we use."),
    # clefts: the right maker, a negation, a platform's move, no cleft
    (_quote, "It was Google that trained Gemma 3."),
    (_quote, "It wasn't Meta that trained Gemma 3."),
    (_quote, "It's Google that makes Gemini, right?"),
    (_quote, "It was Amazon that launched Claude on Bedrock."),
    (_quote, "What Apple shipped was ChatGPT inside Siri."),
    (_quote, "Microsoft that week released a Copilot update."),
    # two claims with the right maker second
    (_quote, "Ernie Bot, Baidu's chatbot developed by Baidu Research, is huge."),
    (_quote, "Copilot, GitHub's assistant built on OpenAI models, writes our code."),
    # an org's right parent; a cloud a customer uses; a partner
    (_quote, "DeepMind, Google's research lab, did AlphaFold."),
    (_quote, "AWS, Anthropic's main cloud, hosts the training runs."),
    (_quote, "Google Cloud, Apple's primary cloud, had an outage."),
    (_quote, "Azure, OpenAI's cloud, is where it all runs."),
    (_quote, "Waymo, Uber's partner unit, is in Austin."),
    (_quote, "Then Google's DeepMind unit built Gemini."),
    (_quote, "Apple's AWS cloud bill is huge."),
    (_quote, "Veo, which I believe Google trained, is neat."),
    # a maker named through its other product: the right one, or a rival of it
    (_quote, "The people who make Claude also put out Claude Code."),
    (_quote, "The makers of ChatGPT also shipped a Gemini rival."),
    # markdown bold with the right maker
    (_summary, "**Mixtral**, Mistral's sparse model, is covered first."),
]


@pytest.mark.parametrize("make,text", RIGHT_MAKER)
def test_right_maker_s12_is_quiet(make, text):
    assert _family(audit_text(make(text)), "attribution") == []


ENTITY_RIGHT_MAKER = [
    ("DeepMind", "AI research lab owned by Alphabet."),
    ("GitHub", "Code hosting platform acquired by Microsoft in 2018."),
    ("Waymo", "Robotaxi company backed by investors and owned by Alphabet."),
]


@pytest.mark.parametrize("name,context", ENTITY_RIGHT_MAKER)
def test_entity_right_owner_s12_is_quiet(name, context):
    assert _family(audit_text(_entity(context, name)), "attribution") == []


def test_a_former_or_part_owner_is_quiet():
    for context in ("Lab formerly owned by Microsoft.", "Startup partly owned by Amazon."):
        assert _family(audit_text(_entity(context, "DeepMind")), "attribution") == []


# A move to the product before a relative clause that names its maker ("switched to Llama 4, which
# OpenAI built") is still a claim, as before an apposition; platforms named in the clause stay quiet.
@pytest.mark.parametrize("text,wrong", [
    ("We switched to Llama 4, which OpenAI built.", True),
    ("We moved to Claude, which Google trained.", True),
    ("We switched to Llama 4, which OpenAI open-sourced in April.", True),
    ("We moved our workloads to Claude, which AWS ships through Bedrock.", False),
    ("We switched to Llama 4, which Microsoft hosts on Azure.", False),
    ("We moved to Llama, which Groq runs at 500 tokens a second.", False),
])
def test_a_move_before_a_relative_clause_of_its_maker(text, wrong):
    found = [f for f in audit_text(episode_text(f"title: x\nsummary: {json.dumps(text)}\n")) if f.family == "attribution"]
    assert bool(found) is wrong


# "came out of" names where a product was made, as "developed at" does
@pytest.mark.parametrize("text,wrong", [
    ("Stable Diffusion 3 came out of Midjourney's lab.", True),
    ("Llama comes out of Google.", True),
    ("Claude came out of Anthropic.", False),
    ("Gemini came out of Google DeepMind.", False),
    ("Claude came out of nowhere and beat GPT-4.", False),
    ("DeepSeek came out of a hedge fund called High-Flyer.", False),
])
def test_came_out_of_a_maker(text, wrong):
    found = [f for f in audit_text(episode_text(f"title: x\nsummary: {json.dumps(text)}\n")) if f.family == "attribution"]
    assert bool(found) is wrong
