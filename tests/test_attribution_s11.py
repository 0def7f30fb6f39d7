"""Attribution on phrasings missed by held-out probes (session 11, attr11): lists after a maker's
brackets or possessive ("Anthropic (Claude, Gemini)", "Google's Gemini and Claude"), relative
clauses with no pronoun or in a progressive ("the chips Intel is shipping"), "built for X", "which
is / is described as Y's model", "the flagship of Y", spoken fillers ("ChatGPT is, uh, Google's
chatbot"), "Y and its X", "Y is the company behind X", "X belongs to Y", "Y owns X", "X-maker Y",
sentences fronted by their maker ("Released by Google, Llama 3 ..."), product suffixes ("Ernie Bot",
"Gemini CLI"), letter versions ("Kimi K2"); entity contexts that start with the verb, "Google-built",
"Part of Meta's lineup". Each with its guards: right makers and parents, lists that go on with
another maker's possessive, clouds and their products, platforms, customers, joint makers."""

from __future__ import annotations


import pytest

from tests.conftest import audit_text, summary_episode as _summary, insight_episode as _insight
from tests.test_generalise_core import _family, _quote
from tests.test_generalise_core9 import _entity


WRONG_MAKER = [
    (_quote, "Grok is the chatbot Anthropic built for X.", "quotes[0].text",
     "Grok is the chatbot Anthropic built for X"),
    (_summary, "Mistral Large 2, the flagship of OpenAI, leads the multilingual benchmarks.", "summary",
     "Mistral Large 2, the flagship of OpenAI"),
    (_summary, "The hosts compare Anthropic (Claude, Gemini) with the open-weight labs.", "summary",
     "Anthropic (Claude, Gemini)"),
    (_quote, "Google's Gemini and Claude are both really good at long documents.", "quotes[0].text",
     "Google's Gemini and Claude"),
    (_quote, "I mean, the Llama models that Google put out last spring were a big deal.", "quotes[0].text",
     "Llama models that Google put out"),
    (_summary, "Guests discuss Sora, Google's text-to-video model, and its impact on Hollywood.", "summary",
     "Sora, Google's text-to-video model"),
    (_quote, "We switched to Copilot, you know, the Amazon coding assistant, last year.", "quotes[0].text",
     "Copilot, you know, the Amazon coding assistant"),
    (_summary, "Kimi K2, the open model from DeepSeek, is covered in the second half.", "summary",
     "Kimi K2, the open model from DeepSeek"),
    (_quote, "ChatGPT is, uh, Google's chatbot, right, it has like eight hundred million users.", "quotes[0].text",
     "ChatGPT is, uh, Google's chatbot"),
    (_insight, "Baidu released Qwen 2.5 with strong math scores.", "insights[0].text",
     "Baidu released Qwen 2.5"),
    (_quote, "Trainium is Nvidia's answer to custom silicon.", "quotes[0].text",
     "Trainium is Nvidia's answer"),
    (_quote, "You've got Llama, which is Microsoft's open model, and then Mistral.", "quotes[0].text",
     "Llama, which is Microsoft's open model"),
    (_insight, "Ernie Bot, Tencent's chatbot, has over 300 million users.", "insights[0].text",
     "Ernie Bot, Tencent's chatbot"),
    (_summary, "Host notes that DALL-E 3 was released by Stability AI.", "summary",
     "DALL-E 3 was released by Stability AI"),
    (_quote, "The Blackwell chips Intel is shipping are just enormous.", "quotes[0].text",
     "Blackwell chips Intel is shipping"),
    (_summary, "Imagen 3 is described as Meta's highest-quality image model.", "summary",
     "Imagen 3 is described as Meta's highest-quality image model"),
    (_quote, "Siri is Google's voice assistant, and it's still bad.", "quotes[0].text",
     "Siri is Google's voice assistant"),
    (_quote, "Gemini CLI, the terminal agent that Anthropic open-sourced, is free.", "quotes[0].text",
     "Gemini CLI, the terminal agent that Anthropic open-sourced"),
    (_summary, "The speakers praise Hunyuan Video, ByteDance's open video model.", "summary",
     "Hunyuan Video, ByteDance's open video model"),
    (_insight, "Midjourney, Adobe's image generator, dominates among designers.", "insights[0].text",
     "Midjourney, Adobe's image generator"),
    (_quote, "Flux, which the Runway team built, is great for photorealism.", "quotes[0].text",
     "Flux, which the Runway team built"),
    (_insight, "GLM-4.5, released by Moonshot, tops open agentic benchmarks.", "insights[0].text",
     "GLM-4.5, released by Moonshot"),
    (_quote, "Gemini, uh, which OpenAI trained, is pretty good at video.", "quotes[0].text",
     "Gemini, uh, which OpenAI trained"),
    (_quote, "So Anthropic and its Gemini models are, like, really safety focused.", "quotes[0].text",
     "Anthropic and its Gemini"),
    (_summary, "Microsoft, whose Claude models power Copilot, is discussed.", "summary",
     "Microsoft, whose Claude"),
    (_summary, "OpenAI is the company behind Llama, according to the guest.", "summary",
     "OpenAI is the company behind Llama"),
    (_insight, "Grok belongs to Anthropic, the guest claims.", "insights[0].text",
     "Grok belongs to Anthropic"),
    (_quote, "Google owns Claude, that's the thing people forget.", "quotes[0].text",
     "Google owns Claude"),
    (_summary, "ChatGPT-maker Anthropic announced new pricing.", "summary",
     "ChatGPT-maker Anthropic"),
    (_insight, "Llama 4 was developed in-house by Google DeepMind.", "insights[0].text",
     "Llama 4 was developed in-house by Google DeepMind"),
    (_summary, "Qwen is a product of Tencent's AI lab.", "summary",
     "Qwen is a product of Tencent"),
    (_quote, "Trainium chips, the ones Google designs, are really cheap.", "quotes[0].text",
     "Trainium chips, the ones Google designs"),
    (_quote, "Qwen, that's DeepSeek's model, right, it's insane.", "quotes[0].text",
     "Qwen, that's DeepSeek's model"),
    (_summary, "Released by Google, Llama 3 quickly became the default open model.", "summary",
     "Released by Google, Llama 3"),
    (_insight, "Built by OpenAI, Gemini 2.5 Pro leads long-context benchmarks.", "insights[0].text",
     "Built by OpenAI, Gemini 2.5 Pro"),
    (_insight, "Gemma 3 was co-developed by Meta and Microsoft.", "insights[0].text",
     "Gemma 3 was co-developed by Meta"),
    # a maker's bringing out as a noun; verbs of authorship for a maker of models that is no lab
    (_summary, "The episode opens with DeepSeek's launch of Kimi K2.", "summary", "DeepSeek's launch of Kimi K2"),
    (_quote, "So Google came out with Claude 4 and it's the best coding model.", "quotes[0].text",
     "Google came out with Claude 4"),
    (_quote, "When Microsoft dropped Gemma 3, the open-weights folks went nuts.", "quotes[0].text",
     "Microsoft dropped Gemma 3"),
    # more kinds, qualifiers and sizes; "that's" inside dashes; a host who discusses
    (_quote, "Microsoft's whole Grok thing, I just don't get it.", "quotes[0].text", "Microsoft's whole Grok"),
    (_quote, "Veo 3 — that's OpenAI's video thing — the audio is insane.", "quotes[0].text",
     "Veo 3 — that's OpenAI's video thing"),
    (_summary, "Llama Guard is one of OpenAI's open safety classifiers.", "summary",
     "Llama Guard is one of OpenAI's open safety classifiers"),
    (_summary, "Mixtral 8x7B, the open MoE from Meta, is benchmarked.", "summary", "Mixtral 8x7B, the open MoE from Meta"),
    (_summary, "Stable Diffusion XL, an image model by Midjourney, is open.", "summary",
     "Stable Diffusion XL, an image model by Midjourney"),
    (_summary, "Hosts discuss Llama 4 Maverick, the Microsoft model with a 1M-token context.", "summary",
     "Llama 4 Maverick, the Microsoft model"),
    (_quote, "I think Grok, the one from Meta, is overrated.", "quotes[0].text", "Grok, the one from Meta"),
    (_quote, "Codex is basically Anthropic's thing for coding.", "quotes[0].text",
     "Codex is basically Anthropic's thing"),
    (_quote, "Yeah, DeepSeek-V3 — which, by the way, Baidu made — is super cheap.", "quotes[0].text",
     "DeepSeek-V3 — which, by the way, Baidu made"),
]


