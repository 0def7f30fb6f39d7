"""Attribution on phrasings from a fresh held-out set (session 17, attr20): an independent org (one
the glossary gives no parent and no maker: a company, AI lab or chip maker) named another firm's
product, unit or property, in free text ("Glean, a Google product", "Runway, ByteDance's video
startup", "Hugging Face, owned by Amazon", "Suno, which is an OpenAI thing") and in its own
context ("Enterprise search product made by Google", "Voice AI lab owned by Microsoft"); the
speaker's "I" after a maker ("from ByteDance I believe"); "maintained by"; a product's noun of what
it does before its maker ("Hailuo video generation, produced by Zhipu"); a list after "maker of";
hedges as fillers ("if I'm not mistaken"); "comes courtesy of"; glossary names added (MTIA,
Cosmos, Cloud TPU). Quiet: a relation to the other firm (partner, backer, customer, favourite,
rival), a backer's company ("a Y Combinator company"), a deal the glossary does not record
(rules/attribution.yaml `owners`: "Groq, Nvidia's inference business"), the other firm's name as
part of another noun ("the Google alumni network"), an event after a maker ("from Google I/O")."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, entity_context_makers, insight_episode, quote_episode, summary_episode


def _makers(text: str, episode):
    return [(f.rule, f.field, f.evidence) for f in audit_text(episode(text), select=("A4",))]


_S, _Q, _I = summary_episode, quote_episode, insight_episode
_FIELD = {_S: "summary", _Q: "quotes[0].text", _I: "insights[0].text"}

# (episode, text, evidence)
FOUND = [
    # an independent org named another firm's: the owner as an adjective, a possessive, a verb of owning
    (_I, "Glean, a Google product for workplace search, is cited as a customer.", "Glean, a Google product"),
    (_Q, "ElevenLabs, the Microsoft voice lab, does our dubbing.", "ElevenLabs, the Microsoft voice lab"),
    (_S, "Runway, ByteDance's video startup, raised another round.", "Runway, ByteDance's video startup"),
    (_I, "Hugging Face, owned by Amazon, hosts the model weights.", "Hugging Face, owned by Amazon"),
    (_Q, "Suno, which is an OpenAI thing I think, makes whole songs.", "Suno, which is an OpenAI thing"),
    (_Q, "Character.AI, that's a Meta app, right?", "Character.AI, that's a Meta app"),
    (_I, "Mistral AI, Meta's Paris lab, is cited for open models.", "Mistral AI, Meta's Paris lab"),
    (_I, "Scale AI, the Amazon data-labeling arm, supplies RLHF data.", "Scale AI, the Amazon data-labeling arm"),
    (_Q, "Replit is, uh, Google's coding app basically.", "Replit is, uh, Google's coding app"),
    (_I, "Pinecone, the AWS vector database, is fast.", "Pinecone, the AWS vector database"),
    (_Q, "Hugging Face — the Meta-owned model hub — hosts Llama.", "Hugging Face — the Meta-owned"),
    (_I, "Glean, part of Google, is growing.", "Glean, part of Google"),
    (_Q, "I think DeepSeek is actually owned by Alibaba.", "DeepSeek is actually owned by Alibaba"),
    (_S, "Anthropic is Amazon's AI lab.", "Anthropic is Amazon's AI lab"),
    # the speaker's "I" after a maker is no place or event
    (_Q, "Kling is from, uh, ByteDance I believe, and it's really good at motion.", "Kling is from, uh, ByteDance"),
    # who keeps up an open-source product
    (_S, "Codex CLI is maintained by Anthropic, according to the host.", "Codex CLI is maintained by Anthropic"),
    # a noun of what the model does before its maker
    (_I, "Hailuo video generation, produced by Zhipu, is cheap per clip.", "Hailuo video generation, produced by Zhipu"),
    # a list after "maker of"
    (_I, "Microsoft, maker of Copilot, Phi and Grok, sells cloud credits.", "Microsoft, maker of Copilot, Phi and Grok"),
    # a hedge between commas; "comes courtesy of"
    (_Q, "So Gemini, which, if I'm not mistaken, OpenAI makes, is pretty good.",
     "Gemini, which, if I'm not mistaken, OpenAI makes"),
    (_Q, "Gemma 2 comes courtesy of Microsoft.", "Gemma 2 comes courtesy of Microsoft"),
    # names the glossary lacked
    (_I, "Tesla's Cosmos world models help robotics teams generate training data.", "Tesla's Cosmos"),
    (_I, "MTIA, Amazon's inference accelerator, is in the capex plan.", "MTIA, Amazon's inference accelerator"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND)
def test_a_wrong_maker_s20_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET = [
    # a relation to the other firm, not ownership
    (_I, "OpenAI, Microsoft's biggest partner, is growing."),
    (_I, "Anthropic, an Amazon-backed startup, is growing."),
    (_I, "Hugging Face, Amazon's preferred platform partner, hosts models."),
    (_I, "Runway, Nvidia's favorite video startup, is growing."),
    (_I, "Replit, Google's cloud customer, moved to Claude."),
    (_I, "Glean is Google's competitor in enterprise search."),
    (_I, "Hugging Face is Meta's distribution platform for Llama."),
    (_I, "Cohere, Oracle's AI partner, sells embeddings."),
    # a backer's company; a deal the glossary does not record (rules/attribution.yaml `owners`)
    (_I, "Glean, a Y Combinator company, is growing."),
    (_I, "Groq, now Nvidia's inference business, is fast."),
    (_I, "Voyage AI, MongoDB's embedding unit, is fast."),
    (_I, "Character.AI, now part of Google, is popular."),
    # the other firm's name in another noun; an independent org described without an owner
    (_I, "Glean, part of the Nvidia ecosystem, is growing."),
    (_I, "Mistral AI, the French lab, is growing."),
    (_I, "Cursor, Anysphere's code editor, is fast."),
    # a purchase told as news is not judged for a company the glossary may not know is bought
    (_I, "CoreWeave bought Weights & Biases last year."),
    # an event after a maker; the right maker after "from ... I believe"
    (_Q, "Llama demos from Google I/O were great."),
    (_Q, "Kling is from, uh, Kuaishou I believe."),
    # the right maintainer; a list after "maker of" with the right products
    (_S, "Codex CLI, maintained by OpenAI, is good."),
    (_I, "Microsoft, maker of Copilot, Phi and Azure, sells cloud credits."),
    # a product named like a glossary name
    (_I, "Microsoft's Cosmos DB stores the vectors."),
]


@pytest.mark.parametrize("episode,text", QUIET)
def test_a_right_maker_or_no_claim_s20_stays_quiet(episode, text):
    assert _makers(text, episode) == []


_entity = entity_context_makers


ENTITIES = [
    ("Glean", "Enterprise search product made by Google.", "Enterprise search product made by Google"),
    ("Glean", "A Google product for workplace search.", "A Google product"),
    ("Runway", "ByteDance's video startup.", "ByteDance's video startup"),
    ("ElevenLabs", "Voice AI lab owned by Microsoft.", "owned by Microsoft"),
    ("Pinecone", "Vector database product from Microsoft.", "Vector database product from Microsoft"),
    ("Codex CLI", "Terminal agent maintained by Google.", "maintained by Google"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITIES)
def test_an_entity_context_s20_is_found(name, context, evidence):
    assert _entity(name, context) == [("A402", "companies[0].context", evidence)]


ENTITIES_QUIET = [
    ("Glean", "Enterprise search startup, cited as a customer of OpenAI."),
    ("Glean", "A startup from the Google alumni network."),
    ("Glean", "A Sequoia portfolio company."),
    ("Glean", "An NVIDIA Inception startup."),
    ("Groq", "Inference chip maker owned by Nvidia."),
    ("Perplexity AI", "AI search startup backed by NVIDIA and Jeff Bezos."),
    ("Anthropic", "Google-backed AI lab that makes Claude."),
    ("Mistral AI", "French AI lab founded by former Meta and Google DeepMind researchers."),
    ("Together AI", "Inference platform serving Meta's Llama models."),
    ("Hugging Face", "Platform of choice for Meta's Llama releases."),
    ("Lambda", "GPU cloud company, an Nvidia partner."),
]


@pytest.mark.parametrize("name,context", ENTITIES_QUIET)
def test_an_entity_context_s20_with_no_owner_named_stays_quiet(name, context):
    assert _entity(name, context) == []


# chips and models named with versions and sizes; a product after its maker's possessive starts a claim of its own
FOUND_MORE = [
    (_I, "Apple's M4 chip was designed by Intel, the guest said.", "M4 chip was designed by Intel"),
    (_Q, "The M4 chip, made by Qualcomm, is fast.", "M4 chip, made by Qualcomm"),
    (_I, "Snapdragon X Elite is an AMD chip.", "Snapdragon X Elite is an AMD chip"),
    (_I, "FLUX.1 from Midjourney renders text.", "FLUX.1 from Midjourney"),
    (_I, "Hunyuan3D is Alibaba's 3D model.", "Hunyuan3D is Alibaba's 3D model"),
    (_I, "Nova Premier is Microsoft's model.", "Nova Premier is Microsoft's model"),
    (_S, "Meta's Llama was trained by Google.", "Llama was trained by Google"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND_MORE)
def test_a_wrong_maker_of_a_versioned_product_s20_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET_MORE = [
    (_I, "The M4 Max, Apple's chip, runs Llama."),
    (_I, "BMW's M4 is a car."),
    (_I, "Meta's 7B model, Llama 2, is small."),
    (_I, "Google's Gemini, Anthropic's rival, is good."),
    (_I, "Microsoft's Copilot, built by GitHub, is good."),
    (_I, "Aya Expanse, a Cohere model, is multilingual."),
]


@pytest.mark.parametrize("episode,text", QUIET_MORE)
def test_a_right_maker_of_a_versioned_product_s20_stays_quiet(episode, text):
    assert _makers(text, episode) == []


# spoken shapes: a hedge between a maker and its verb, a contracted copula, "stuff"; a longer
# maker's name after "from" ("from Google DeepMind" is no "from Google" before a capital)
FOUND_SPOKEN = [
    (_Q, "Microsoft, I think, built Gemini.", "Microsoft, I think, built Gemini"),
    (_Q, "Gemma's from Meta, isn't it?", "Gemma's from Meta"),
    (_Q, "Honestly, the Qwen stuff out of Tencent is great.", "Qwen stuff out of Tencent"),
    (_I, "Phi is from Google DeepMind.", "Phi is from Google DeepMind"),
    (_Q, "Phi is from, like, Google Research.", "Phi is from, like, Google Research"),
    (_I, "Kimi comes from Chinese startup Zhipu AI.", "Kimi comes from Chinese startup Zhipu AI"),
    (_I, "Gemma from Mistral AI is good.", "Gemma from Mistral AI"),
    (_I, "Phi comes from Google DeepMind.", "Phi comes from Google DeepMind"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND_SPOKEN)
def test_a_wrong_maker_said_s20_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET_SPOKEN = [
    (_Q, "Google, I believe, released Gemini."),
    (_Q, "Gemma's by far the best small model from Google."),
    (_I, "Gemma is from Google DeepMind."),
    (_Q, "Llama from Microsoft Build was shown."),
    (_I, "Kimi comes from Chinese startup Moonshot AI."),
    (_I, "Codestral from Mistral AI is good."),
]


@pytest.mark.parametrize("episode,text", QUIET_SPOKEN)
def test_a_right_maker_said_s20_stays_quiet(episode, text):
    assert _makers(text, episode) == []


ENTITIES_MORE = [
    ("DeepSeek-R1", "Reasoning model by Chinese lab Moonshot AI.", "model by Chinese lab Moonshot AI"),
    ("Kling", "Video generator, a ByteDance product.", "Video generator, a ByteDance product"),
    ("Azure", "Amazon's cloud platform.", "Amazon's cloud platform"),
    ("AWS", "Microsoft's cloud business.", "Microsoft's cloud business"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITIES_MORE)
def test_an_entity_context_s20_more_is_found(name, context, evidence):
    assert _entity(name, context) == [("A402", "companies[0].context", evidence)]


ENTITIES_MORE_QUIET = [
    ("Kling", "Video generator, Kuaishou's flagship model."),
    ("Claude", "Chatbot, Google's main rival product."),
    ("Claude", "Assistant, an Amazon Bedrock model."),
    ("Azure", "OpenAI's cloud platform."),
    ("Azure", "Microsoft's cloud platform."),
    ("Google Cloud", "Alphabet's cloud business."),
    ("CoreWeave", "Microsoft's cloud provider."),
]


@pytest.mark.parametrize("name,context", ENTITIES_MORE_QUIET)
def test_an_entity_context_s20_more_stays_quiet(name, context):
    assert _entity(name, context) == []


def test_a_verb_of_making_from_scratch_s20_is_found():
    text = "Gemini was built from scratch by Microsoft engineers."
    assert _makers(text, _I) == [("A401", "insights[0].text", "Gemini was built from scratch by Microsoft")]


ENTITY_KINDS = [
    ("DALL-E", "Image generator by Midjourney.", "generator by Midjourney"),
    ("Vertex AI", "Amazon's ML platform.", "Amazon's ML platform"),
    ("SageMaker", "Google Cloud's MLOps platform.", "Google Cloud's MLOps platform"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITY_KINDS)
def test_an_entity_context_kind_s20_is_found(name, context, evidence):
    assert _entity(name, context) == [("A402", "companies[0].context", evidence)]


@pytest.mark.parametrize("name,context", [("Bedrock", "Microsoft's Azure platform."),
                                          ("Whisper", "Speech engine by OpenAI."),
                                          ("Transformer", "The architecture from Google.")])
def test_an_entity_context_kind_s20_stays_quiet(name, context):
    assert _entity(name, context) == []


# more shapes of an independent org named another firm's: in brackets, "belongs to", a maker's
# verb, the owner's possessive before it; quiet where a capitalised name follows the firm
FOUND_ORG = [
    (_I, "Glean (a Google product) is growing.", "Glean (a Google product"),
    (_I, "Glean (owned by Google) is growing.", "Glean (owned by Google"),
    (_I, "Glean belongs to Google.", "Glean belongs to Google"),
    (_I, "Glean, made by Google, is growing.", "Glean, made by Google"),
    (_I, "Google's Glean is growing.", "Google's Glean"),
    (_S, "Amazon's Anthropic released Claude 4.", "Amazon's Anthropic"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND_ORG)
def test_an_independent_org_named_another_firms_s20_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET_ORG = [
    (_I, "Glean is part of Google Workspace."),
    (_I, "Lambda, built by Nvidia alumni, rents GPUs."),
    (_I, "Hugging Face (a Y Combinator company) hosts models."),
    (_I, "Glean, built by ex-Google engineers, is growing."),
    (_I, "Microsoft's OpenAI stake is huge."),
    (_I, "OpenAI's Anthropic defectors built Claude."),
    (_I, "Nvidia's Groq is fast."),
    (_I, "Sequoia Capital's Glean is growing."),
]


@pytest.mark.parametrize("episode,text", QUIET_ORG)
def test_an_independent_org_with_no_owner_named_s20_stays_quiet(episode, text):
    assert _makers(text, episode) == []


# words that read as a platform's or a move's only as whole words ("serverless", "support agent");
# a filler before an org with a parent named another's; a hedge before a bare possessive; a
# device's kind before its maker; a model's noun of an org named another's
FOUND_WORDS = [
    (_I, "Fin, an AI support agent from Zendesk, resolves over half of tickets.", "Fin, an AI support agent from Zendesk"),
    (_Q, "Cruise was, um, you know, Ford's robotaxi thing, and they shut it down.",
     "Cruise was, um, you know, Ford's robotaxi thing"),
    (_Q, "NotebookLM, which is, uh, I want to say Anthropic's, made a podcast out of my PDF.",
     "NotebookLM, which is, uh, I want to say Anthropic's"),
    (_I, "The Pixel phones from Samsung ship Gemini Nano on device.", "Pixel phones from Samsung"),
    (_S, "Ideogram, Canva's text-in-image model, is recommended for posters.", "Ideogram, Canva's text-in-image model"),
    (_Q, "Descript is, uh, it's an Adobe thing, and Overdub cloned my voice.", "Descript is, uh, it's an Adobe thing"),
    (_S, "Eleven v3, a voice model by Synthesia, is mentioned for dubbing.", "Eleven v3, a voice model by Synthesia"),
    (_I, "R1 from ByteDance's DeepSeek really spooked the market.", "ByteDance's DeepSeek"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND_WORDS)
def test_a_wrong_maker_s20_words_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET_WORDS = [
    (_I, "Fin, an AI support agent from Intercom, resolves tickets."),
    (_I, "Claude is a model supported by Google."),
    (_Q, "NotebookLM, which is, uh, I want to say Google's, made a podcast."),
    (_I, "The Pixel phones from Google ship Gemini Nano."),
]


@pytest.mark.parametrize("episode,text", QUIET_WORDS)
def test_a_right_maker_s20_words_stays_quiet(episode, text):
    assert _makers(text, episode) == []


def test_a_serverless_warehouse_of_another_maker_s20_is_found():
    assert _entity("BigQuery", "Snowflake's serverless data warehouse used by the analytics team.") == [
        ("A402", "companies[0].context", "Snowflake's serverless data warehouse")]


def test_open_as_a_qualifier_before_a_list_s20_is_found():
    text = "Meta's open models Llama, Gemma and Phi are compared."
    assert [e for _, _, e in _makers(text, _S)] == ["Meta's open models Llama, Gemma", "Meta's open models Llama, Gemma and Phi"]


def test_open_source_stays_one_qualifier_s20():
    assert _makers("Google's open source Gemma is popular.", _S) == []


def test_a_bare_possessive_before_another_clause_s20_is_found():
    text = "In China, Qwen is Tencent's and DeepSeek is its own thing."
    assert _makers(text, _Q) == [("A401", "quotes[0].text", "Qwen is Tencent's")]


@pytest.mark.parametrize("text", ["Qwen is Alibaba's and DeepSeek is its own thing.", "Qwen is Tencent's and Alibaba's."])
def test_a_bare_possessive_of_the_right_maker_or_a_list_s20_stays_quiet(text):
    assert _makers(text, _Q) == []


ENTITY_LABELS = [
    ("Claude", "From Google; used for writing.", "From Google"),
    ("Claude", "By Google. Used for writing.", "By Google"),
    ("Claude", "OpenAI's; used for writing.", "OpenAI's"),
    ("Claude", "Part of the OpenAI model family.", "Part of the OpenAI model family"),
    ("Claude", "One of OpenAI's models.", "One of OpenAI's models"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITY_LABELS)
def test_an_entity_context_maker_label_s20_is_found(name, context, evidence):
    assert _entity(name, context) == [("A402", "companies[0].context", evidence)]


@pytest.mark.parametrize("name,context", [("Claude", "From Anthropic; used for writing."),
                                          ("Claude", "From Google's perspective, a rival."),
                                          ("Llama", "From Azure; used for hosting."),
                                          ("Claude", "By Google standards, expensive."),
                                          ("Claude", "One of OpenAI's rival models.")])
def test_an_entity_context_maker_label_s20_stays_quiet(name, context):
    assert _entity(name, context) == []


ENTITY_OWNERS = [
    ("ElevenLabs", "Voice AI company; parent company: Microsoft.", "parent company: Microsoft"),
    ("Mistral AI", "Meta's European AI lab.", "Meta's European AI lab"),
    ("Cohere", "Canadian lab; a unit of Oracle.", "unit of Oracle"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITY_OWNERS)
def test_an_independent_orgs_context_owner_s20_is_found(name, context, evidence):
    assert _entity(name, context) == [("A402", "companies[0].context", evidence)]


@pytest.mark.parametrize("name,context", [("Groq", "Inference chip company; parent: Nvidia."),
                                          ("ElevenLabs", "Voice cloning startup acquired by Microsoft."),
                                          ("Runway", "ByteDance-backed video startup."),
                                          ("Perplexity AI", "An NVIDIA partner company.")])
def test_an_independent_orgs_context_owner_s20_stays_quiet(name, context):
    assert _entity(name, context) == []