@pytest.mark.parametrize("make,text,field,evidence", WRONG_MAKER)
def test_wrong_maker_s11_is_found(make, text, field, evidence):
    found = _family(audit_text(make(text)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A401", field, evidence)]


def test_each_item_of_a_list_is_judged():
    found = _family(audit_text(_summary("OpenAI (Claude, Gemini) ship fast.")), "attribution")
    assert [f.evidence for f in found] == ["OpenAI (Claude", "OpenAI (Claude, Gemini)"]


ENTITY_WRONG_MAKER = [
    ("Claude", "Developed by the OpenAI team.", "Developed by the OpenAI"),
    ("Copilot", "Google-built coding assistant.", "Google-built coding assistant"),
    ("Gemma", "Part of Meta's open model lineup.", "Part of Meta's open model lineup"),
    ("Phi-3", "Small model from the Google research team.", "model from the Google"),
    ("Whisper", "Developed in-house by Google for transcription.", "Developed in-house by Google"),
    ("Claude", "Model created at OpenAI.", "created at OpenAI"),
    ("Claude", "AI model (OpenAI).", "model (OpenAI)"),
    ("Claude", "An assistant that OpenAI built.", "assistant that OpenAI built"),
    ("Claude", "Mentioned as one of OpenAI's models.", "Mentioned as one of OpenAI's models"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITY_WRONG_MAKER)
def test_entity_wrong_maker_s11_is_found(name, context, evidence):
    found = _family(audit_text(_entity(context, name)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A402", "companies[0].context", evidence)]


RIGHT_MAKER = [
    # brackets and possessives over lists: the right maker, or each item its own maker
    (_quote, "Anthropic (Claude) is the one I trust most."),
    (_quote, "OpenAI (ChatGPT, Sora, Codex) is shipping like crazy."),
    (_summary, "Google's Gemini and Gemma families are discussed at length."),
    (_quote, "Google's Gemini and Anthropic's Claude are my daily drivers."),
    (_insight, "Meta's Llama 4, Google's Gemma 3 and Alibaba's Qwen3 lead the open-weight charts."),
    (_summary, "The episode contrasts Google (Gemini) and OpenAI (ChatGPT)."),
    # a cloud and what it serves
    (_summary, "Microsoft's Azure (GPT-4o, Llama, Mistral) hosts many models."),
    (_summary, "AWS (Claude) hosts many models."),
    (_quote, "AWS's Bedrock and Claude are a good combo."),
    # a platform or a customer with its own product, a relation
    (_quote, "Apple and its Siri team are now using Gemini under the hood."),
    (_summary, "Samsung, whose Galaxy phones ship Gemini Nano, is a Google partner."),
    (_quote, "Amazon and their Claude partnership, that was a big deal."),
    (_quote, "The Claude models Amazon is hosting on Bedrock are popular."),
    (_insight, "The H100 GPUs Meta is buying will train Llama 5."),
    (_quote, "Microsoft owns GitHub, and GitHub makes Copilot."),
    # comparisons, a bet, fillers around the right maker
    (_insight, "Grok is described as a rival to OpenAI's ChatGPT."),
    (_insight, "Claude is Amazon's biggest bet in AI."),
    (_quote, "Gemini is OpenAI's biggest threat right now."),
    (_quote, "Gemini, uh, which Google trained, is pretty good at video."),
    (_quote, "Qwen, that's Alibaba's model, right, it's insane."),
    (_summary, "Gemini, Google's answer to ChatGPT, is examined."),
    # joint makers, a fronted right maker, a lab's release with what it has
    (_insight, "Llama 2 was co-developed by Microsoft and Meta."),
    (_summary, "Released by Meta, Llama 3 quickly became the default open model."),
    (_insight, "Alibaba released Qwen 2.5 with strong math scores."),
    (_summary, "Host notes that DALL-E 3 was released by OpenAI."),
    (_quote, "Sonnet is Anthropic's mid-tier model, Haiku the small one."),
    (_quote, "I think Grok, the one from xAI, is overrated."),
    (_summary, "Google's Gemini and Claude from Anthropic are compared."),
    (_summary, "Amazon Bedrock added Meta's Llama 4 and DeepSeek-R1."),
    (_summary, "Samsung's launch of Gemini Live is covered."),
    (_summary, "Microsoft's launch of GPT-4o in Azure is covered."),
    (_quote, "When Google dropped Gemma 3, the open-weights folks went nuts."),
    (_quote, "Samsung came out with Gemini Nano phones."),
    (_quote, "Codex is basically OpenAI's thing for coding."),
]


@pytest.mark.parametrize("make,text", RIGHT_MAKER)
def test_right_maker_s11_is_quiet(make, text):
    assert _family(audit_text(make(text)), "attribution") == []


ENTITY_RIGHT_MAKER = [
    ("Copilot", "Microsoft-built coding assistant that uses OpenAI models."),
    ("Gemma", "Part of Google's open model lineup."),
    ("Phi-3", "Small model from the Microsoft research team."),
    ("Claude", "Amazon-backed assistant from Anthropic."),
    ("Llama", "Developed by Meta, hosted by Microsoft on Azure."),
    ("Claude", "Model that Microsoft released on Azure."),
    ("Cursor", "Editor built at MIT by students."),
    ("Claude", "AI model (AWS)."),
    ("Claude", "A chatbot that Google uses internally."),
]


@pytest.mark.parametrize("name,context", ENTITY_RIGHT_MAKER)
def test_entity_right_maker_s11_is_quiet(name, context):
    assert _family(audit_text(_entity(context, name)), "attribution") == []
